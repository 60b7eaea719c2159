package app.throughline.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.channel.ChannelKind;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ServiceTestBase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The people directory and a person's page, against the real database. */
class PeopleServiceTest extends ServiceTestBase {

    @Autowired
    PeopleService people;

    @Autowired
    PeopleData peopleData;

    CurrentUser me;
    CurrentUser hanna;
    CurrentUser sam;
    long hr;
    long sales;
    long channel;
    long strategy;

    @BeforeEach
    void setUp() {
        me = data.person("me", Role.MARKETER);
        hanna = data.person("hanna", ZoneId.of("Europe/Berlin"), Role.CONTRIBUTOR, Role.COACH);
        sam = data.person("sam", Role.CONTRIBUTOR);
        hr = data.department("HR");
        sales = data.department("Sales");
        data.inDepartment(hanna.personId(), hr);
        data.inDepartment(sam.personId(), sales);
        peopleData.trainedOn(hanna.personId(), LocalDate.of(2026, 5, 4));
        peopleData.topics(hanna.personId(), "Hiring", "Employer branding");
        peopleData.topics(sam.personId(), "Pricing", "Retail");
        channel = data.channel("LinkedIn", ChannelKind.SOCIAL);
        strategy = data.strategy(data.objective("Grow", me.personId()), "Voice", me.personId());
        signIn(me);
    }

    @Test
    void listsEnabledPeopleByNameWithDepartmentRolesTopicsTrainingAndZone() {
        var listed = people.directory(PeopleFilter.ALL, 0, 10);

        assertThat(listed).extracting(DirectoryEntry::login).containsExactly("hanna", "me", "sam");
        DirectoryEntry first = listed.getFirst();
        assertThat(first.displayName()).isEqualTo("Hanna Tester");
        assertThat(first.department()).isEqualTo("HR");
        assertThat(first.roles()).containsExactly(Role.COACH, Role.CONTRIBUTOR);
        assertThat(first.topics()).containsExactly("Employer branding", "Hiring");
        assertThat(first.trainedOn()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(first.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(listed.get(2).trainedOn()).isNull();
        assertThat(people.directoryCount(PeopleFilter.ALL)).isEqualTo(3);
    }

    @Test
    void disabledPeopleAreNotListedNorFoundByTheirTopics() {
        peopleData.disable(sam.personId());

        assertThat(people.directory(PeopleFilter.ALL, 0, 10))
                .extracting(DirectoryEntry::login)
                .containsExactly("hanna", "me");
        assertThat(people.directoryCount(new PeopleFilter("pricing", null, null, null)))
                .isZero();
        assertThat(people.topics()).containsExactly("Employer branding", "Hiring");
        assertThat(people.person("sam")).isEmpty();
    }

    @Test
    void oneSearchFindsPartOfANameOrOfATopicInAnyCase() {
        assertThat(logins(new PeopleFilter("HANN", null, null, null))).containsExactly("hanna");
        assertThat(logins(new PeopleFilter("branding", null, null, null))).containsExactly("hanna");
        assertThat(logins(new PeopleFilter("tester", null, null, null))).containsExactly("hanna", "me", "sam");
        assertThat(logins(new PeopleFilter("retail", null, null, null))).containsExactly("sam");
        assertThat(logins(new PeopleFilter("%", null, null, null)))
                .as("a wildcard is a character like any other")
                .isEmpty();
    }

    @Test
    void filtersByDepartmentTopicAndTraining() {
        assertThat(logins(new PeopleFilter(null, sales, null, null))).containsExactly("sam");
        assertThat(logins(new PeopleFilter(null, null, "hiring", null))).containsExactly("hanna");
        assertThat(logins(new PeopleFilter(null, null, "Hir", null)))
                .as("the topic filter is the whole topic")
                .isEmpty();
        assertThat(logins(new PeopleFilter(null, null, null, true))).containsExactly("hanna");
        assertThat(logins(new PeopleFilter(null, null, null, false))).containsExactly("me", "sam");
        assertThat(logins(new PeopleFilter("tester", hr, "Hiring", true))).containsExactly("hanna");
        assertThat(logins(new PeopleFilter(null, hr, null, false))).isEmpty();
    }

    @Test
    void pagesThroughTheDirectoryByName() {
        for (int i = 0; i < 12; i++) {
            data.person(String.format("p%02d", i), Role.CONTRIBUTOR);
        }
        assertThat(people.directoryCount(PeopleFilter.ALL)).isEqualTo(15);
        var firstPage = people.directory(PeopleFilter.ALL, 0, 5);
        var thirdPage = people.directory(PeopleFilter.ALL, 10, 5);
        assertThat(firstPage).extracting(DirectoryEntry::login).containsExactly("hanna", "me", "p00", "p01", "p02");
        assertThat(thirdPage).extracting(DirectoryEntry::login).containsExactly("p08", "p09", "p10", "p11", "sam");
        assertThat(people.directory(PeopleFilter.ALL, 15, 5)).isEmpty();
    }

    @Test
    void countsTheTacticsAPersonOwnsInTheNext30DaysGoingOut() {
        Instant now = Instant.now();
        tactic("Tomorrow", now.plus(Duration.ofDays(1)), TacticStatus.DRAFT, sam);
        tactic("In four weeks", now.plus(Duration.ofDays(29)), TacticStatus.SCHEDULED, sam);
        tactic("Too far", now.plus(Duration.ofDays(31)), TacticStatus.DRAFT, sam);
        tactic("Past", now.minus(Duration.ofDays(1)), TacticStatus.PUBLISHED, sam);
        tactic("Cancelled", now.plus(Duration.ofDays(2)), TacticStatus.CANCELLED, sam);
        tactic("Hanna's", now.plus(Duration.ofDays(2)), TacticStatus.DRAFT, hanna);

        var entries = people.directory(PeopleFilter.ALL, 0, 10);
        assertThat(entries)
                .extracting(DirectoryEntry::login, DirectoryEntry::tacticsNext30Days)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("hanna", 1),
                        org.assertj.core.groups.Tuple.tuple("me", 0),
                        org.assertj.core.groups.Tuple.tuple("sam", 2));
    }

    @Test
    void aPersonsPageShowsTheirUpcomingAndRecentTacticsButNotTheirCommentsToOthers() {
        Instant now = Instant.now();
        long later = tactic("Later", now.plus(Duration.ofDays(9)), TacticStatus.DRAFT, sam);
        long soon = tactic("Soon", now.plus(Duration.ofDays(2)), TacticStatus.APPROVED, sam);
        long lastWeek = tactic("Last week", now.minus(Duration.ofDays(7)), TacticStatus.PUBLISHED, sam);
        long yesterday = tactic("Yesterday", now.minus(Duration.ofDays(1)), TacticStatus.PUBLISHED, sam);
        tactic("Dropped", now.plus(Duration.ofDays(3)), TacticStatus.CANCELLED, sam);
        data.comment(soon, me.personId(), "Nice one", now);

        PersonPage page = people.person("SAM").orElseThrow();

        assertThat(page.person().topics()).containsExactly("Pricing", "Retail");
        assertThat(page.person().department()).isEqualTo("Sales");
        assertThat(page.upcoming()).extracting(TacticLine::id).containsExactly(soon, later);
        assertThat(page.upcoming().getFirst().channel()).isEqualTo("LinkedIn");
        assertThat(page.recent()).extracting(TacticLine::id).containsExactly(yesterday, lastWeek);
        assertThat(page.me()).isFalse();
        assertThat(page.commentsReceived())
                .as("only Sam reads what Sam received")
                .isEmpty();
        assertThatThrownBy(() -> people.commentsReceived(sam.personId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onesOwnPageListsTheCommentsOthersWroteOnOnesTacticsNewestFirst() {
        Instant now = Instant.now();
        long mine = tactic("Mine", now.plus(Duration.ofDays(2)), TacticStatus.DRAFT, me);
        long theirs = tactic("Theirs", now.plus(Duration.ofDays(2)), TacticStatus.DRAFT, sam);
        data.comment(mine, hanna.personId(), "Shorter, please", now.minus(Duration.ofHours(2)));
        data.comment(mine, sam.personId(), "Add the date", now.minus(Duration.ofHours(1)));
        data.comment(mine, me.personId(), "My own note", now);
        data.comment(theirs, hanna.personId(), "Not about me", now);

        PersonPage page = people.person("me").orElseThrow();

        assertThat(page.me()).isTrue();
        assertThat(page.commentsReceived())
                .extracting(ReceivedComment::author, ReceivedComment::body, ReceivedComment::tacticTitle)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sam Tester", "Add the date", "Mine"),
                        org.assertj.core.groups.Tuple.tuple("Hanna Tester", "Shorter, please", "Mine"));
        assertThat(people.commentsReceived(me.personId())).hasSize(2);
    }

    @Test
    void anUnknownLoginHasNoPage() {
        assertThat(people.person("nobody")).isEmpty();
    }

    @Test
    void someoneWhoMustChangeTheirPasswordIsRefusedTheDirectory() {
        signIn(peopleData.mustChangePassword(me));

        assertThatThrownBy(() -> people.directory(PeopleFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.person("sam")).isInstanceOf(AccessDeniedException.class);
    }

    private java.util.List<String> logins(PeopleFilter filter) {
        assertThat(people.directoryCount(filter))
                .isEqualTo(people.directory(filter, 0, 100).size());
        return people.directory(filter, 0, 100).stream()
                .map(DirectoryEntry::login)
                .toList();
    }

    private long tactic(String title, Instant start, TacticStatus status, CurrentUser owner) {
        return data.tactic(strategy, null, title, channel, start, null, status, owner.personId());
    }
}

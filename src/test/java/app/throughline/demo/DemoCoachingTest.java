package app.throughline.demo;

import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.DEPARTMENT;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_ROLE;
import static app.throughline.db.Tables.TACTIC;
import static app.throughline.db.Tables.TACTIC_STATUS_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.channel.CopyCounting;
import app.throughline.coaching.CoachingService;
import app.throughline.coaching.Comment;
import app.throughline.coaching.ReviewEntry;
import app.throughline.coaching.ReviewFilter;
import app.throughline.coaching.ReviewService;
import app.throughline.policy.SocialPolicyService;
import app.throughline.security.CurrentUser;
import app.throughline.security.PersonPrincipal;
import app.throughline.security.Role;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ServiceTestBase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo's coaching story, as the issue-8 walk-through needs it: drafts from several departments
 * waiting in review, a draft sent back to {@code contributor} with the coach's comment, a look back
 * of trained contributors' own approvals, and both kinds of contributor in HR, Customer Service
 * and Sales. Read through the services, signed in as the demo logins.
 */
class DemoCoachingTest extends ServiceTestBase {

    @Autowired
    DSLContext db;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Clock clock;

    @Autowired
    UserDetailsService logins;

    @Autowired
    ReviewService reviews;

    @Autowired
    CoachingService coaching;

    @Autowired
    TacticService tactics;

    @Autowired
    SocialPolicyService policy;

    Instant now;

    @BeforeEach
    void createTheDemo() {
        now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        new DemoOrganisation(db, passwords, Clock.fixed(now, ZoneOffset.UTC)).create();
    }

    @Test
    void hrCustomerServiceAndSalesEachHaveATrainedAndAnUntrainedContributor() {
        for (String department : List.of("HR", "Customer Service", "Sales")) {
            var trained = db.select(PERSON.TRAINED_ON.isNotNull())
                    .from(PERSON)
                    .join(DEPARTMENT)
                    .on(DEPARTMENT.DEPARTMENT_ID.eq(PERSON.DEPARTMENT_ID))
                    .join(PERSON_ROLE)
                    .on(PERSON_ROLE.PERSON_ID.eq(PERSON.PERSON_ID))
                    .where(DEPARTMENT.NAME.eq(department))
                    .and(PERSON_ROLE.ROLE.eq(Role.CONTRIBUTOR))
                    .fetchSet(PERSON.TRAINED_ON.isNotNull());
            assertThat(trained)
                    .as("contributors in %s, trained and not", department)
                    .containsExactlyInAnyOrder(true, false);
        }
        var contributor = signInAs("contributor");
        assertThat(contributor.trained()).as("contributor is not trained").isFalse();
        assertThat(contributor.roles()).containsExactly(Role.CONTRIBUTOR);
        assertThat(signInAs("coach").roles()).containsExactly(Role.COACH);
    }

    @Test
    void theCoachSeesDraftsFromSeveralDepartmentsWaitingHoursToDaysOldestFirst() {
        signInAs("coach");
        List<ReviewEntry> queue = reviews.queue(ReviewFilter.ALL, 0, 50);

        assertThat(queue).hasSizeBetween(3, 10);
        assertThat(queue).extracting(ReviewEntry::since).isSorted();
        assertThat(queue.stream().map(ReviewEntry::department).collect(Collectors.toSet()))
                .contains("HR", "Sales", "Customer Service");
        assertThat(Duration.between(queue.getFirst().since(), now)).isGreaterThan(Duration.ofDays(3));
        assertThat(Duration.between(queue.getLast().since(), now))
                .isLessThan(Duration.ofDays(1))
                .isPositive();
        assertThat(reviews.waiting()).isEqualTo(queue.size());
        for (var entry : queue) {
            long ownerId = db.select(TACTIC.OWNER_ID)
                    .from(TACTIC)
                    .where(TACTIC.TACTIC_ID.eq(entry.tacticId()))
                    .fetchSingle()
                    .value1();
            assertThat(db.fetchValue(PERSON.TRAINED_ON, PERSON.PERSON_ID.eq(ownerId)))
                    .as("%s is by an untrained contributor", entry.title())
                    .isNull();
            assertThat(tactics.policyTicks(entry.tacticId()))
                    .as("%s has the policy ticked", entry.title())
                    .isEqualTo(activeItems());
            assertThat(lastStatusChange(entry.tacticId())).isEqualTo(entry.since());
        }
    }

    @Test
    void contributorFindsTheirDraftSentBackWithTheCoachsCommentAndCanSendItAgain() {
        var contributor = signInAs("contributor");
        assertThat(reviews.sentBackToMe()).isEqualTo(1);
        long id = db.select(TACTIC.TACTIC_ID)
                .from(TACTIC)
                .where(TACTIC.OWNER_ID.eq(contributor.personId()))
                .and(TACTIC.STATUS.eq(TacticStatus.DRAFT))
                .and(TACTIC.TITLE.eq("Three things I tell every new customer"))
                .fetchSingle()
                .value1();
        List<Comment> thread = coaching.thread(id);
        assertThat(thread).singleElement().satisfies(comment -> {
            assertThat(comment.sentBack()).isTrue();
            assertThat(comment.author()).isEqualTo("Clara Koch");
            assertThat(comment.body()).contains("Keller Logistik", "March");
        });
        assertThat(tactics.history(id).getFirst().who()).isEqualTo("Clara Koch");
        assertThat(statusesOf(id)).containsExactly(TacticStatus.DRAFT, TacticStatus.IN_REVIEW, TacticStatus.DRAFT);

        var tactic = tactics.tactic(id);
        var resent = tactics.changeStatus(id, tactic.version(), TacticStatus.IN_REVIEW, activeItems());

        assertThat(resent.status()).isEqualTo(TacticStatus.IN_REVIEW);
        assertThat(reviews.sentBackToMe()).isZero();
    }

    @Test
    void theCoachCanApproveFromTheQueueAndLooksBackOnTrainedContributorsOwnApprovals() {
        signInAs("coach");
        var oldest = reviews.queue(ReviewFilter.ALL, 0, 1).getFirst();
        assertThat(tactics.changeStatus(oldest.tacticId(), oldest.version(), TacticStatus.APPROVED, null)
                        .status())
                .isEqualTo(TacticStatus.APPROVED);

        List<ReviewEntry> lookBack = reviews.lookBack(0, 50);

        assertThat(lookBack)
                .as("the demo's own approvals, not every generated tactic")
                .hasSizeBetween(2, 10);
        assertThat(lookBack).extracting(ReviewEntry::since).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(lookBack).extracting(ReviewEntry::department).contains("HR", "Sales");
        assertThat(lookBack).allSatisfy(e -> assertThat(e.since()).isAfter(now.minus(Duration.ofDays(30))));
        long withNote = lookBack.stream()
                .filter(e -> coaching.thread(e.tacticId()).stream().anyMatch(c -> !c.sentBack()))
                .count();
        assertThat(withNote).as("a coach's note after the fact").isPositive();
    }

    @Test
    void xCountsAsXDoesAndEveryDemoPostFitsItsChannel() {
        signInAs("coach");
        assertThat(db.select(CHANNEL.COUNTING)
                        .from(CHANNEL)
                        .where(CHANNEL.NAME.eq("X"))
                        .fetchSingle()
                        .value1())
                .isEqualTo(CopyCounting.X_WEIGHTED);
        var posts = db.select(TACTIC.TITLE, TACTIC.BODY, TACTIC.CHANNEL_ID)
                .from(TACTIC)
                .where(TACTIC.BODY.isNotNull())
                .fetch();
        assertThat(posts).hasSize(DemoCoaching.STORIES.size());
        for (var post : posts) {
            var rules = Objects.requireNonNull(tactics.copyRules(post.value3()));
            assertThat(rules.social()).isTrue();
            assertThat(rules.tooLong(post.value2()))
                    .as("%s fits %s", post.value1(), rules.channelName())
                    .isFalse();
        }
    }

    @Test
    void aLaterStartTellsTheStoryAgainRelativeToThatDay() {
        Instant later = now.plus(Duration.ofDays(3));

        new DemoRoller(db, Clock.fixed(later, ZoneOffset.UTC), passwords).roll();

        assertThat(db.fetchCount(TACTIC, TACTIC.BODY.isNotNull()))
                .as("no post twice")
                .isEqualTo(DemoCoaching.STORIES.size());
        var inReview = db.select(TACTIC.STATUS_SINCE)
                .from(TACTIC)
                .where(TACTIC.STATUS.eq(TacticStatus.IN_REVIEW))
                .orderBy(TACTIC.STATUS_SINCE.desc())
                .fetch(TACTIC.STATUS_SINCE);
        assertThat(inReview).hasSize(4);
        assertThat(Duration.between(inReview.getFirst(), later)).isEqualTo(Duration.ofHours(5));
        signInAs("contributor");
        assertThat(reviews.sentBackToMe()).isEqualTo(1);
    }

    private CurrentUser signInAs(String login) {
        var user = ((PersonPrincipal) logins.loadUserByUsername(login)).person();
        signIn(user);
        return user;
    }

    private Set<Long> activeItems() {
        var ids = new HashSet<Long>();
        policy.activeItems().forEach(i -> ids.add(Objects.requireNonNull(i.id())));
        return ids;
    }

    private Instant lastStatusChange(long tacticId) {
        return db.select(TACTIC_STATUS_CHANGE.CHANGED_AT)
                .from(TACTIC_STATUS_CHANGE)
                .where(TACTIC_STATUS_CHANGE.TACTIC_ID.eq(tacticId))
                .orderBy(TACTIC_STATUS_CHANGE.CHANGED_AT.desc())
                .limit(1)
                .fetchSingle()
                .value1();
    }

    private List<TacticStatus> statusesOf(long tacticId) {
        return db.select(TACTIC_STATUS_CHANGE.TO_STATUS)
                .from(TACTIC_STATUS_CHANGE)
                .where(TACTIC_STATUS_CHANGE.TACTIC_ID.eq(tacticId))
                .orderBy(TACTIC_STATUS_CHANGE.TACTIC_STATUS_CHANGE_ID)
                .fetch(TACTIC_STATUS_CHANGE.TO_STATUS);
    }
}

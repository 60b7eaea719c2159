package app.throughline.calendar;

import static app.throughline.db.Tables.TACTIC;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.calendar.CalendarPeriod.Layout;
import app.throughline.channel.ChannelKind;
import app.throughline.plan.Intent;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ServiceTestBase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CalendarServiceTest extends ServiceTestBase {

    /** Monday 1 March 2027: the week shown is [1 March 00:00, 8 March 00:00) in the viewer's zone. */
    static final CalendarPeriod WEEK_OF_MARCH_1 = new CalendarPeriod(Layout.WEEK, LocalDate.of(2027, 3, 3));

    @Autowired
    CalendarService calendar;

    CurrentUser marketer;
    long linkedIn;
    long newsletter;
    long strategy;

    @BeforeEach
    void setUp() {
        marketer = data.person("max", Role.MARKETER);
        linkedIn = data.channel("LinkedIn", ChannelKind.SOCIAL);
        newsletter = data.channel("Newsletter", ChannelKind.OWNED);
        strategy = data.strategy(data.objective("Grow", marketer.personId()), "Voice", marketer.personId());
    }

    @Test
    void theRangeHoldsWhatOverlapsItAndNothingThatMerelyTouchesItsEdges() {
        tactic("Ends exactly at the start", "2027-02-28T10:00:00Z", "2027-03-01T00:00:00Z");
        tactic("Spans the start", "2027-02-27T09:00:00Z", "2027-03-02T17:00:00Z");
        tactic("At the very start", "2027-03-01T00:00:00Z", null);
        tactic("Just before the start", "2027-02-28T23:59:59Z", null);
        tactic("Last second", "2027-03-07T23:59:59Z", null);
        tactic("At the end, so outside", "2027-03-08T00:00:00Z", null);
        tactic("Starts inside, ends after", "2027-03-07T09:00:00Z", "2027-03-09T09:00:00Z");
        data.tactic(strategy, null, "Unscheduled", linkedIn, null, null, TacticStatus.DRAFT, marketer.personId());
        signIn(marketer);

        assertThat(titles(calendar.page(WEEK_OF_MARCH_1, CalendarFilter.NONE)))
                .containsExactly("Spans the start", "At the very start", "Starts inside, ends after", "Last second");
    }

    @Test
    void aMonthShowsTheSixWeeksOnScreenIncludingNeighbouringDays() {
        var march = new CalendarPeriod(Layout.MONTH, LocalDate.of(2027, 3, 15));
        assertThat(march.firstDay()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(march.endDay()).isEqualTo(LocalDate.of(2027, 4, 12));
        var april = new CalendarPeriod(Layout.MONTH, LocalDate.of(2027, 4, 1));
        assertThat(april.firstDay()).isEqualTo(LocalDate.of(2027, 3, 29));
        tactic("On screen in April's grid", "2027-03-30T09:00:00Z", null);
        signIn(marketer);
        assertThat(titles(calendar.page(april, CalendarFilter.NONE))).containsExactly("On screen in April's grid");
    }

    @Test
    void aTacticShowsOnTheDayItFallsOnInTheViewersZoneAcrossTheDaylightSavingChange() {
        // Berlin moves to summer time on Sunday 28 March 2027; 22:30 UTC that evening is 00:30 on Monday there
        tactic("Late Sunday in London, Monday in Berlin", "2027-03-28T22:30:00Z", null);
        tactic("Sunday 23:59 in Berlin", "2027-03-28T21:59:00Z", null);
        var weekOf22 = new CalendarPeriod(Layout.WEEK, LocalDate.of(2027, 3, 22));
        var weekOf29 = new CalendarPeriod(Layout.WEEK, LocalDate.of(2027, 3, 29));

        signIn(data.person("berlin", ZoneId.of("Europe/Berlin"), Role.MARKETER));
        assertThat(titles(calendar.page(weekOf22, CalendarFilter.NONE))).containsExactly("Sunday 23:59 in Berlin");
        assertThat(titles(calendar.page(weekOf29, CalendarFilter.NONE)))
                .containsExactly("Late Sunday in London, Monday in Berlin");

        signIn(data.person("london", ZoneId.of("Europe/London"), Role.MARKETER));
        assertThat(titles(calendar.page(weekOf22, CalendarFilter.NONE)))
                .containsExactly("Sunday 23:59 in Berlin", "Late Sunday in London, Monday in Berlin");
        assertThat(calendar.page(weekOf29, CalendarFilter.NONE).entries()).isEmpty();
    }

    @Test
    void everyFilterNarrowsWhatTheCalendarReads() {
        var hr = data.department("HR");
        var contributor = data.person("hannah", Role.CONTRIBUTOR);
        long otherStrategy = data.strategy(data.objective("Hire", marketer.personId()), "Culture", marketer.personId());
        long campaign = data.campaign(otherStrategy, "Day in the life", Intent.BRANDING, marketer.personId());
        tactic("Plain LinkedIn post", "2027-03-02T09:00:00Z", null);
        long hrPost = data.tactic(
                otherStrategy,
                campaign,
                "HR newsletter",
                newsletter,
                Instant.parse("2027-03-03T09:00:00Z"),
                null,
                TacticStatus.SCHEDULED,
                contributor.personId());
        data.tactic(
                strategy,
                null,
                "Early idea",
                linkedIn,
                Instant.parse("2027-03-04T09:00:00Z"),
                null,
                TacticStatus.IDEA,
                marketer.personId());
        setDepartment(hrPost, hr);
        signIn(marketer);

        assertThat(titles(filter(f(null, null, null, linkedIn, null, null, null, null, null))))
                .containsExactly("Plain LinkedIn post", "Early idea");
        assertThat(titles(filter(f(null, null, null, null, ChannelKind.OWNED, null, null, null, null))))
                .containsExactly("HR newsletter");
        assertThat(titles(filter(f(null, null, null, null, null, hr, null, null, null))))
                .containsExactly("HR newsletter");
        assertThat(titles(filter(f(null, null, null, null, null, null, TacticStatus.IDEA, null, null))))
                .containsExactly("Early idea");
        assertThat(titles(filter(f(null, null, campaign, null, null, null, null, null, null))))
                .containsExactly("HR newsletter");
        assertThat(titles(filter(f(null, strategy, null, null, null, null, null, null, null))))
                .containsExactly("Plain LinkedIn post", "Early idea");
        assertThat(titles(filter(f(null, null, null, null, null, null, null, null, contributor.personId()))))
                .containsExactly("HR newsletter");
        long hireObjective = calendar.page(WEEK_OF_MARCH_1, CalendarFilter.NONE).entries().stream()
                .filter(e -> e.title().equals("HR newsletter"))
                .findFirst()
                .orElseThrow()
                .objectiveId();
        assertThat(titles(filter(f(hireObjective, null, null, null, null, null, null, null, null))))
                .containsExactly("HR newsletter");
        assertThat(titles(filter(f(null, null, null, null, null, null, null, Intent.CAMPAIGN, null))))
                .containsExactly("Plain LinkedIn post", "Early idea");
        assertThat(filter(f(null, null, null, newsletter, null, null, TacticStatus.IDEA, null, null))
                        .entries())
                .as("filters combine")
                .isEmpty();
    }

    @Test
    void campaignBandsCoverTheCampaignsOverlappingThePeriod() {
        data.campaign(
                strategy,
                "Webinar series",
                Intent.CAMPAIGN,
                marketer.personId(),
                LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 3, 1));
        data.campaign(
                strategy,
                "Next quarter",
                Intent.CAMPAIGN,
                marketer.personId(),
                LocalDate.of(2027, 4, 1),
                LocalDate.of(2027, 6, 30));
        signIn(marketer);
        assertThat(calendar.page(WEEK_OF_MARCH_1, CalendarFilter.NONE).bands())
                .extracting(CampaignBand::name)
                .containsExactly("Webinar series");
    }

    @Test
    void aGridDrawsTheFirstTacticsOfADayAndCountsTheRest() {
        for (int i = 0; i < 7; i++) {
            tactic("Busy Tuesday " + i, "2027-03-02T0" + (i + 1) + ":00:00Z", null);
        }
        tactic("Quiet Wednesday", "2027-03-03T09:00:00Z", null);
        // a span from the week before belongs to the first day on screen
        tactic("Trade show from last week", "2027-02-26T09:00:00Z", "2027-03-01T17:00:00Z");
        signIn(marketer);

        var month = new CalendarPeriod(Layout.MONTH, LocalDate.of(2027, 3, 1));
        CalendarPage page = calendar.page(month, CalendarFilter.NONE);

        assertThat(titles(page))
                .containsExactly(
                        "Trade show from last week",
                        "Busy Tuesday 0",
                        "Busy Tuesday 1",
                        "Busy Tuesday 2",
                        "Quiet Wednesday");
        assertThat(page.more()).containsExactly(new CalendarPage.MoreOnDay(LocalDate.of(2027, 3, 2), 4));
        assertThat(page.total()).isEqualTo(9);

        var week = calendar.page(new CalendarPeriod(Layout.WEEK, LocalDate.of(2027, 3, 1)), CalendarFilter.NONE);
        assertThat(week.entries()).as("a week draws up to 12 a day").hasSize(9);
        assertThat(week.more()).isEmpty();
    }

    @Test
    void theDayListHoldsEveryTacticOfTheDayPageByPage() {
        for (int i = 0; i < 7; i++) {
            tactic("Busy Tuesday " + i, "2027-03-02T0" + (i + 1) + ":00:00Z", null);
        }
        tactic("Wednesday", "2027-03-03T09:00:00Z", null);
        signIn(marketer);
        var tuesday = new CalendarPeriod(Layout.DAY, LocalDate.of(2027, 3, 2));

        assertThat(calendar.count(tuesday, CalendarFilter.NONE)).isEqualTo(7);
        assertThat(calendar.list(tuesday, CalendarFilter.NONE, 0, 3))
                .extracting(CalendarEntry::title)
                .containsExactly("Busy Tuesday 0", "Busy Tuesday 1", "Busy Tuesday 2");
        assertThat(calendar.list(tuesday, CalendarFilter.NONE, 6, 3))
                .extracting(CalendarEntry::title)
                .containsExactly("Busy Tuesday 6");
        var march = new CalendarPeriod(Layout.LIST, LocalDate.of(2027, 3, 20));
        assertThat(calendar.count(march, CalendarFilter.NONE)).isEqualTo(8);
        assertThat(calendar.position(march, CalendarFilter.NONE, LocalDate.of(2027, 3, 3)))
                .as("the list of March opened at the 3rd starts after the 7 of the 2nd")
                .isEqualTo(7);
    }

    @Test
    void campaignBandsFollowFiltersAboutTheTacticsToo() {
        long withLinkedIn = data.campaign(
                strategy,
                "LinkedIn push",
                Intent.CAMPAIGN,
                marketer.personId(),
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 31));
        long withNewsletter = data.campaign(
                strategy,
                "Newsletter push",
                Intent.CAMPAIGN,
                marketer.personId(),
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 31));
        data.tactic(
                strategy,
                withLinkedIn,
                "Post",
                linkedIn,
                Instant.parse("2027-03-02T09:00:00Z"),
                null,
                TacticStatus.SCHEDULED,
                marketer.personId());
        data.tactic(
                strategy,
                withNewsletter,
                "Issue",
                newsletter,
                Instant.parse("2027-03-03T09:00:00Z"),
                null,
                TacticStatus.SCHEDULED,
                marketer.personId());
        signIn(marketer);

        assertThat(filter(f(null, null, null, linkedIn, null, null, null, null, null))
                        .bands())
                .extracting(CampaignBand::name)
                .containsExactly("LinkedIn push");
        assertThat(calendar.page(WEEK_OF_MARCH_1, CalendarFilter.NONE).bands()).hasSize(2);
    }

    private void tactic(String title, String start, String end) {
        data.tactic(
                strategy,
                null,
                title,
                linkedIn,
                Instant.parse(start),
                end == null ? null : Instant.parse(end),
                TacticStatus.SCHEDULED,
                marketer.personId());
    }

    private CalendarPage filter(CalendarFilter filter) {
        return calendar.page(WEEK_OF_MARCH_1, filter);
    }

    private static CalendarFilter f(
            Long objective,
            Long strategy,
            Long campaign,
            Long channel,
            ChannelKind kind,
            Long department,
            TacticStatus status,
            Intent intent,
            Long owner) {
        return new CalendarFilter(objective, strategy, campaign, channel, kind, department, status, intent, owner);
    }

    private void setDepartment(long tacticId, long departmentId) {
        dsl.update(TACTIC)
                .set(TACTIC.DEPARTMENT_ID, departmentId)
                .where(TACTIC.TACTIC_ID.eq(tacticId))
                .execute();
    }

    @Autowired
    org.jooq.DSLContext dsl;

    private static List<String> titles(CalendarPage page) {
        return page.entries().stream().map(CalendarEntry::title).toList();
    }
}

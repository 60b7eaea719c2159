package app.throughline.alignment;

import static app.throughline.channel.ChannelKind.OWNED;
import static app.throughline.channel.ChannelKind.SOCIAL;
import static app.throughline.plan.Intent.BRANDING;
import static app.throughline.plan.Intent.CAMPAIGN;
import static app.throughline.tactic.InteractionMode.BROADCAST;
import static app.throughline.tactic.InteractionMode.CONVERSATION;
import static app.throughline.tactic.TacticStatus.CANCELLED;
import static app.throughline.tactic.TacticStatus.DRAFT;
import static app.throughline.tactic.TacticStatus.IDEA;
import static app.throughline.tactic.TacticStatus.PUBLISHED;
import static app.throughline.tactic.TacticStatus.SCHEDULED;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.alignment.AlignmentReport.Silo;
import app.throughline.channel.ChannelKind;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.testing.ServiceTestBase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every alignment measure of DESIGN.md on a small plan where the right answer is obvious, on the
 * real database: Q1 2027, one objective with a social strategy and an email strategy, a
 * communications department and HR.
 */
class AlignmentServiceTest extends ServiceTestBase {

    static final ReportPeriod Q1 = ReportPeriod.of(PeriodKind.QUARTER, LocalDate.of(2027, 2, 10));
    static final Instant FIRST_INSTANT = Instant.parse("2027-01-01T00:00:00Z");
    static final Instant LAST_INSTANT = Instant.parse("2027-03-31T23:59:59.999999Z");
    static final Instant JAN = Instant.parse("2027-01-15T10:00:00Z");
    static final Instant FEB = Instant.parse("2027-02-15T10:00:00Z");

    @Autowired
    AlignmentService alignment;

    CurrentUser viewer;
    long owner;
    long comms;
    long hr;
    long social;
    long email;
    long objective;
    long socialStrategy;
    long emailStrategy;

    @BeforeEach
    void plan() {
        viewer = data.person("viewer", Role.EXECUTIVE);
        owner = data.person("owner", Role.MARKETER).personId();
        comms = data.department("Comms", true);
        hr = data.department("HR", false);
        social = data.channel("LinkedIn", SOCIAL);
        email = data.channel("Newsletter", OWNED);
        objective = data.objective("Grow", owner);
        socialStrategy = data.strategy(objective, "Social voice", owner);
        emailStrategy = data.strategy(objective, "Email nurture", owner);
        signIn(viewer);
    }

    long tactic(long strategy, long channel, Instant start) {
        return data.tactic(strategy, channel, start, SCHEDULED, owner, comms, CAMPAIGN, BROADCAST);
    }

    @Test
    void campaignVersusBrandingCountsEachWeekAndLeavesIdeasAndCancelledOut() {
        data.tactic(socialStrategy, social, JAN, SCHEDULED, owner, comms, CAMPAIGN, BROADCAST);
        data.tactic(socialStrategy, social, JAN, PUBLISHED, owner, comms, BRANDING, BROADCAST);
        data.tactic(socialStrategy, social, JAN, DRAFT, owner, comms, BRANDING, CONVERSATION);
        data.tactic(socialStrategy, social, FEB, CANCELLED, owner, comms, CAMPAIGN, BROADCAST);
        data.tactic(null, social, JAN, IDEA, owner, comms, CAMPAIGN, BROADCAST);

        var report = alignment.report(Q1, AlignmentFilter.NONE);

        assertThat(report.total()).isEqualTo(3);
        assertThat(report.campaign()).isEqualTo(1);
        assertThat(report.branding()).isEqualTo(2);
        assertThat(report.conversation()).isEqualTo(1);
        var week = report.overTime().stream()
                .filter(b -> b.bucket().first().equals(LocalDate.of(2027, 1, 11)))
                .findFirst()
                .orElseThrow();
        assertThat(week.campaign()).isEqualTo(1);
        assertThat(week.branding()).isEqualTo(2);
        assertThat(report.overTime().stream().mapToInt(b -> b.total()).sum()).isEqualTo(3);
    }

    @Test
    void aQuarterIsCutIntoWeeksAndAYearIntoMonthsCoveringEveryDay() {
        var weeks = Q1.buckets();
        assertThat(weeks.getFirst().first()).isEqualTo(Q1.first());
        assertThat(weeks.getFirst().last()).isEqualTo(LocalDate.of(2027, 1, 3)); // a Sunday
        assertThat(weeks.getLast().last()).isEqualTo(Q1.last());
        assertThat(weeks).hasSize(14);
        var months = ReportPeriod.of(PeriodKind.YEAR, LocalDate.of(2027, 6, 1)).buckets();
        assertThat(months).hasSize(12);
        assertThat(months.get(1).label()).isEqualTo("Feb");
        for (int i = 1; i < weeks.size(); i++) {
            assertThat(weeks.get(i).first()).isEqualTo(weeks.get(i - 1).last().plusDays(1));
        }
    }

    @Test
    void theFirstAndLastInstantOfThePeriodAreInsideAndTheNextOneIsNot() {
        tactic(socialStrategy, social, FIRST_INSTANT);
        tactic(socialStrategy, social, LAST_INSTANT);
        tactic(socialStrategy, social, LAST_INSTANT.plusNanos(1_000));
        tactic(socialStrategy, social, FIRST_INSTANT.minusNanos(1_000));

        var report = alignment.report(Q1, AlignmentFilter.NONE);

        assertThat(report.total()).isEqualTo(2);
        assertThat(report.overTime().getFirst().total()).isEqualTo(1);
        assertThat(report.overTime().getLast().total()).isEqualTo(1);
    }

    @Test
    void aViewerInAnotherTimeZoneCountsTheirOwnQuarter() {
        // 2027-01-01 02:00 UTC is still New Year's Eve in New York, and 2027-04-01 02:00 UTC too
        tactic(socialStrategy, social, Instant.parse("2027-01-01T02:00:00Z"));
        tactic(socialStrategy, social, Instant.parse("2027-04-01T02:00:00Z"));

        assertThat(alignment.report(Q1, AlignmentFilter.NONE).total()).isEqualTo(1);
        signIn(data.person("newyork", ZoneId.of("America/New_York"), Role.EXECUTIVE));
        var report = alignment.report(Q1, AlignmentFilter.NONE);
        assertThat(report.total()).isEqualTo(1);
        assertThat(report.overTime().getLast().total()).isEqualTo(1);
        assertThat(report.overTime().getFirst().total()).isZero();
    }

    @Test
    void aStrategyWithExactlyFiveTacticsAllSocialIsASiloAndFourAreNot() {
        for (int i = 0; i < 5; i++) {
            tactic(socialStrategy, social, JAN.plus(Duration.ofDays(i)));
        }
        for (int i = 0; i < 4; i++) {
            tactic(emailStrategy, email, JAN.plus(Duration.ofDays(i)));
        }

        var health = alignment.report(Q1, AlignmentFilter.NONE).health();

        assertThat(health.siloStrategies()).containsExactly(new Silo(socialStrategy, "Social voice", 5, SOCIAL));
        assertThat(health.siloStrategies().getFirst().why()).isEqualTo("silo: 5 tactics, all social");
    }

    @Test
    void oneTacticOnAnotherKindEndsTheSiloAndCancelledOnesDoNotCount() {
        for (int i = 0; i < 5; i++) {
            tactic(socialStrategy, social, JAN.plus(Duration.ofDays(i)));
        }
        data.tactic(socialStrategy, email, FEB, CANCELLED, owner, comms, CAMPAIGN, BROADCAST);
        assertThat(alignment.report(Q1, AlignmentFilter.NONE).health().siloStrategies())
                .hasSize(1);

        tactic(socialStrategy, email, FEB);
        assertThat(alignment.report(Q1, AlignmentFilter.NONE).health().siloStrategies())
                .isEmpty();
    }

    @Test
    void filtersDoNotInventSilos() {
        for (int i = 0; i < 5; i++) {
            data.tactic(
                    socialStrategy, social, JAN.plus(Duration.ofDays(i)), SCHEDULED, owner, comms, CAMPAIGN, BROADCAST);
        }
        data.tactic(socialStrategy, email, FEB, SCHEDULED, owner, hr, CAMPAIGN, BROADCAST);

        for (var filter : List.of(
                AlignmentFilter.NONE,
                AlignmentFilter.of(null, null, SOCIAL),
                AlignmentFilter.of(null, comms, null),
                AlignmentFilter.of(objective, comms, SOCIAL))) {
            var health = alignment.report(Q1, filter).health();
            assertThat(health.siloStrategies()).as("strategies with %s", filter).isEmpty();
            assertThat(health.siloDepartments())
                    .as("departments with %s", filter)
                    .containsExactly(new Silo(comms, "Comms", 5, SOCIAL));
        }
        assertThat(alignment
                        .report(Q1, AlignmentFilter.of(null, hr, null))
                        .health()
                        .siloDepartments())
                .as("the department filter shows only that department")
                .isEmpty();
    }

    @Test
    void aDepartmentWithFiveTacticsOnOneKindIsASilo() {
        for (int i = 0; i < 5; i++) {
            data.tactic(
                    socialStrategy, social, JAN.plus(Duration.ofDays(i)), SCHEDULED, owner, hr, BRANDING, BROADCAST);
        }
        for (int i = 0; i < 5; i++) {
            long channel = i % 2 == 0 ? social : email;
            data.tactic(emailStrategy, channel, FEB, SCHEDULED, owner, comms, CAMPAIGN, BROADCAST);
        }

        var health = alignment.report(Q1, AlignmentFilter.NONE).health();

        assertThat(health.siloDepartments()).containsExactly(new Silo(hr, "HR", 5, SOCIAL));
    }

    @Test
    void participationIsTheShareOfSocialTacticsOwnedOutsideTheCommunicationsTeam() {
        data.tactic(socialStrategy, social, JAN, SCHEDULED, owner, comms, CAMPAIGN, BROADCAST);
        data.tactic(socialStrategy, social, JAN, SCHEDULED, owner, comms, CAMPAIGN, BROADCAST);
        data.tactic(socialStrategy, social, JAN, SCHEDULED, owner, comms, CAMPAIGN, BROADCAST);
        data.tactic(socialStrategy, social, JAN, SCHEDULED, owner, hr, CAMPAIGN, CONVERSATION);
        data.tactic(socialStrategy, social, JAN, SCHEDULED, owner, null, CAMPAIGN, BROADCAST);
        // not social: not part of participation
        data.tactic(emailStrategy, email, JAN, SCHEDULED, owner, hr, CAMPAIGN, BROADCAST);

        var report = alignment.report(Q1, AlignmentFilter.NONE);

        assertThat(report.social()).isEqualTo(5);
        assertThat(report.socialOutsideCommunications()).isEqualTo(2);
        assertThat(AlignmentRules.percent(report.socialOutsideCommunications(), report.social()))
                .isEqualTo(40);
        var hrMix = report.departments().stream()
                .filter(d -> d.id() == hr)
                .findFirst()
                .orElseThrow();
        assertThat(hrMix.social()).isEqualTo(1);
        assertThat(hrMix.total()).isEqualTo(2);
        assertThat(hrMix.conversation()).isEqualTo(1);
        assertThat(report.departments())
                .extracting(AlignmentReport.DepartmentMix::name)
                .containsExactly("Comms", "HR", AlignmentService.NO_DEPARTMENT_NAME);
    }

    @Test
    void theChannelKindMixIsPerObjectiveAndFiltersNarrowEveryFigure() {
        long other = data.objective("Retain", owner);
        long retainStrategy = data.strategy(other, "Customer care", owner);
        tactic(socialStrategy, social, JAN);
        tactic(emailStrategy, email, JAN);
        tactic(emailStrategy, email, FEB);
        data.tactic(retainStrategy, social, FEB, SCHEDULED, owner, hr, BRANDING, CONVERSATION);

        var all = alignment.report(Q1, AlignmentFilter.NONE);
        assertThat(all.objectives())
                .extracting(AlignmentReport.ObjectiveMix::name, AlignmentReport.ObjectiveMix::byKind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Grow", Map.of(SOCIAL, 1, OWNED, 2)),
                        org.assertj.core.groups.Tuple.tuple("Retain", Map.of(SOCIAL, 1)));

        assertThat(all.objectives())
                .as("conversations per objective")
                .extracting(AlignmentReport.ObjectiveMix::conversation)
                .containsExactly(0, 1);
        assertThat(alignment.report(Q1, AlignmentFilter.of(other, null, null)).total())
                .isEqualTo(1);
        assertThat(alignment.report(Q1, AlignmentFilter.of(null, hr, null)).total())
                .isEqualTo(1);
        assertThat(alignment
                        .report(Q1, AlignmentFilter.of(null, null, ChannelKind.OWNED))
                        .total())
                .isEqualTo(2);
        assertThat(alignment
                        .report(Q1, AlignmentFilter.of(objective, comms, SOCIAL))
                        .total())
                .isEqualTo(1);
    }

    @Test
    void theTacticsBehindAFigureAreExactlyTheOnesItCounts() {
        data.tactic(socialStrategy, social, JAN, SCHEDULED, owner, comms, CAMPAIGN, BROADCAST);
        long branding = data.tactic(socialStrategy, social, FEB, SCHEDULED, owner, hr, BRANDING, CONVERSATION);
        data.tactic(socialStrategy, social, FEB, CANCELLED, owner, hr, BRANDING, CONVERSATION);

        var filter = AlignmentFilter.NONE.withIntent(BRANDING);
        var report = alignment.report(Q1, filter);

        assertThat(alignment.countTactics(Q1, filter)).isEqualTo(report.total()).isEqualTo(1);
        assertThat(alignment.tactics(Q1, filter, 0, 10))
                .extracting(TacticLine::id)
                .containsExactly(branding);
        assertThat(alignment.countTactics(Q1, AlignmentFilter.NONE.withCommunicationsTeam(false)))
                .isEqualTo(1);
        assertThat(alignment.countTactics(Q1, AlignmentFilter.NONE.withMode(CONVERSATION)))
                .isEqualTo(1);
    }

    @Test
    void anObjectiveRunningTodayWithNothingInTheNext28DaysIsStarved() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant now = Instant.now();
        long starved = data.objective("Starved", owner, today.minusDays(10), today.plusDays(100));
        long fed = data.objective("Fed", owner, today.minusDays(10), today.plusDays(100));
        long ended = data.objective("Ended", owner, today.minusDays(100), today.minusDays(1));
        long starvedStrategy = data.strategy(starved, "Late", owner);
        long fedStrategy = data.strategy(fed, "Soon", owner);
        data.strategy(ended, "Past", owner);
        tactic(starvedStrategy, social, now.plus(Duration.ofDays(29)));
        data.tactic(
                starvedStrategy, social, now.plus(Duration.ofDays(3)), CANCELLED, owner, comms, CAMPAIGN, BROADCAST);
        tactic(fedStrategy, social, now.plus(Duration.ofDays(27)));

        var health = alignment.report(Q1, AlignmentFilter.NONE).health();

        assertThat(health.starvedObjectives())
                .extracting(AlignmentReport.Starved::id)
                .contains(starved)
                .doesNotContain(fed, ended, objective);
    }

    @Test
    void unalignedIdeasAreCountedWithTheOldest() {
        var old = Instant.parse("2026-01-05T09:00:00Z");
        data.tactic(null, social, old, IDEA, owner, comms, CAMPAIGN, BROADCAST);
        data.tactic(null, social, old.plus(Duration.ofDays(30)), IDEA, owner, hr, CAMPAIGN, BROADCAST);
        tactic(socialStrategy, social, JAN);

        var health = alignment.report(Q1, AlignmentFilter.NONE).health();

        assertThat(health.unalignedIdeas()).isEqualTo(2);
        assertThat(health.oldestUnalignedIdea()).isEqualTo(old);
        assertThat(alignment
                        .report(Q1, AlignmentFilter.of(null, hr, null))
                        .health()
                        .unalignedIdeas())
                .isEqualTo(1);
    }

    @Test
    void anEmptyPeriodHasNoFiguresButEveryBucket() {
        var report = alignment.report(Q1, AlignmentFilter.NONE);

        assertThat(report.isEmpty()).isTrue();
        assertThat(report.overTime()).hasSize(14).allMatch(b -> b.total() == 0);
        assertThat(report.objectives()).isEmpty();
    }
}

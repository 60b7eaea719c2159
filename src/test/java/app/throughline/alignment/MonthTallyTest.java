package app.throughline.alignment;

import static app.throughline.db.Tables.TACTIC;
import static app.throughline.plan.Intent.CAMPAIGN;
import static app.throughline.tactic.InteractionMode.BROADCAST;
import static app.throughline.tactic.InteractionMode.CONVERSATION;
import static app.throughline.tactic.TacticStatus.CANCELLED;
import static app.throughline.tactic.TacticStatus.DRAFT;
import static app.throughline.tactic.TacticStatus.IDEA;
import static app.throughline.tactic.TacticStatus.SCHEDULED;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.channel.ChannelKind;
import app.throughline.security.Role;
import app.throughline.testing.ServiceTestBase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan's warnings and department figures read {@code month_tally} plus the edges of the
 * period; a report counts the tactics themselves. After every kind of write (new, moved across a
 * month edge and out of the period, re-channelled, cancelled, given another department, deleted),
 * for viewers in zones on both sides of UTC and a half-hour one, both must say exactly the same.
 */
class MonthTallyTest extends ServiceTestBase {

    static final ReportPeriod Q1 = ReportPeriod.of(PeriodKind.QUARTER, LocalDate.of(2027, 1, 1));

    @Autowired
    AlignmentService alignment;

    @Autowired
    DSLContext db;

    private int viewers;

    @Test
    void theTallyAgreesWithAFullRecountThroughEveryKindOfWrite() {
        long owner = data.person("owner", Role.MARKETER).personId();
        long hr = data.department("HR", false);
        long comms = data.department("Comms", true);
        long social = data.channel("X", ChannelKind.SOCIAL);
        long email = data.channel("Mail", ChannelKind.OWNED);
        long objective = data.objective("Grow", owner);
        long voice = data.strategy(objective, "Voice", owner);
        long nurture = data.strategy(objective, "Nurture", owner);

        // around the quarter's edges in every zone below, and inside it
        var starts = List.of(
                Instant.parse("2026-12-31T18:00:00Z"),
                Instant.parse("2026-12-31T23:30:00Z"),
                Instant.parse("2027-01-01T00:00:00Z"),
                Instant.parse("2027-01-01T04:00:00Z"),
                Instant.parse("2027-01-31T23:00:00Z"),
                Instant.parse("2027-02-14T12:00:00Z"),
                Instant.parse("2027-03-31T20:00:00Z"),
                Instant.parse("2027-03-31T23:59:00Z"),
                Instant.parse("2027-04-01T03:00:00Z"),
                Instant.parse("2027-04-01T06:00:00Z"));
        var ids = new ArrayList<Long>();
        for (int i = 0; i < starts.size(); i++) {
            ids.add(data.tactic(
                    i % 3 == 0 ? nurture : voice,
                    i % 4 == 0 ? email : social,
                    starts.get(i),
                    i == 5 ? DRAFT : SCHEDULED,
                    owner,
                    i % 2 == 0 ? Long.valueOf(hr) : (i == 3 ? null : Long.valueOf(comms)),
                    CAMPAIGN,
                    i % 3 == 1 ? CONVERSATION : BROADCAST));
        }
        data.tactic(voice, social, starts.get(6), CANCELLED, owner, hr, CAMPAIGN, BROADCAST);
        data.tactic(null, social, starts.get(6), IDEA, owner, hr, CAMPAIGN, BROADCAST);
        assertAgreement();

        move(ids.get(2), Instant.parse("2027-04-01T00:30:00Z"));
        move(ids.get(8), Instant.parse("2027-02-28T23:30:00Z"));
        assertAgreement();
        db.update(TACTIC)
                .set(TACTIC.CHANNEL_ID, email)
                .where(TACTIC.TACTIC_ID.eq(ids.get(5)))
                .execute();
        db.update(TACTIC)
                .set(TACTIC.STATUS, CANCELLED)
                .where(TACTIC.TACTIC_ID.eq(ids.get(6)))
                .execute();
        db.update(TACTIC)
                .set(TACTIC.STATUS, SCHEDULED)
                .where(TACTIC.TACTIC_ID.eq(ids.get(5)))
                .execute();
        db.update(TACTIC)
                .set(TACTIC.DEPARTMENT_ID, hr)
                .where(TACTIC.TACTIC_ID.eq(ids.get(3)))
                .execute();
        db.update(TACTIC)
                .set(TACTIC.INTERACTION_MODE, CONVERSATION)
                .set(TACTIC.MARKETING_STRATEGY_ID, nurture)
                .where(TACTIC.TACTIC_ID.eq(ids.get(7)))
                .execute();
        assertAgreement();
        db.deleteFrom(TACTIC).where(TACTIC.TACTIC_ID.eq(ids.get(4))).execute();
        assertAgreement();
    }

    @Test
    void theNearestUtcMonthIsTheOneWhoseFirstInstantIsClosest() {
        assertThat(AlignmentQuery.nearestUtcMonth(Instant.parse("2026-12-31T23:00:00Z")))
                .isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(AlignmentQuery.nearestUtcMonth(Instant.parse("2027-01-01T05:00:00Z")))
                .isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(AlignmentQuery.nearestUtcMonth(Instant.parse("2027-01-20T00:00:00Z")))
                .isEqualTo(Instant.parse("2027-02-01T00:00:00Z"));
    }

    private void move(long id, Instant start) {
        db.update(TACTIC)
                .set(TACTIC.SCHEDULED_START, start)
                .where(TACTIC.TACTIC_ID.eq(id))
                .execute();
    }

    /** For viewers west of, at, east of UTC and at +5:45: tally-based figures equal the recount. */
    private void assertAgreement() {
        for (String zone : List.of("UTC", "America/New_York", "Europe/Berlin", "Asia/Kathmandu", "Pacific/Auckland")) {
            signIn(data.person("viewer" + viewers++, ZoneId.of(zone), Role.EXECUTIVE));
            for (ReportPeriod period :
                    List.of(Q1, Q1.next(), ReportPeriod.of(PeriodKind.MONTH, LocalDate.of(2027, 1, 5)))) {
                var fromTally = alignment.planHealth(period);
                var recount = alignment.report(period, AlignmentFilter.NONE);
                assertThat(fromTally.departments())
                        .as("departments in %s for %s", period.label(), zone)
                        .isEqualTo(recount.departments());
                assertThat(fromTally.health().siloStrategies())
                        .as("silo strategies in %s for %s", period.label(), zone)
                        .isEqualTo(recount.health().siloStrategies());
                assertThat(fromTally.health().siloDepartments())
                        .isEqualTo(recount.health().siloDepartments());
            }
        }
        // and the figures are not trivially empty
        signIn(data.person("viewer" + viewers++, Role.EXECUTIVE));
        assertThat(alignment.report(Q1, AlignmentFilter.NONE).total()).isGreaterThan(3);
    }
}

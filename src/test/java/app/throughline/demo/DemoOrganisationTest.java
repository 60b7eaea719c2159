package app.throughline.demo;

import static app.throughline.db.Tables.CAMPAIGN;
import static app.throughline.db.Tables.DEMO_STATE;
import static app.throughline.db.Tables.TACTIC;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ServiceTestBase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo a newcomer opens: months full around today, names that fit the season, and kept current. */
class DemoOrganisationTest extends ServiceTestBase {

    static final Instant CREATED = Instant.parse("2026-11-23T08:00:00Z");

    @Autowired
    DSLContext db;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void everyMonthAroundTodayHasTacticsAndNoCampaignIsNamedForAnotherQuarter() {
        new DemoOrganisation(db, passwords, Clock.fixed(CREATED, ZoneOffset.UTC)).create();

        YearMonth now = YearMonth.of(2026, 11);
        for (int month = -5; month <= 5; month++) {
            assertThat(tacticsIn(now.plusMonths(month)))
                    .as("tactics in %s", now.plusMonths(month))
                    .isGreaterThan(20);
        }
        assertThat(db.select(CAMPAIGN.NAME).from(CAMPAIGN).fetch(CAMPAIGN.NAME))
                .contains("Q3 cash-flow webinar series", "Autumn release tour")
                .noneMatch(name -> name.startsWith("Q2") || name.startsWith("Spring"));
    }

    @Test
    void aLaterStartTopsTheDemoUpAndPublishesWhatWasDue() {
        new DemoOrganisation(db, passwords, Clock.fixed(CREATED, ZoneOffset.UTC)).create();
        Instant hundredDaysLater = CREATED.plusSeconds(100L * 24 * 3600);

        var rolled = new DemoRoller(db, Clock.fixed(hundredDaysLater, ZoneOffset.UTC), passwords).roll();

        assertThat(rolled).isPresent();
        assertThat(db.select(DEMO_STATE.COVERED_UNTIL)
                        .from(DEMO_STATE)
                        .fetchSingle()
                        .value1())
                .isEqualTo(LocalDate.of(2027, 3, 3).plusDays(DemoPlan.HORIZON_DAYS));
        assertThat(tacticsIn(YearMonth.of(2027, 8)))
                .as("five months after the later start")
                .isGreaterThan(15);
        assertThat(db.fetchCount(
                        TACTIC,
                        TACTIC.STATUS
                                .in(TacticStatus.SCHEDULED, TacticStatus.APPROVED)
                                .and(TACTIC.SCHEDULED_START.lt(hundredDaysLater.minusSeconds(24 * 3600)))))
                .as("nothing left scheduled in the past")
                .isZero();
        assertThat(new DemoRoller(db, Clock.fixed(hundredDaysLater, ZoneOffset.UTC), passwords).roll())
                .as("a second start the same day has nothing to do")
                .isEmpty();
    }

    private int tacticsIn(YearMonth month) {
        return db.fetchCount(
                TACTIC,
                TACTIC.SCHEDULED_START
                        .ge(month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                        .and(TACTIC.SCHEDULED_START.lt(
                                month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC))));
    }
}

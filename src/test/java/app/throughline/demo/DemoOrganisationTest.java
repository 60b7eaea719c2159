package app.throughline.demo;

import static app.throughline.db.Tables.CAMPAIGN;
import static app.throughline.db.Tables.DEMO_STATE;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_TOPIC;
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

    @Test
    void aDemoMadeBeforePeopleHadTopicsGetsThemOnceAndKeepsWhatSomeoneChose() {
        new DemoOrganisation(db, passwords, Clock.fixed(CREATED, ZoneOffset.UTC)).create();
        // as a demo made by the version before issue 9 left it
        db.deleteFrom(PERSON_TOPIC).execute();
        db.update(PERSON).setNull(PERSON.LOCALE).execute();
        db.update(PERSON)
                .set(PERSON.LOCALE, "fr-FR")
                .where(PERSON.LOGIN.eq("ceo"))
                .execute();
        var roller = new DemoRoller(db, Clock.fixed(CREATED, ZoneOffset.UTC), passwords);

        assertThat(roller.catchUpPeople()).isEqualTo(DemoPerson.ALL.size() - 1);

        assertThat(db.select(PERSON.LOCALE)
                        .from(PERSON)
                        .where(PERSON.LOGIN.eq("marketer"))
                        .fetchOne(PERSON.LOCALE))
                .isEqualTo("en-US");
        assertThat(db.select(PERSON_TOPIC.TOPIC)
                        .from(PERSON_TOPIC)
                        .join(PERSON)
                        .on(PERSON.PERSON_ID.eq(PERSON_TOPIC.PERSON_ID))
                        .where(PERSON.LOGIN.eq("samir.sales"))
                        .fetch(PERSON_TOPIC.TOPIC))
                .containsExactlyInAnyOrder("Enterprise sales", "Pricing", "Partners");
        assertThat(db.select(PERSON.LOCALE)
                        .from(PERSON)
                        .where(PERSON.LOGIN.eq("ceo"))
                        .fetchOne(PERSON.LOCALE))
                .as("a locale someone chose stays")
                .isEqualTo("fr-FR");
        assertThat(roller.catchUpPeople())
                .as("the next start has nothing to do")
                .isZero();
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

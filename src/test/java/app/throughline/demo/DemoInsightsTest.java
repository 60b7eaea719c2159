package app.throughline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.listening.Insight;
import app.throughline.listening.InsightFilter;
import app.throughline.listening.InsightKind;
import app.throughline.listening.ListeningService;
import app.throughline.security.PersonPrincipal;
import app.throughline.testing.ServiceTestBase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo's listening log: a dozen insights, some acted on, some heard and not acted on; links that last. */
class DemoInsightsTest extends ServiceTestBase {

    @Autowired
    DSLContext db;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Clock clock;

    @Autowired
    UserDetailsService logins;

    @Autowired
    ListeningService listening;

    Instant now;

    @BeforeEach
    void createTheDemo() {
        now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        new DemoOrganisation(db, passwords, Clock.fixed(now, ZoneOffset.UTC)).create();
        signIn(((PersonPrincipal) logins.loadUserByUsername("marketer")).person());
    }

    @Test
    void aDozenInsightsOfEveryKindSevenActedOnThreeHeardAndNotActedOn() {
        List<Insight> all = listening.list(InsightFilter.ALL, 0, 50);

        assertThat(all).hasSize(12);
        assertThat(all).extracting(Insight::kind).contains(InsightKind.values());
        assertThat(all).filteredOn(Insight::actedOn).hasSize(7);
        assertThat(listening.heardNotActedOn(0, 50))
                .extracting(Insight::heard)
                .hasSize(3)
                .allMatch(heard -> !heard.isBlank());
        var share = listening.actedOnShare();
        assertThat(share.heard()).isEqualTo(12);
        assertThat(share.actedOn()).isEqualTo(7);
        long toTactics = all.stream()
                .filter(i -> listening.insight(i.id()).links().stream().anyMatch(l -> l.tacticId() != null))
                .count();
        assertThat(toTactics).as("some linked to tactics, not only strategies").isGreaterThanOrEqualTo(3);
    }

    @Test
    void theDailyRollKeepsEveryLink() {
        int linksBefore = links();

        new DemoRoller(db, Clock.fixed(now.plus(Duration.ofDays(1)), ZoneOffset.UTC), passwords).roll();

        assertThat(links())
                .as("the coaching story is written anew; the insights' tactics stay")
                .isEqualTo(linksBefore);
    }

    private int links() {
        return listening.list(InsightFilter.ALL, 0, 50).stream()
                .mapToInt(Insight::links)
                .sum();
    }
}

package app.throughline.benchmark;

import static app.throughline.db.Tables.PERSON;

import app.throughline.security.CurrentUser;
import app.throughline.security.PersonPrincipal;
import app.throughline.security.Role;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the server benchmarks share: counting SQL statements and signing in as a demo person. */
public final class BenchmarkSupport {

    /** Every statement jOOQ runs in a benchmark's context; reset it before what is measured. */
    public static final AtomicInteger STATEMENTS = new AtomicInteger();

    private BenchmarkSupport() {}

    /** Import into a benchmark's context to count its statements in {@link #STATEMENTS}. */
    @TestConfiguration
    public static class CountStatements {
        @Bean
        ExecuteListenerProvider statementCounter() {
            return () -> new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext ctx) {
                    STATEMENTS.incrementAndGet();
                }
            };
        }
    }

    /** Makes the demo person {@code login} the caller of the services, seeing times in {@code zone}. */
    public static void signIn(DSLContext db, String login, ZoneId zone, Role role) {
        long id = db.select(PERSON.PERSON_ID)
                .from(PERSON)
                .where(PERSON.LOGIN.eq(login))
                .fetchSingle()
                .value1();
        var user = new CurrentUser(id, login, login, zone, EnumSet.of(role), true);
        var principal = new PersonPrincipal(user, "", true);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}

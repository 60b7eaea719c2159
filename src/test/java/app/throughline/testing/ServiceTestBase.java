package app.throughline.testing;

import app.throughline.security.CurrentUser;
import app.throughline.security.PersonPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * Base of every test that touches data: the whole application against a real MariaDB (the
 * embedded one, or SPRING_DATASOURCE_URL), each test in a transaction that rolls back. All
 * subclasses share one Spring context and so one database server.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
public abstract class ServiceTestBase {

    @Autowired
    protected TestData data;

    /** Makes {@code user} the caller of the services from now on. */
    protected void signIn(CurrentUser user) {
        var principal = new PersonPrincipal(user, "", true);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}

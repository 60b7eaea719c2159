package app.throughline.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.testing.ServiceTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The refreshed sign-in replaces the old one for this request and in the HTTP session, for the next. */
class SignInRefreshTest extends ServiceTestBase {

    @Autowired
    SignInRefresh refresh;

    @Autowired
    org.jooq.DSLContext db;

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theSessionKeepsThePersonAsTheyNowAre() {
        CurrentUser me = data.person("me", Role.COACH);
        signIn(me);
        db.update(app.throughline.db.Tables.PERSON)
                .set(app.throughline.db.Tables.PERSON.DISPLAY_NAME, "New Name")
                .where(app.throughline.db.Tables.PERSON.PERSON_ID.eq(me.personId()))
                .execute();
        var request = new MockHttpServletRequest();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, new MockHttpServletResponse()));

        CurrentUser now = refresh.refresh();

        assertThat(now.displayName()).isEqualTo("New Name");
        assertThat(now.roles()).containsExactly(Role.COACH);
        var principal = (PersonPrincipal)
                SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        assertThat(principal.person().displayName()).isEqualTo("New Name");
        assertThat(principal.getPassword()).as("no hash in the session").isNull();
        var saved = (SecurityContext)
                request.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(((PersonPrincipal) saved.getAuthentication().getPrincipal())
                        .person()
                        .displayName())
                .isEqualTo("New Name");
    }
}

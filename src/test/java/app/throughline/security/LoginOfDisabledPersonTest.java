package app.throughline.security;

import static app.throughline.db.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import app.throughline.testing.ServiceTestBase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A real sign-in through the security filter chain (the login form's POST): a disabled person is
 * told their account is disabled, but only when the password is right; a sign-in registers the
 * session, so an admin can end it (DD015).
 */
class LoginOfDisabledPersonTest extends ServiceTestBase {

    @Autowired
    WebApplicationContext context;

    @Autowired
    DSLContext db;

    @Autowired
    SessionRegistry registry;

    @Autowired
    SignedInSessions sessions;

    MockMvc browser;

    @BeforeEach
    void setUp() {
        browser = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @AfterEach
    void forgetSessions() {
        registry.getAllPrincipals()
                .forEach(principal -> registry.getAllSessions(principal, true)
                        .forEach(session -> registry.removeSessionInformation(session.getSessionId())));
    }

    @Test
    void aDisabledPersonWithTheRightPasswordIsToldTheAccountIsDisabled() throws Exception {
        long dora = data.person("dora-disabled", Role.CONTRIBUTOR).personId();
        db.update(PERSON)
                .set(PERSON.ENABLED, false)
                .where(PERSON.PERSON_ID.eq(dora))
                .execute();

        browser.perform(formLogin("/login").user("dora-disabled").password("secret"))
                .andExpect(redirectedUrl("/login?error=disabled"))
                .andExpect(unauthenticated());
        browser.perform(formLogin("/login").user("dora-disabled").password("wrong"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        assertThat(sessions.open(dora)).isEmpty();
    }

    @Test
    void anEnabledPersonSignsInAndTheirSessionIsRegistered() throws Exception {
        long erin = data.person("erin-enabled", Role.CONTRIBUTOR).personId();

        browser.perform(formLogin("/login").user("erin-enabled").password("secret"))
                .andExpect(authenticated().withUsername("erin-enabled"));

        assertThat(sessions.open(erin)).hasSize(1);
    }

    @Test
    void anEndedSessionIsSignedOutOnItsNextRequestAndVaadinIsToldItsSessionExpired() throws Exception {
        long erin = data.person("erin-ended", Role.CONTRIBUTOR).personId();
        var signedIn = browser.perform(formLogin("/login").user("erin-ended").password("secret"))
                .andReturn();
        var session = (MockHttpSession) signedIn.getRequest().getSession(false);
        assertThat(session).isNotNull();
        sessions.open(erin).forEach(SessionInformation::expireNow); // what the commit of a disable does

        browser.perform(get("/calendar").session(session)).andExpect(redirectedUrl("/login?error=ended"));

        var again = browser.perform(formLogin("/login").user("erin-ended").password("secret"))
                .andReturn();
        var second = (MockHttpSession) again.getRequest().getSession(false);
        assertThat(second).isNotNull();
        sessions.open(erin).forEach(SessionInformation::expireNow);
        browser.perform(post("/").param("v-r", "uidl").param("v-uiId", "0").session(second))
                .andExpect(content().string("for(;;);[{\"meta\":{\"sessionExpired\":true}}]"));
    }
}

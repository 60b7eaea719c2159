package app.throughline.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.throughline.channel.ChannelKind;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.testing.ServiceTestBase;
import jakarta.servlet.Filter;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Base of the API tests: HTTP requests through the app's real security filter chain (no test
 * shortcuts into the security context) to the real controllers, services and database, each
 * test rolled back. A token is made through {@link ApiTokenService} as its person would.
 */
abstract class ApiTestBase extends ServiceTestBase {

    static final Instant MARCH_SECOND = Instant.parse("2027-03-02T09:00:00Z");

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApiTokenService tokens;

    MockMvc http;
    long channel;
    long objective;
    long strategy;
    CurrentUser planner;

    @BeforeEach
    void setUpHttpAndPlan() {
        http = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class))
                .build();
        channel = data.channel("Newsletter", ChannelKind.OWNED);
        planner = data.person("sofia", Role.STRATEGIST);
        objective = data.objective("Grow", planner.personId());
        strategy = data.strategy(objective, "Voice", planner.personId());
    }

    /** A new token of {@code person}, made as they would make it on their profile. */
    String tokenOf(CurrentUser person) {
        signIn(person);
        try {
            return tokens.create("test").secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Sends {@code request} with {@code token} as the bearer token. */
    ResultActions send(MockHttpServletRequestBuilder request, String token) throws Exception {
        SecurityContextHolder.clearContext();
        return http.perform(
                request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).accept(MediaType.APPLICATION_JSON));
    }

    ResultActions read(String url, String token) throws Exception {
        return send(get(url), token);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** A draft under the strategy on the newsletter, starting {@link #MARCH_SECOND}. */
    long draft(CurrentUser owner, String title) {
        return data.tactic(
                strategy,
                null,
                title,
                channel,
                MARCH_SECOND,
                null,
                app.throughline.tactic.TacticStatus.DRAFT,
                owner.personId());
    }
}

package app.throughline.api;

import static app.throughline.db.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.throughline.people.ProfileService;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every endpoint of /api/v1 through the real security chain with a real token, and every kind of
 * error as a problem: 400 naming the field, 401 (no, bad, revoked token; disabled person), 403,
 * 404, 409 with the current version, 429 with Retry-After; and the OpenAPI document.
 */
class ApiTest extends ApiTestBase {

    @Autowired
    TacticService tacticService;

    @Autowired
    ProfileService profiles;

    @Autowired
    DSLContext db;

    @Autowired
    RateLimiter limiter;

    CurrentUser marketer;
    String token;

    @BeforeEach
    void setUp() {
        marketer = data.person("mark", Role.MARKETER);
        token = tokenOf(marketer);
    }

    // --- the endpoints ------------------------------------------------------------------------

    @Test
    void listsTheTacticsOfAMonthPagedWithTheCalendarsFilters() throws Exception {
        for (int i = 1; i <= 3; i++) {
            draft(marketer, "Letter " + i);
        }
        long other = data.channel("Press", app.throughline.channel.ChannelKind.EARNED);
        data.tactic(strategy, null, "Release", other, MARCH_SECOND, null, TacticStatus.DRAFT, marketer.personId());

        read("/api/v1/tactics?month=2027-03&channelId=" + channel + "&size=2", token)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].start").value("2027-03-02T09:00:00Z"))
                .andExpect(jsonPath("$.items[0].channelName").value("Newsletter"))
                .andExpect(jsonPath("$.from").value("2027-03-01T00:00:00Z"))
                .andExpect(jsonPath("$.to").value("2027-04-01T00:00:00Z"))
                .andExpect(jsonPath("$.zone").value("UTC"));
        read("/api/v1/tactics?month=2027-03&channelId=" + channel + "&size=2&page=1", token)
                .andExpect(jsonPath("$.items.length()").value(1));
        read("/api/v1/tactics?day=2027-03-02&status=DRAFT", token)
                .andExpect(jsonPath("$.total").value(4));
        read("/api/v1/tactics?week=2027-03-04", token)
                .andExpect(jsonPath("$.total").value(4));
        read("/api/v1/tactics?month=2027-04", token)
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void getsOneTacticWithItsVersion() throws Exception {
        long id = draft(marketer, "Spring letter");
        read("/api/v1/tactics/" + id, token)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.title").value("Spring letter"))
                .andExpect(jsonPath("$.strategyId").value(strategy))
                .andExpect(jsonPath("$.scheduledStart").value("2027-03-02T09:00:00Z"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void createsATacticOnceForOneIdempotencyKey() throws Exception {
        String body = """
                {"title": "From the tool", "channelId": %d, "strategyId": %d,
                 "scheduledStart": "2027-03-05T10:00:00Z", "body": "Hello"}
                """.formatted(channel, strategy);
        int before = data.tacticCount();
        String key = UUID.randomUUID().toString();
        var first = send(json(post("/api/v1/tactics"), body).header("Idempotency-Key", key), token)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("From the tool"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.ownerId").value(marketer.personId()))
                .andExpect(jsonPath("$.scheduledStart").value("2027-03-05T10:00:00Z"))
                .andReturn();
        String location = first.getResponse().getHeader("Location");
        assertThat(location).startsWith("/api/v1/tactics/");

        send(json(post("/api/v1/tactics"), body).header("Idempotency-Key", key), token)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", location));
        assertThat(data.tacticCount()).isEqualTo(before + 1);

        send(json(post("/api/v1/tactics"), body), token).andExpect(status().isCreated());
        assertThat(data.tacticCount()).isEqualTo(before + 2);
    }

    @Test
    void updatesATacticWithItsVersionAndAStaleVersionIs409WithTheCurrentOne() throws Exception {
        long id = draft(marketer, "Old title");
        String body = """
                {"title": "New title", "channelId": %d, "strategyId": %d,
                 "scheduledStart": "2027-03-02T09:00:00Z", "version": 0}
                """.formatted(channel, strategy);
        send(json(put("/api/v1/tactics/" + id), body), token)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("New title"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(1));

        send(json(put("/api/v1/tactics/" + id), body.replace("New title", "Lost update")), token)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.detail").value(containsString("changed by someone else")));
        signIn(marketer);
        assertThat(tacticService.tactic(id).title()).isEqualTo("New title");
    }

    @Test
    void readsThePlanTreeTheChannelsAndThePeople() throws Exception {
        data.campaign(strategy, "Spring push", app.throughline.plan.Intent.CAMPAIGN, planner.personId());
        read("/api/v1/plan", token)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Grow"))
                .andExpect(jsonPath("$[0].startsOn").value("2027-01-01"))
                .andExpect(jsonPath("$[0].strategies[0].name").value("Voice"))
                .andExpect(jsonPath("$[0].strategies[0].campaigns[0].name").value("Spring push"))
                .andExpect(jsonPath("$[0].strategies[0].campaigns[0].intent").value("CAMPAIGN"));
        read("/api/v1/channels", token)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + channel + ")].name").value(hasItem("Newsletter")))
                .andExpect(jsonPath("$[?(@.id == " + channel + ")].kind").value(hasItem("OWNED")));
        read("/api/v1/people?q=sofia", token)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].login").value("sofia"))
                .andExpect(jsonPath("$.items[0].roles[0]").value("STRATEGIST"));
        read("/api/v1/people/sofia", token)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Sofia Tester"))
                .andExpect(jsonPath("$.zone").value("UTC"));
    }

    // --- errors -------------------------------------------------------------------------------

    @Test
    void badJsonIs400AndAValueOfTheWrongTypeNamesItsField() throws Exception {
        send(json(post("/api/v1/tactics"), "{\"title\": "), token)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("not valid JSON")));
        send(json(post("/api/v1/tactics"), "{\"title\": \"x\", \"scheduledStart\": \"next tuesday\"}"), token)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scheduledStart"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("ISO-8601 instant")));
        send(json(post("/api/v1/tactics"), "{\"title\": \"x\", \"status\": \"DONE\"}"), token)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("IN_REVIEW")));
        read("/api/v1/tactics?month=2027-03&status=DONE", token)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void theServicesValidationIs400NamingTheField() throws Exception {
        send(json(post("/api/v1/tactics"), "{\"title\": \" \", \"channelId\": %d}".formatted(channel)), token)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("Title is required"));
        send(json(post("/api/v1/tactics"), "{\"title\": \"No channel\"}"), token)
                .andExpect(jsonPath("$.errors[0].field").value("channelId"));
        read("/api/v1/tactics", token)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("month"));
        read("/api/v1/tactics?month=2027-03&size=1000", token)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        long id = draft(marketer, "Versionless");
        send(json(put("/api/v1/tactics/" + id), "{\"title\": \"x\", \"channelId\": %d}".formatted(channel)), token)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void anUnknownTacticOrAddressIs404AsAProblem() throws Exception {
        read("/api/v1/tactics/987654321", token)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        read("/api/v1/nothing-here", token)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        read("/api/v1/people/nobody", token).andExpect(status().isNotFound());
    }

    @Test
    void anExecutivesTokenReadsButAWriteIs403() throws Exception {
        String executive = tokenOf(data.person("erin", Role.EXECUTIVE));
        read("/api/v1/channels", executive).andExpect(status().isOk());
        send(json(post("/api/v1/tactics"), "{\"title\": \"Mine\", \"channelId\": %d}".formatted(channel)), executive)
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("role does not allow")))
                .andExpect(jsonPath("$.detail").value(not(containsString("Exception"))));
    }

    @Test
    void noTokenABadOneOrARevokedOneIs401WithTheBearerChallenge() throws Exception {
        SecurityContextHolder.clearContext();
        http.perform(get("/api/v1/channels"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        read("/api/v1/channels", "tl_" + "A".repeat(43))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")));
        http.perform(get("/api/v1/channels").header("Authorization", "Basic bWFyazpzZWNyZXQ="))
                .andExpect(status().isUnauthorized());

        signIn(marketer);
        long id = tokens.mine().getFirst().id();
        tokens.revoke(id);
        read("/api/v1/channels", token).andExpect(status().isUnauthorized());
    }

    @Test
    void theTokenOfADisabledPersonOrOfOneWhoMustChangeTheirPasswordIs401() throws Exception {
        var dora = data.person("dora", Role.MARKETER);
        String doras = tokenOf(dora);
        read("/api/v1/channels", doras).andExpect(status().isOk());
        data.disable(dora.personId());
        read("/api/v1/channels", doras).andExpect(status().isUnauthorized());

        db.update(PERSON)
                .set(PERSON.MUST_CHANGE_PASSWORD, true)
                .where(PERSON.PERSON_ID.eq(marketer.personId()))
                .execute();
        read("/api/v1/channels", token).andExpect(status().isUnauthorized());
    }

    @Test
    void aSignedInBrowserSessionDoesNotReachTheApi() throws Exception {
        SecurityContextHolder.clearContext();
        var signedIn = http.perform(formLogin("/login").user("mark").password("secret"))
                .andReturn();
        var session = (MockHttpSession) signedIn.getRequest().getSession(false);
        assertThat(session).isNotNull();
        http.perform(get("/api/v1/channels").session(session)).andExpect(status().isUnauthorized());
        http.perform(json(post("/api/v1/tactics"), "{}").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenPastItsRateIs429WithRetryAfter() throws Exception {
        int allowed = 0;
        int status = 200;
        while (status == 200 && allowed < limiter.perMinute() + 20) {
            status = read("/api/v1/channels", token).andReturn().getResponse().getStatus();
            if (status == 200) {
                allowed++;
            }
        }
        assertThat(status).isEqualTo(429);
        assertThat(allowed).isBetween(limiter.perMinute(), limiter.perMinute() + 10);
        read("/api/v1/channels", token)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.retryAfterSeconds").isNumber());
        // another token of the same person has its own bucket
        read("/api/v1/channels", tokenOf(marketer)).andExpect(status().isOk());
    }

    @Test
    void usingATokenRecordsWhenItWasLastUsed() throws Exception {
        signIn(marketer);
        assertThat(tokens.mine().getFirst().lastUsedAt()).isNull();
        read("/api/v1/channels", token).andExpect(status().isOk());
        signIn(marketer);
        assertThat(tokens.mine().getFirst().lastUsedAt()).isNotNull();
    }

    // --- the OpenAPI document -----------------------------------------------------------------

    @Test
    void theOpenApiDocumentIsPublicValidOpenApi3AndListsEveryEndpoint() throws Exception {
        SecurityContextHolder.clearContext();
        String document = http.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        var parsed = new OpenAPIV3Parser().readContents(document);
        assertThat(parsed.getMessages()).as("parser messages").isEmpty();
        var api = parsed.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.");
        assertThat(api.getPaths().keySet())
                .contains(
                        "/api/v1/tactics",
                        "/api/v1/tactics/{id}",
                        "/api/v1/plan",
                        "/api/v1/channels",
                        "/api/v1/people",
                        "/api/v1/people/{login}");
        assertThat(api.getPaths().keySet()).noneMatch(path -> path.contains("**"));
        var tactics = api.getPaths().get("/api/v1/tactics");
        assertThat(tactics.getGet()).isNotNull();
        assertThat(tactics.getPost()).isNotNull();
        assertThat(api.getPaths().get("/api/v1/tactics/{id}").getPut()).isNotNull();
        assertThat(api.getComponents().getSecuritySchemes()).containsKey("token");
    }
}

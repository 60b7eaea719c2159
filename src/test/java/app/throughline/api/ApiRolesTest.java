package app.throughline.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import app.throughline.common.NotFoundException;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticService;
import app.throughline.testing.Persona;
import app.throughline.testing.RoleTable;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every cell of docs/roles.md, "API": each action with each role's own token, through the real
 * security chain. "yes" must answer 2xx and show its effect; "no" must answer 403 (or, for another
 * person's token, be refused in the service) and change nothing.
 */
class ApiRolesTest extends ApiTestBase {

    @Autowired
    TacticService tactics;

    static Stream<Arguments> cells() {
        return RoleTable.cells("API").stream();
    }

    /** One action: does it, and tells whether it was allowed (and had its effect). */
    @FunctionalInterface
    interface Action {
        boolean run(CurrentUser me, String token) throws Exception;
    }

    private Map<String, Action> actions(CurrentUser other) {
        return Map.ofEntries(
                Map.entry("read-tactics", (me, token) -> {
                    long id = draft(other, "Readable");
                    return ok(read("/api/v1/tactics?day=2027-03-02", token))
                            && ok(read("/api/v1/tactics/" + id, token));
                }),
                Map.entry("read-plan", (me, token) -> ok(read("/api/v1/plan", token))),
                Map.entry("read-channels", (me, token) -> ok(read("/api/v1/channels", token))),
                Map.entry(
                        "read-people",
                        (me, token) -> ok(read("/api/v1/people", token)) && ok(read("/api/v1/people/olga", token))),
                Map.entry("create-own", (me, token) -> creates(me, me, token)),
                Map.entry("create-for-other", (me, token) -> creates(me, other, token)),
                Map.entry("update-own", (me, token) -> updates(me, draft(me, "Mine"), token)),
                Map.entry("update-other", (me, token) -> updates(me, draft(other, "Theirs"), token)),
                Map.entry("create-token", (me, token) -> {
                    signIn(me);
                    int before = tokens.mine().size();
                    tokens.create("another");
                    return tokens.mine().size() == before + 1;
                }),
                Map.entry("revoke-own-token", (me, token) -> {
                    signIn(me);
                    tokens.revoke(tokens.mine().getFirst().id());
                    return tokens.mine().isEmpty()
                            && read("/api/v1/channels", token)
                                            .andReturn()
                                            .getResponse()
                                            .getStatus()
                                    == 401;
                }),
                Map.entry("revoke-other-token", (me, token) -> {
                    String theirs = tokenOf(other);
                    signIn(other);
                    long id = tokens.mine().getFirst().id();
                    signIn(me);
                    assertThatThrownBy(() -> tokens.revoke(id)).isInstanceOf(NotFoundException.class);
                    return read("/api/v1/channels", theirs)
                                    .andReturn()
                                    .getResponse()
                                    .getStatus()
                            != 200;
                }));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void theApiAllowsExactlyWhatTheRoleTableSays(String action, Persona persona, boolean allowed) throws Exception {
        CurrentUser me = persona.create(data);
        CurrentUser other = data.person("olga", Role.CONTRIBUTOR);
        String token = tokenOf(me);
        Action scenario = actions(other).get(action);
        assertThat(scenario)
                .as("a scenario for the action “%s” of docs/roles.md", action)
                .isNotNull();

        boolean happened = scenario.run(me, token);
        SecurityContextHolder.clearContext();

        assertThat(happened).as("“%s” as %s", action, persona).isEqualTo(allowed);
    }

    private boolean creates(CurrentUser me, CurrentUser owner, String token) throws Exception {
        int before = data.tacticCount();
        int status = send(json(post("/api/v1/tactics"), """
                                {"title": "Planned by API", "channelId": %d, "strategyId": %d, "ownerId": %d}
                                """.formatted(channel, strategy, owner.personId())), token)
                .andReturn()
                .getResponse()
                .getStatus();
        boolean created = refusedOr(status, 201);
        assertThat(data.tacticCount()).isEqualTo(before + (created ? 1 : 0));
        return created;
    }

    private boolean updates(CurrentUser me, long id, String token) throws Exception {
        int status = send(json(put("/api/v1/tactics/" + id), """
                                {"title": "Changed by API", "channelId": %d, "strategyId": %d,
                                 "scheduledStart": "2027-03-02T09:00:00Z", "version": 0}
                                """.formatted(channel, strategy)), token)
                .andReturn()
                .getResponse()
                .getStatus();
        signIn(me);
        String title = tactics.tactic(id).title();
        SecurityContextHolder.clearContext();
        if (status == 200) {
            return title.equals("Changed by API");
        }
        assertThat(title).as("a refused update changes nothing").isNotEqualTo("Changed by API");
        return refusedOr(status, 200);
    }

    /** A write answers either its success status or 403; anything else is a failure of the test. */
    private static boolean refusedOr(int status, int success) {
        assertThat(status).as("the answer is %d or 403", success).isIn(success, 403);
        return status == success;
    }

    private static boolean ok(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        int status = result.andReturn().getResponse().getStatus();
        assertThat(status).as("a read answers 200 or 403").isIn(200, 403);
        return status == 200;
    }
}

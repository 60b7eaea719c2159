package app.throughline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.common.SubmissionKey;
import app.throughline.plan.PlanNode.CampaignNode;
import app.throughline.plan.PlanNode.StrategyNode;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.testing.Persona;
import app.throughline.testing.RoleTable;
import app.throughline.testing.ServiceTestBase;
import app.throughline.testing.TestData;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every cell of docs/roles.md, "The plan tree", against the service layer: "yes" succeeds and
 * shows in the tree, "no" is refused and leaves the tree as it was.
 */
class PlanRolesTest extends ServiceTestBase {

    @Autowired
    PlanService plan;

    CurrentUser owner;
    long objective;
    long strategy;
    long campaign;

    @BeforeEach
    void setUp() {
        owner = data.person("sofia", Role.STRATEGIST);
        objective = data.objective("Grow", owner.personId());
        strategy = data.strategy(objective, "Voice", owner.personId());
        campaign = data.campaign(strategy, "Webinars", Intent.CAMPAIGN, owner.personId());
    }

    static Stream<Arguments> cells() {
        return RoleTable.cells("The plan tree").stream();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void theServiceAllowsExactlyWhatTheRoleTableSays(String action, Persona persona, boolean allowed) {
        CurrentUser me = persona.create(data);
        Runnable scenario = scenarios(me).get(action);
        assertThat(scenario)
                .as("a scenario for the action “%s” of docs/roles.md", action)
                .isNotNull();
        signIn(me);
        List<String> before = names();

        if (allowed) {
            scenario.run();
            if (!action.equals("read")) {
                assertThat(names()).as("the tree after “%s”", action).isNotEqualTo(before);
            }
        } else {
            assertThatThrownBy(scenario::run).isInstanceOf(AccessDeniedException.class);
            assertThat(names()).as("the tree is unchanged").isEqualTo(before);
        }
    }

    private Map<String, Runnable> scenarios(CurrentUser me) {
        return Map.of(
                "read", () -> assertThat(plan.tree()).hasSize(1),
                "create-objective",
                        () -> plan.save(
                                Objective.blank(me.personId(), TestData.START).withName("New"), SubmissionKey.random()),
                "edit-objective",
                        () -> plan.save(plan.objective(objective).withName("Renamed"), SubmissionKey.random()),
                "delete-objective", () -> delete(plan.tree().getFirst()),
                "create-strategy",
                        () -> plan.save(
                                Strategy.blank(objective, me.personId(), TestData.START, TestData.END)
                                        .withName("New"),
                                SubmissionKey.random()),
                "edit-strategy", () -> plan.save(plan.strategy(strategy).withName("Renamed"), SubmissionKey.random()),
                "delete-strategy", () -> delete(strategyNode()),
                "create-campaign",
                        () -> plan.save(
                                Campaign.blank(strategy, me.personId(), TestData.START)
                                        .withName("New"),
                                SubmissionKey.random()),
                "edit-campaign", () -> plan.save(plan.campaign(campaign).withName("Renamed"), SubmissionKey.random()),
                "delete-campaign", () -> delete(strategyNode().campaigns().getFirst()));
    }

    private void delete(PlanNode node) {
        plan.delete(node, plan.deletionImpact(node));
    }

    private StrategyNode strategyNode() {
        return plan.tree().getFirst().strategies().getFirst();
    }

    /** Every name in the tree, so any change to it shows (reading needs only a signed-in person). */
    private List<String> names() {
        return plan.tree().stream()
                .flatMap(o -> Stream.concat(
                        Stream.of(o.name()),
                        o.strategies().stream()
                                .flatMap(s -> Stream.concat(
                                        Stream.of(s.name()),
                                        s.campaigns().stream().map(CampaignNode::name)))))
                .toList();
    }
}

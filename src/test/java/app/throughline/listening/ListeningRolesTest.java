package app.throughline.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.channel.ChannelKind;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.Persona;
import app.throughline.testing.RoleTable;
import app.throughline.testing.ServiceTestBase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every cell of docs/roles.md, "Listening", against the service layer: "yes" must succeed and
 * show its effect; "no" must be refused ({@link AccessDeniedException}) and change nothing.
 */
class ListeningRolesTest extends ServiceTestBase {

    @Autowired
    ListeningService listening;

    long channel;
    long strategy;
    long tactic;
    CurrentUser other;
    LocalDate today;

    @BeforeEach
    void setUp() {
        channel = data.channel("LinkedIn", ChannelKind.SOCIAL, 3000);
        var planner = data.person("sofia", Role.STRATEGIST);
        strategy = data.strategy(data.objective("Grow", planner.personId()), "Voice", planner.personId());
        other = data.person("olga", Role.CONTRIBUTOR);
        tactic = data.tactic(
                strategy,
                null,
                "Olga's post",
                channel,
                Instant.parse("2027-03-01T09:00:00Z"),
                null,
                TacticStatus.DRAFT,
                other.personId());
        today = LocalDate.now(ZoneOffset.UTC);
    }

    static Stream<Arguments> cells() {
        return RoleTable.cells("Listening").stream();
    }

    private Map<String, Action> actions(CurrentUser me) {
        return Map.ofEntries(
                Map.entry(
                        "read",
                        new Action(
                                ignored -> insightBy(other),
                                id -> {
                                    assertThat(listening.list(InsightFilter.ALL, 0, 10))
                                            .extracting(Insight::id)
                                            .contains(id);
                                    assertThat(listening.insight(id).links()).isEmpty();
                                    assertThat(listening.actedOnShare().heard()).isEqualTo(1);
                                },
                                id -> true)),
                Map.entry(
                        "record",
                        new Action(
                                ignored -> -1L,
                                id -> listening.record(
                                        new InsightDraft("Heard by me", channel, null, today, InsightKind.IDEA)),
                                id -> listening.count(InsightFilter.ALL) == 1)),
                Map.entry("edit-own", editing(me)),
                Map.entry("edit-other", editing(other)),
                Map.entry(
                        "link-tactic",
                        new Action(
                                ignored -> insightBy(other),
                                id -> listening.link(id, LinkTarget.tactic(tactic)),
                                id -> listening.insightsForTactic(tactic).size() == 1)),
                Map.entry(
                        "link-strategy",
                        new Action(
                                ignored -> insightBy(other),
                                id -> listening.link(id, LinkTarget.strategy(strategy)),
                                id -> listening.insightsForStrategy(strategy).size() == 1)),
                Map.entry(
                        "unlink",
                        new Action(
                                ignored -> {
                                    long id = insightBy(other);
                                    data.linkInsightToStrategy(id, strategy, other.personId());
                                    return id;
                                },
                                id -> listening.unlink(id, LinkTarget.strategy(strategy)),
                                id -> listening.insight(id).links().isEmpty())));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void theServicesAllowExactlyWhatTheRoleTableSays(String action, Persona persona, boolean allowed) {
        CurrentUser me = persona.create(data);
        Action scenario = actions(me).get(action);
        assertThat(scenario)
                .as("a scenario for the action “%s” of docs/roles.md", action)
                .isNotNull();
        long subject = scenario.prepare().apply(me);
        String before = data.listeningSnapshot();
        signIn(me);
        if (allowed) {
            scenario.run().accept(subject);
            assertThat(scenario.happened().test(subject))
                    .as("the effect of “%s”", action)
                    .isTrue();
        } else {
            assertThatThrownBy(() -> scenario.run().accept(subject)).isInstanceOf(AccessDeniedException.class);
            assertThat(data.listeningSnapshot()).as("nothing changed").isEqualTo(before);
        }
    }

    private Action editing(CurrentUser author) {
        return new Action(
                ignored -> insightBy(author),
                id -> listening.edit(id, 0, new InsightDraft("Reworded", channel, null, today, InsightKind.PRAISE)),
                id -> listening.insight(id).insight().heard().equals("Reworded"));
    }

    private long insightBy(CurrentUser author) {
        return data.insight("Heard by " + author.login(), InsightKind.QUESTION, today, author.personId());
    }

    /**
     * @param prepare creates what the action works on and returns its id (or -1)
     * @param happened whether the allowed action had its effect
     */
    private record Action(Function<CurrentUser, Long> prepare, LongConsumer run, LongPredicate happened) {}
}

package app.throughline.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.channel.ChannelKind;
import app.throughline.policy.PolicyItem;
import app.throughline.policy.SocialPolicyService;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.Persona;
import app.throughline.testing.RoleTable;
import app.throughline.testing.ServiceTestBase;
import java.time.Instant;
import java.time.LocalDate;
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
 * Every cell of docs/roles.md, "Coaching", against the service layer: "yes" must succeed and
 * show its effect; "no" must be refused ({@link AccessDeniedException}) and change nothing.
 */
class CoachingRolesTest extends ServiceTestBase {

    static final Instant MONDAY_NINE = Instant.parse("2027-03-01T09:00:00Z");

    @Autowired
    TacticService tactics;

    @Autowired
    CoachingService coaching;

    @Autowired
    ReviewService review;

    @Autowired
    TrainingService training;

    @Autowired
    SocialPolicyService policy;

    long channel;
    long strategy;
    CurrentUser other;

    @BeforeEach
    void setUp() {
        channel = data.channel("LinkedIn", ChannelKind.SOCIAL, 3000);
        var planner = data.person("sofia", Role.STRATEGIST);
        strategy = data.strategy(data.objective("Grow", planner.personId()), "Voice", planner.personId());
        other = data.person("olga", Role.CONTRIBUTOR);
    }

    static Stream<Arguments> cells() {
        return RoleTable.cells("Coaching").stream();
    }

    private Map<String, Action> actions(CurrentUser me) {
        return Map.ofEntries(
                Map.entry("approve-own-social", stepping(me, TacticStatus.DRAFT, TacticStatus.APPROVED)),
                Map.entry("approve-other-social", stepping(other, TacticStatus.IN_REVIEW, TacticStatus.APPROVED)),
                Map.entry(
                        "send-back-with-comment",
                        new Action(
                                ignored -> tactic(other, TacticStatus.IN_REVIEW),
                                id -> coaching.sendBack(id, 0, "Name the source of the figure"),
                                id -> tactics.tactic(id).status() == TacticStatus.DRAFT
                                        && coaching.thread(id).getLast().sentBack())),
                Map.entry("comment-own", commenting(me)),
                Map.entry("comment-other", commenting(other)),
                Map.entry(
                        "see-queue",
                        new Action(
                                ignored -> tactic(other, TacticStatus.IN_REVIEW),
                                id -> assertThat(review.queue(ReviewFilter.ALL, 0, 10))
                                        .extracting(ReviewEntry::tacticId)
                                        .contains(id),
                                id -> true)),
                Map.entry("see-look-back", new Action(ignored -> -1L, id -> review.lookBack(0, 10), id -> true)),
                Map.entry(
                        "record-training",
                        new Action(
                                ignored -> other.personId(),
                                id -> training.record(id, 0, LocalDate.of(2026, 11, 2)),
                                id -> data.trainedOn(id) != null)),
                Map.entry(
                        "edit-policy",
                        new Action(
                                ignored -> -1L,
                                id -> policy.add("Say when a post is sponsored"),
                                id -> policy.activeItems().stream()
                                        .map(PolicyItem::text)
                                        .anyMatch("Say when a post is sponsored"::equals))));
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
        String before = data.coachingSnapshot();
        signIn(me);
        if (allowed) {
            scenario.run().accept(subject);
            assertThat(scenario.happened().test(subject))
                    .as("the effect of “%s”", action)
                    .isTrue();
        } else {
            assertThatThrownBy(() -> scenario.run().accept(subject)).isInstanceOf(AccessDeniedException.class);
            assertThat(data.coachingSnapshot()).as("nothing changed").isEqualTo(before);
        }
    }

    private Action stepping(CurrentUser owner, TacticStatus from, TacticStatus to) {
        return new Action(
                ignored -> tactic(owner, from),
                id -> tactics.changeStatus(id, 0, to),
                id -> tactics.tactic(id).status() == to);
    }

    private Action commenting(CurrentUser owner) {
        return new Action(
                ignored -> tactic(owner, TacticStatus.DRAFT),
                id -> coaching.comment(id, "Lead with the customer's question"),
                id -> coaching.thread(id).stream().anyMatch(c -> c.body().equals("Lead with the customer's question")));
    }

    /** A social tactic whose owner ticked the policy (this table is about roles). */
    private long tactic(CurrentUser owner, TacticStatus status) {
        long id = data.tactic(
                strategy, null, "Post by " + owner.login(), channel, MONDAY_NINE, null, status, owner.personId());
        data.tickPolicy(id);
        return id;
    }

    /**
     * @param prepare creates what the action works on and returns its id (or -1)
     * @param happened whether the allowed action had its effect
     */
    private record Action(Function<CurrentUser, Long> prepare, LongConsumer run, LongPredicate happened) {}
}

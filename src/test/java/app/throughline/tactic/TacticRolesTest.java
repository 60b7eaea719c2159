package app.throughline.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.channel.ChannelKind;
import app.throughline.common.SubmissionKey;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.testing.Persona;
import app.throughline.testing.RoleTable;
import app.throughline.testing.ServiceTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every cell of docs/roles.md, "Tactics": each action, as each kind of person, against the
 * service layer. "yes" must succeed and show its effect; "no" must be refused and change nothing.
 */
class TacticRolesTest extends ServiceTestBase {

    static final Instant MONDAY_NINE = Instant.parse("2027-03-01T09:00:00Z");

    @Autowired
    TacticService tactics;

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
        return RoleTable.cells("Tactics").stream();
    }

    /** What each action does, and how to tell it happened. */
    private Map<String, Action> actions(CurrentUser me) {
        return Map.ofEntries(
                Map.entry(
                        "read",
                        new Action(o -> tactic(o, TacticStatus.DRAFT), id -> tactics.tactic(id), (id, before) -> true)),
                Map.entry("create-own", creating(me.personId())),
                Map.entry("create-for-other", creating(other.personId())),
                Map.entry("edit-own", editing(me)),
                Map.entry("edit-other", editing(other)),
                Map.entry("move-own", moving(me)),
                Map.entry("move-other", moving(other)),
                Map.entry("delete-own", deleting(me)),
                Map.entry("delete-other", deleting(other)),
                Map.entry("submit-own", stepping(me, TacticStatus.DRAFT, TacticStatus.IN_REVIEW)),
                Map.entry("approve-own", stepping(me, TacticStatus.DRAFT, TacticStatus.APPROVED)),
                Map.entry("approve-other", stepping(other, TacticStatus.IN_REVIEW, TacticStatus.APPROVED)),
                Map.entry(
                        "send-back-other",
                        new Action(
                                ignored -> tactic(other, TacticStatus.IN_REVIEW),
                                id -> tactics.sendBack(id, 0, "Say which hours we answer"),
                                (id, before) -> tactics.tactic(id).status() == TacticStatus.DRAFT)),
                Map.entry("schedule-own", stepping(me, TacticStatus.APPROVED, TacticStatus.SCHEDULED)),
                Map.entry("schedule-other", stepping(other, TacticStatus.APPROVED, TacticStatus.SCHEDULED)),
                Map.entry("publish-own", stepping(me, TacticStatus.SCHEDULED, TacticStatus.PUBLISHED)),
                Map.entry("cancel-own", stepping(me, TacticStatus.DRAFT, TacticStatus.CANCELLED)),
                Map.entry("cancel-other", stepping(other, TacticStatus.DRAFT, TacticStatus.CANCELLED)));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void theServiceAllowsExactlyWhatTheRoleTableSays(String action, Persona persona, boolean allowed) {
        CurrentUser me = persona.create(data);
        Action scenario = actions(me).get(action);
        assertThat(scenario)
                .as("a scenario for the action “%s” of docs/roles.md", action)
                .isNotNull();
        long subject = scenario.prepare().apply(me);
        Tactic before = subject < 0 ? null : tactics(subject);
        int countBefore = count();
        signIn(me);

        if (allowed) {
            scenario.run().accept(subject);
            signIn(me);
            assertThat(scenario.happened().test(subject, before))
                    .as("the effect of “%s”", action)
                    .isTrue();
        } else {
            assertThatThrownBy(() -> scenario.run().accept(subject)).isInstanceOf(AccessDeniedException.class);
            assertThat(count()).as("no tactic added or removed").isEqualTo(countBefore);
            if (before != null) {
                assertThat(tactics.tactic(subject))
                        .as("the tactic is unchanged")
                        .isEqualTo(before);
            }
        }
    }

    // --- the scenarios ------------------------------------------------------------------------

    private Action creating(long ownerId) {
        return new Action(
                me -> -1L,
                ignored -> tactics.save(
                        new Tactic(
                                null,
                                strategy,
                                null,
                                "New post",
                                null,
                                channel,
                                MONDAY_NINE,
                                null,
                                TacticStatus.DRAFT,
                                ownerId,
                                null,
                                null,
                                null,
                                null,
                                0),
                        SubmissionKey.random()),
                (id, before) -> count() == 1);
    }

    private Action editing(CurrentUser owner) {
        return new Action(
                me -> tactic(owner, TacticStatus.DRAFT),
                id -> tactics.save(TacticServiceTest.withTitle(tactics.tactic(id), "Renamed"), SubmissionKey.random()),
                (id, before) -> tactics.tactic(id).title().equals("Renamed"));
    }

    private Action moving(CurrentUser owner) {
        Instant tuesday = MONDAY_NINE.plus(Duration.ofDays(1));
        return new Action(
                me -> tactic(owner, TacticStatus.DRAFT),
                id -> tactics.reschedule(id, 0, tuesday),
                (id, before) -> tuesday.equals(tactics.tactic(id).scheduledStart()));
    }

    private Action deleting(CurrentUser owner) {
        return new Action(
                me -> tactic(owner, TacticStatus.DRAFT), id -> tactics.delete(id, 0), (id, before) -> count() == 0);
    }

    private Action stepping(CurrentUser owner, TacticStatus from, TacticStatus to) {
        return new Action(
                me -> tactic(owner, from),
                id -> tactics.changeStatus(id, 0, to),
                (id, before) -> tactics.tactic(id).status() == to
                        && tactics.statusHistory(id).getLast() == to);
    }

    /**
     * @param prepare creates the tactic the action works on (owned by the given person: "me" or
     *     the other), or returns -1 when it needs none
     */
    private record Action(Function<CurrentUser, Long> prepare, LongConsumer run, BiPredicate<Long, Tactic> happened) {}

    /** A tactic whose owner ticked the social policy: this table is about roles; the policy has its own tests. */
    private long tactic(CurrentUser owner, TacticStatus status) {
        long id = data.tactic(
                strategy, null, "Post by " + owner.login(), channel, MONDAY_NINE, null, status, owner.personId());
        data.tickPolicy(id);
        return id;
    }

    private Tactic tactics(long id) {
        signIn(other);
        return tactics.tactic(id);
    }

    private int count() {
        return data.tacticCount();
    }
}

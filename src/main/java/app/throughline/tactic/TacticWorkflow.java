package app.throughline.tactic;

import static app.throughline.tactic.TacticStatus.APPROVED;
import static app.throughline.tactic.TacticStatus.CANCELLED;
import static app.throughline.tactic.TacticStatus.DRAFT;
import static app.throughline.tactic.TacticStatus.IDEA;
import static app.throughline.tactic.TacticStatus.IN_REVIEW;
import static app.throughline.tactic.TacticStatus.PUBLISHED;
import static app.throughline.tactic.TacticStatus.SCHEDULED;

import java.util.List;

/**
 * The steps a tactic's status may take and who may take each: the one table behind
 * docs/roles.md ("Status steps"). {@link TacticPolicy} decides whether a person is such a
 * "who" for a given tactic; the service refuses every other change of status.
 */
public final class TacticWorkflow {

    /** Who may take a step, relative to the tactic. */
    public enum Who {
        /** Its owner, or an admin, strategist or marketer. */
        EDITOR,
        /** An editor who may also approve it. */
        APPROVING_EDITOR,
        /** A reviewer (admin, strategist, marketer, coach) who does not own it. */
        REVIEWER_OF_OTHERS,
        /** A reviewer, or an editor who may also approve it. */
        REVIEWER_OR_APPROVING_EDITOR
    }

    /**
     * One step of a tactic's status.
     *
     * @param label what the button says
     */
    public record Step(TacticStatus from, TacticStatus to, String label, Who who) {

        /** Whether the tactic must serve a strategy to take this step (unaligned ideas stay ideas). */
        public boolean needsStrategy() {
            return !to.allowedWhenUnaligned();
        }

        /** Whether the tactic needs a date to take this step. */
        public boolean needsDate() {
            return to == SCHEDULED || to == PUBLISHED;
        }

        /**
         * Whether a social tactic needs every item of the social policy ticked for its current copy
         * to take this step: sending it to review, scheduling it, and approving one's own (a
         * reviewer approving someone else's relies on the author's ticks given when it was sent).
         *
         * @param byOwner whether the person taking the step owns the tactic
         */
        public boolean needsPolicy(boolean byOwner) {
            return to == IN_REVIEW || to == SCHEDULED || (to == APPROVED && byOwner);
        }
    }

    /**
     * Every step, in the order a person is offered them. Where two rows lead to the same status
     * the first one the person may take is the one offered (a reviewer "sends back", the owner
     * "withdraws").
     */
    public static final List<Step> STEPS = List.of(
            new Step(IDEA, DRAFT, "Start drafting", Who.EDITOR),
            new Step(DRAFT, IN_REVIEW, "Send to review", Who.EDITOR),
            new Step(DRAFT, APPROVED, "Approve", Who.APPROVING_EDITOR),
            new Step(DRAFT, SCHEDULED, "Approve and schedule", Who.APPROVING_EDITOR),
            new Step(IN_REVIEW, APPROVED, "Approve", Who.REVIEWER_OR_APPROVING_EDITOR),
            new Step(IN_REVIEW, SCHEDULED, "Approve and schedule", Who.APPROVING_EDITOR),
            new Step(IN_REVIEW, DRAFT, "Send back", Who.REVIEWER_OF_OTHERS),
            new Step(IN_REVIEW, DRAFT, "Withdraw from review", Who.EDITOR),
            new Step(APPROVED, SCHEDULED, "Schedule", Who.APPROVING_EDITOR),
            new Step(APPROVED, PUBLISHED, "Mark published", Who.APPROVING_EDITOR),
            new Step(SCHEDULED, PUBLISHED, "Mark published", Who.APPROVING_EDITOR),
            new Step(APPROVED, DRAFT, "Reopen as draft", Who.EDITOR),
            new Step(SCHEDULED, DRAFT, "Reopen as draft", Who.EDITOR),
            new Step(DRAFT, IDEA, "Back to idea", Who.EDITOR),
            new Step(CANCELLED, DRAFT, "Reopen", Who.EDITOR),
            new Step(CANCELLED, IDEA, "Reopen as idea", Who.EDITOR),
            new Step(IDEA, CANCELLED, "Drop the idea", Who.EDITOR),
            new Step(DRAFT, CANCELLED, "Cancel", Who.EDITOR),
            new Step(IN_REVIEW, CANCELLED, "Cancel", Who.EDITOR),
            new Step(APPROVED, CANCELLED, "Cancel", Who.EDITOR),
            new Step(SCHEDULED, CANCELLED, "Cancel", Who.EDITOR));

    /** The statuses a new tactic may start in: anyone who may create it; approvers also approved and later. */
    public static final List<TacticStatus> STARTS = List.of(IDEA, DRAFT, IN_REVIEW);

    /** The further statuses an approver may give a new tactic (recording what is fixed or already went out). */
    public static final List<TacticStatus> APPROVER_STARTS = List.of(APPROVED, SCHEDULED, PUBLISHED);

    private TacticWorkflow() {}

    /** The steps leading from {@code from} to {@code to}, in table order (empty: no such step). */
    public static List<Step> between(TacticStatus from, TacticStatus to) {
        return STEPS.stream().filter(s -> s.from() == from && s.to() == to).toList();
    }
}

package app.throughline.tactic;

import app.throughline.tactic.TacticWorkflow.Step;
import java.util.List;

/**
 * What the signed-in person may do with one tactic, as the composer ({@code tactic.ui.ComposerView})
 * offers it: its fields, and a button for each of its {@code steps} (decided by
 * {@link TacticPolicy}; the service checks the same rules again on every write).
 *
 * @param mayEdit change its content, date, owner, or delete it
 * @param mayChooseOwner plan it for someone else
 * @param steps the status steps they may take from its current status
 * @param statusChoices the statuses it may have after one step of this person (its current one included)
 */
public record TacticAccess(
        boolean mayEdit, boolean mayChooseOwner, List<Step> steps, List<TacticStatus> statusChoices) {

    /** A reviewer may approve or send back a tactic they cannot otherwise change. */
    public boolean reviewOnly() {
        return !mayEdit && !steps.isEmpty();
    }
}

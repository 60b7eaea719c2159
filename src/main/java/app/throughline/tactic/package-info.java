/** Tactics: saving, rescheduling, the status steps (TacticWorkflow) and who may take them (TacticPolicy). */
@NullMarked
package app.throughline.tactic;

import org.jspecify.annotations.NullMarked;

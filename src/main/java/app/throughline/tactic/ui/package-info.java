/** The composer: one tactic on a page of its own ({@code tactics/{id}}), opened from any view. */
@NullMarked
package app.throughline.tactic.ui;

import org.jspecify.annotations.NullMarked;

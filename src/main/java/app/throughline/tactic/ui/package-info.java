/** The tactic form, opened from any view. */
@NullMarked
package app.throughline.tactic.ui;

import org.jspecify.annotations.NullMarked;

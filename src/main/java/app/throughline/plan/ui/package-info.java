/** The Plan view: the tree grid, its dialogs, and the unaligned ideas. */
@NullMarked
package app.throughline.plan.ui;

import org.jspecify.annotations.NullMarked;

/** The Plan view: the tree grid with its health warnings, its dialogs, the departments of the quarter, and the unaligned ideas. */
@NullMarked
package app.throughline.plan.ui;

import org.jspecify.annotations.NullMarked;

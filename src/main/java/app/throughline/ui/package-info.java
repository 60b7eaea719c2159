/** The app shell: layout and menu, the error handler, notifications and small form helpers. */
@NullMarked
package app.throughline.ui;

import org.jspecify.annotations.NullMarked;

/** The sign-in page. */
@NullMarked
package app.throughline.security.ui;

import org.jspecify.annotations.NullMarked;

/** The in-app pages for an address that leads nowhere, a page not allowed, and a page that failed. */
@NullMarked
package app.throughline.ui.error;

import org.jspecify.annotations.NullMarked;

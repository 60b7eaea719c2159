/** The admin area's pages: departments and channels, and the audit of admin changes. */
@NullMarked
package app.throughline.admin.ui;

import org.jspecify.annotations.NullMarked;

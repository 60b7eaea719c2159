/** The admin's small page for the social policy's checklist. */
@NullMarked
package app.throughline.policy.ui;

import org.jspecify.annotations.NullMarked;

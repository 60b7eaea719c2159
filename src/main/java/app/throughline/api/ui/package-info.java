/** The "API tokens" part of the profile page: create (shown once), list and revoke one's own tokens. */
@NullMarked
package app.throughline.api.ui;

import org.jspecify.annotations.NullMarked;

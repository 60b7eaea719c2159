/** The admin page's webhooks section. */
@NullMarked
package app.throughline.webhook.ui;

import org.jspecify.annotations.NullMarked;

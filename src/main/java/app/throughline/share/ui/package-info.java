/** The share-link management page and the shared, read-only calendar. */
@NullMarked
package app.throughline.share.ui;

import org.jspecify.annotations.NullMarked;

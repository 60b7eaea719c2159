/** The "Calendar feeds" section of the profile page. */
@NullMarked
package app.throughline.feed.ui;

import org.jspecify.annotations.NullMarked;

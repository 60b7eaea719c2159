/** The coach's pages: the review queue with its look back, and the social-policy training. */
@NullMarked
package app.throughline.coaching.ui;

import org.jspecify.annotations.NullMarked;

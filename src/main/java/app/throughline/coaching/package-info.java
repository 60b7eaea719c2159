/**
 * Coaching, not gatekeeping: the coaching thread on each tactic, the review queue, the look back
 * at what trained contributors published without review, and the social-policy training that
 * earns that trust (DESIGN.md: the Contributor and Coach rows, views 3 and 4).
 */
@NullMarked
package app.throughline.coaching;

import org.jspecify.annotations.NullMarked;

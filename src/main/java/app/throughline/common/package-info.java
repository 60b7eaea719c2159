/** What every feature shares: input rules, the words for failures, optimistic locking and form idempotency. */
@NullMarked
package app.throughline.common;

import org.jspecify.annotations.NullMarked;

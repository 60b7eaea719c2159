/**
 * Read-only share links: a filtered calendar for a stakeholder without an account, expiring and
 * revocable, opened at {@code /shared/{token}} (DD018).
 */
@NullMarked
package app.throughline.share;

import org.jspecify.annotations.NullMarked;

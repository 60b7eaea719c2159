/**
 * The record of admin changes (who, when, what before and after), written by the admin area and
 * the social policy in the change's own transaction, and read by the audit page. A neutral
 * package, so that features which an admin changes record here without depending on each other.
 */
@NullMarked
package app.throughline.audit;

import org.jspecify.annotations.NullMarked;

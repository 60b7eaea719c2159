/**
 * The social policy: the short checklist an author ticks before a social tactic goes to review,
 * is approved by its owner or is scheduled (DESIGN.md, "Social policy"), kept by an admin.
 */
@NullMarked
package app.throughline.policy;

import org.jspecify.annotations.NullMarked;

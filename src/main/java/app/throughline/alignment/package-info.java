/**
 * The alignment measures of the design ("Alignment measures" in DESIGN.md): campaign vs branding,
 * channel-kind mix, silos, participation, conversation share, starved objectives and unaligned
 * ideas. Defined once here ({@link app.throughline.alignment.AlignmentRules}) and read by the
 * dashboard and the plan's warnings alike, so the same question gets the same number everywhere.
 */
@NullMarked
package app.throughline.alignment;

import org.jspecify.annotations.NullMarked;

/** The integrated calendar: what a visible period holds, read with one indexed query (DD005, DD007). */
@NullMarked
package app.throughline.calendar;

import org.jspecify.annotations.NullMarked;

/**
 * Listening: the log of what was heard (questions, complaints, praise, ideas, competitors'
 * moves), where and when, and the tactics and strategies it changed, so "what do we do with
 * listening" has an answer on record (DESIGN.md: "Insight" and the "listening acted on" measure).
 */
@NullMarked
package app.throughline.listening;

import org.jspecify.annotations.NullMarked;

/** Throughline: an integrated marketing calendar where every tactic serves a strategy and a business objective. */
@NullMarked
package app.throughline;

import org.jspecify.annotations.NullMarked;

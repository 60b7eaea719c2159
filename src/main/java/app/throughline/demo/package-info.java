/** The demo organisation an empty embedded database is filled with. */
@NullMarked
package app.throughline.demo;

import org.jspecify.annotations.NullMarked;

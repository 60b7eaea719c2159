/** People and departments, as planning needs them. */
@NullMarked
package app.throughline.people;

import org.jspecify.annotations.NullMarked;

/** The embedded MariaDB that runs when no database is configured (DD002), and jOOQ settings. */
@NullMarked
package app.throughline.database;

import org.jspecify.annotations.NullMarked;

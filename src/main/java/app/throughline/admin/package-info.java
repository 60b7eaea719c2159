/**
 * The admin area: departments and channels kept in the app instead of the database, and the
 * audit of every admin change (the social policy has its own page, in {@code policy}). Only
 * admins may read or change anything here; the service checks it on every call.
 */
@NullMarked
package app.throughline.admin;

import org.jspecify.annotations.NullMarked;

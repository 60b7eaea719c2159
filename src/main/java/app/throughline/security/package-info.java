/** Sign-in, roles and the signed-in person; the security filter chain and the sign-in throttle (DD008). */
@NullMarked
package app.throughline.security;

import org.jspecify.annotations.NullMarked;

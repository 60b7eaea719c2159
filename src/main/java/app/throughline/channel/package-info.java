/** Channels tactics go out on, and their kinds (social, owned, earned, event, paid, direct, internal). */
@NullMarked
package app.throughline.channel;

import org.jspecify.annotations.NullMarked;

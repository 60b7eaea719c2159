/**
 * Private iCalendar feeds: each person's subscription URLs for "my tactics" or a calendar filter,
 * served as RFC 5545 at {@code /feed/{token}.ics} outside Vaadin (DD018).
 */
@NullMarked
package app.throughline.feed;

import org.jspecify.annotations.NullMarked;

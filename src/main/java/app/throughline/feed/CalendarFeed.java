package app.throughline.feed;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One of a person's feed URLs, as their profile lists it (the token itself is never kept).
 *
 * @param filterQuery the calendar filter it follows ({@link FilterQuery}); null for "my tactics"
 */
public record CalendarFeed(long id, String name, @Nullable String filterQuery, Instant createdAt) {

    public static final int NAME_MAX = 80;

    /** Whether it shows the person's own tactics rather than a filter. */
    public boolean mine() {
        return filterQuery == null;
    }
}

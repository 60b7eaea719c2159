package app.throughline.share;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A share link as its management page lists it (the token itself is never kept).
 *
 * @param filterQuery the calendar filter it shows ({@code feed.FilterQuery}); empty for the whole calendar
 * @param expiresOn the last day it opens (UTC)
 */
public record ShareLink(
        long id,
        String label,
        String filterQuery,
        boolean showBodies,
        LocalDate expiresOn,
        Instant createdAt,
        long creatorId,
        String creatorName) {

    public static final int LABEL_MAX = 120;

    /** The longest a link may stay open. */
    public static final int MAX_DAYS = 366;

    public boolean expired(LocalDate today) {
        return today.isAfter(expiresOn);
    }
}

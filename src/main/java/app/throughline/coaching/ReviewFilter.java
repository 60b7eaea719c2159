package app.throughline.coaching;

import org.jspecify.annotations.Nullable;

/**
 * What the review queue shows: all of it, or one department's and/or one channel's tactics.
 *
 * @param departmentId null: every department
 * @param channelId null: every channel
 */
public record ReviewFilter(
        @Nullable Long departmentId, @Nullable Long channelId) {

    public static final ReviewFilter ALL = new ReviewFilter(null, null);
}

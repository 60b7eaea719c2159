package app.throughline.feed;

import org.jspecify.annotations.Nullable;

/** Whose a feed is, found by its token: the feed is read with this person's authority. */
public record FeedOwner(
        long feedId,
        long personId,
        String login,
        String name,
        @Nullable String filterQuery) {}

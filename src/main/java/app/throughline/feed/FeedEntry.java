package app.throughline.feed;

import app.throughline.tactic.TacticStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One tactic as a feed or a shared calendar shows it: no body, no owner (DD018).
 *
 * @param end null for a tactic that happens at a moment
 */
public record FeedEntry(
        long id,
        String title,
        String channelName,
        String channelColour,
        Instant start,
        @Nullable Instant end,
        TacticStatus status,
        int version,
        Instant updatedAt) {}

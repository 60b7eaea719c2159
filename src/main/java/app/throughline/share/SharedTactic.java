package app.throughline.share;

import app.throughline.feed.FeedEntry;
import org.jspecify.annotations.Nullable;

/** A tactic clicked on a shared calendar: what the calendar shows, and its body only when the link allows. */
public record SharedTactic(FeedEntry entry, @Nullable String body) {}

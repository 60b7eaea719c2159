package app.throughline.tactic;

import java.time.Instant;

/** A tactic with no strategy above it: kept as an idea, "being there to be there" until linked. */
public record UnalignedIdea(
        long id, String title, String channelName, long ownerId, String ownerName, Instant createdAt, int version) {}

package app.throughline.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A personal API token as its owner sees it in the list: never the token itself, which only its
 * hash in the database could be checked against.
 *
 * @param hint the token's first characters, to tell tokens apart
 * @param lastUsedAt when a request last came with it (to the minute); null if never
 */
public record ApiToken(
        long id,
        String name,
        String hint,
        Instant createdAt,
        @Nullable Instant lastUsedAt) {}

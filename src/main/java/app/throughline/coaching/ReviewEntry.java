package app.throughline.coaching;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A tactic waiting in the review queue (or, in the look back, one a trained contributor
 * approved themselves).
 *
 * @param department the tactic's department; null when it has none
 * @param plannedStart when it is planned to go out; null while undated
 * @param since when it entered review (look back: when it was approved)
 * @param version the tactic's version, for approving or sending back from the list
 * @param ownerId who owns it (a reviewer does not send back their own)
 */
public record ReviewEntry(
        long tacticId,
        String title,
        String author,
        @Nullable String department,
        String channel,
        @Nullable Instant plannedStart,
        Instant since,
        int version,
        long ownerId) {}

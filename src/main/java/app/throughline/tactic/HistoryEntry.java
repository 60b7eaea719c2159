package app.throughline.tactic;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One line of a tactic's history: a status change or an edit, who made it and when.
 *
 * @param who the person's display name; null when the change was made by the system (demo data)
 * @param what what happened, in words: "Draft → In review", "Created as draft", "Changed copy, date"
 * @param status the status it moved to, null for an edit
 */
public record HistoryEntry(
        Instant at,
        @Nullable String who,
        String what,
        @Nullable TacticStatus status) {

    static HistoryEntry statusChange(Instant at, @Nullable String who, @Nullable TacticStatus from, TacticStatus to) {
        String what =
                from == null ? "Created as " + to.label().toLowerCase(Locale.ROOT) : from.label() + " → " + to.label();
        return new HistoryEntry(at, who, what, to);
    }

    static HistoryEntry edit(Instant at, @Nullable String who, String fields) {
        return new HistoryEntry(at, who, "Changed " + fields, null);
    }
}

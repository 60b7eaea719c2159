package app.throughline.listening;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One thing heard, as the log shows it. Plain text: shown as text, never as HTML.
 *
 * @param channelId the channel it was heard on, or null when {@code sourceText} says where
 * @param channelName that channel's name, or null
 * @param sourceText where it was heard when not on a channel, or null
 * @param links how many tactics and strategies it is linked to
 * @param version the row version (optimistic locking)
 */
public record Insight(
        long id,
        String heard,
        @Nullable Long channelId,
        @Nullable String channelName,
        @Nullable String sourceText,
        LocalDate heardOn,
        InsightKind kind,
        long recordedById,
        String recordedBy,
        Instant recordedAt,
        int version,
        int links) {

    /** The longest text an insight holds. */
    public static final int MAX_LENGTH = 5_000;

    /** The longest free-text source. */
    public static final int SOURCE_MAX = 200;

    /**
     * How many days an insight may stay unlinked before it counts as "heard, not acted on":
     * from the 31st day after the day it was heard.
     */
    public static final int ACT_WITHIN_DAYS = 30;

    /** Where it was heard: the channel's name, or the free-text source. */
    public String source() {
        if (channelName != null) {
            return channelName;
        }
        return sourceText == null ? "—" : sourceText;
    }

    /** Linked to at least one tactic or strategy. */
    public boolean actedOn() {
        return links > 0;
    }

    /** "Heard, not acted on" on {@code today}: no link, and heard more than 30 days before it. */
    public boolean notActedOn(LocalDate today) {
        return links == 0 && heardOn.isBefore(notActedOnBefore(today));
    }

    /** Insights heard before this day and still unlinked on {@code today} are "heard, not acted on". */
    public static LocalDate notActedOnBefore(LocalDate today) {
        return today.minusDays(ACT_WITHIN_DAYS);
    }

    /** The insight as its form starts. */
    public InsightDraft draft() {
        return new InsightDraft(heard, channelId, sourceText, heardOn, kind);
    }
}

package app.throughline.tactic;

import app.throughline.channel.CopyCounting;
import app.throughline.common.Check;
import app.throughline.common.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The rules a tactic's fields must meet, whoever writes it: the composer through {@link
 * TacticService}, and the CSV import, which checks a whole file against them before writing any
 * row (DD017). Each rule takes the facts it needs as values, so a caller that looked them up
 * once for many rows checks each row without a database read. A broken rule throws a {@link
 * ValidationException} naming the field.
 */
public final class TacticRules {

    private TacticRules() {}

    public static String title(@Nullable String title) {
        return Check.required("title", "Title", title, Check.NAME_MAX);
    }

    /** The copy with its line breaks normalised (as the channels count it), null when blank. */
    public static @Nullable String body(@Nullable String body) {
        return Check.optional("body", "Copy", body == null ? null : CopyCounting.normalise(body), Check.TEXT_MAX);
    }

    /**
     * A retired channel stays on the tactics that use it but is not offered for new choices.
     *
     * @param newChoice whether the tactic is new or changes to this channel
     */
    public static void channelOffered(String channelName, boolean retired, boolean newChoice) {
        if (retired && newChoice) {
            throw new ValidationException("channelId", "“" + channelName + "” is retired: choose another channel");
        }
    }

    /** The copy fits the channel's longest, counted the channel's way (null: no limit). */
    public static void copyFits(
            String channelName, @Nullable Integer maxLength, CopyCounting counting, @Nullable String body) {
        int length = body == null ? 0 : counting.count(body);
        if (maxLength != null && length > maxLength) {
            throw new ValidationException(
                    "body",
                    channelName + " takes at most " + maxLength + " characters; this copy has " + length + " ("
                            + counting.rule() + ")");
        }
    }

    /** An unaligned tactic stays an undated idea; a scheduled or published one has a date. */
    public static void statusFits(@Nullable Long strategyId, TacticStatus status, @Nullable Instant start) {
        if (strategyId == null && !status.allowedWhenUnaligned()) {
            throw new ValidationException(
                    "status",
                    "An unaligned idea cannot be " + status.label().toLowerCase(Locale.ROOT)
                            + ": link it to a strategy or campaign first");
        }
        if (strategyId == null && start != null) {
            throw new ValidationException(
                    "scheduledStart",
                    "An unaligned idea has no date yet: choose what it " + "serves, or clear the date");
        }
        if (start == null && (status == TacticStatus.SCHEDULED || status == TacticStatus.PUBLISHED)) {
            throw new ValidationException("scheduledStart", "Give the date it goes out");
        }
    }

    /** An end needs a start, comes after it and at most {@link Tactic#MAX_DURATION} later. */
    public static void duration(@Nullable Instant start, @Nullable Instant end) {
        if (end == null) {
            return;
        }
        if (start == null) {
            throw new ValidationException("scheduledStart", "Give a start for a tactic that has an end");
        }
        if (end.isBefore(start)) {
            throw new ValidationException("scheduledEnd", "The end cannot be before the start");
        }
        if (Duration.between(start, end).compareTo(Tactic.MAX_DURATION) > 0) {
            throw new ValidationException(
                    "scheduledEnd",
                    "A tactic can last at most " + Tactic.MAX_DURATION.toDays()
                            + " days; plan longer efforts as a campaign");
        }
    }

    /**
     * Whether a new social tactic starting in {@code status} needs the social policy ticked for
     * its copy (the composer's first step from an idea; {@link TacticWorkflow.Step#needsPolicy}).
     *
     * @param byOwner whether the person planning it owns it
     */
    public static boolean newNeedsPolicy(TacticStatus status, boolean byOwner) {
        return new TacticWorkflow.Step(TacticStatus.IDEA, status, "", TacticWorkflow.Who.EDITOR).needsPolicy(byOwner);
    }
}

package app.throughline.tactic;

import app.throughline.channel.CopyCounting;
import org.jspecify.annotations.Nullable;

/**
 * What a channel asks of a tactic's copy, as the composer shows it while the author types (the
 * service checks the same on save).
 *
 * @param social whether the social policy's checklist applies
 * @param maxLength the longest copy it takes, counted by {@code counting}; null for no limit
 */
public record CopyRules(
        String channelName, boolean social, @Nullable Integer maxLength, CopyCounting counting) {

    /** The copy's length as the channel counts it. */
    public int length(@Nullable String copy) {
        return copy == null || copy.isEmpty() ? 0 : counting.count(copy);
    }

    /** Whether the copy is longer than the channel takes. */
    public boolean tooLong(@Nullable String copy) {
        return maxLength != null && length(copy) > maxLength;
    }
}

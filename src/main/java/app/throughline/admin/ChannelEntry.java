package app.throughline.admin;

import app.throughline.channel.ChannelKind;
import app.throughline.channel.CopyCounting;
import org.jspecify.annotations.Nullable;

/**
 * A channel as the admin keeps it.
 *
 * @param id null until created
 * @param kind null only in a form not yet filled in
 * @param colour #rrggbb, its colour on the calendar
 * @param maxLength the longest copy it takes, or null for no limit
 * @param counting how it counts a copy's length; null only in a form not yet filled in
 * @param retired no longer offered for new tactics (changed by retiring or restoring it, not by saving)
 * @param tactics how many tactics use it (read; not saved)
 */
public record ChannelEntry(
        @Nullable Long id,
        String name,
        @Nullable ChannelKind kind,
        String colour,
        @Nullable Integer maxLength,
        @Nullable CopyCounting counting,
        boolean retired,
        int version,
        int tactics) {

    public static final int NAME_MAX = 100;

    /** A channel not yet created: counted per visible character, in a calm blue. */
    public static ChannelEntry blank() {
        return new ChannelEntry(null, "", null, "#3b6ea5", null, CopyCounting.GRAPHEMES, false, 0, 0);
    }
}

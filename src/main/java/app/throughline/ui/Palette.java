package app.throughline.ui;

import app.throughline.channel.ChannelKind;
import app.throughline.plan.Intent;
import app.throughline.tactic.InteractionMode;

/**
 * The colours that stand for channel kinds, intents and interaction modes wherever they are
 * drawn (dashboard charts, plan badges). The kinds echo the demo channels' own colours (social
 * blue, owned green, earned purple, events orange...), so the calendar and the charts tell the
 * same story; each has at least 3:1 contrast on white, as WCAG asks of graphics.
 */
public final class Palette {

    private Palette() {}

    public static String of(ChannelKind kind) {
        return switch (kind) {
            case SOCIAL -> "#0a66c2";
            case OWNED -> "#2e7d32";
            case EARNED -> "#6a1b9a";
            case EVENT -> "#d84315";
            case PAID -> "#a86b00";
            case DIRECT -> "#00838f";
            case INTERNAL -> "#6d4c41";
        };
    }

    public static String of(Intent intent) {
        return switch (intent) {
            case CAMPAIGN -> "#d84315";
            case BRANDING -> "#3b6ea5";
        };
    }

    public static String of(InteractionMode mode) {
        return switch (mode) {
            case CONVERSATION -> "#00838f";
            case BROADCAST -> "#7a7a7a";
        };
    }

    /** The communications team's own tactics, beside everyone else's. */
    public static final String COMMUNICATIONS_TEAM = "#7a7a7a";

    public static final String OUTSIDE_COMMUNICATIONS = "#2e7d32";

    /** A share drawn as a line over bars: a mid grey, readable on the light and the dark theme. */
    public static final String SHARE_LINE = "#8a8a8a";
}

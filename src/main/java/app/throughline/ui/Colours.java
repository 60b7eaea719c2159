package app.throughline.ui;

import java.util.Locale;

/**
 * Colour arithmetic for text that stays readable on the colours people choose for channels and
 * campaigns (WCAG 2.2 contrast: at least 4.5:1 for text).
 */
public final class Colours {

    public static final String DARK_TEXT = "#1a1a1a";
    public static final String LIGHT_TEXT = "#ffffff";

    private Colours() {}

    /** Dark or white text, whichever reads better on {@code background} (#rrggbb). */
    public static String textOn(String background) {
        return contrast(background, DARK_TEXT) >= contrast(background, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
    }

    /**
     * {@code colour}, darkened just enough that white or dark text on it reaches 4.5:1 (a
     * mid-tone green such as #558b2f reaches neither as it is).
     */
    public static String readableBackground(String colour) {
        String background = colour;
        for (int step = 0; step < 20 && contrast(background, textOn(background)) < 4.5; step++) {
            background = shade(background, 0.93);
        }
        return background;
    }

    private static String shade(String colour, double keep) {
        int[] rgb = rgb(colour);
        var darker = new StringBuilder("#");
        for (int channel : rgb) {
            darker.append(String.format(Locale.ROOT, "%02x", (int) Math.floor(channel * keep)));
        }
        return darker.toString();
    }

    /** {@code colour} mixed with white: {@code share} 0 is white, 1 the colour itself. */
    public static String tint(String colour, double share) {
        int[] rgb = rgb(colour);
        var tinted = new StringBuilder("#");
        for (int channel : rgb) {
            tinted.append(String.format(Locale.ROOT, "%02x", (int) Math.round(255 - (255 - channel) * share)));
        }
        return tinted.toString();
    }

    /** The WCAG contrast ratio of two colours, 1 to 21. */
    public static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String colour) {
        int[] rgb = rgb(colour);
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    private static int[] rgb(String colour) {
        int value = Integer.parseInt(colour.substring(1, 7), 16);
        return new int[] {value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff};
    }
}

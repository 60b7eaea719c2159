package app.throughline.channel;

import com.twitter.twittertext.TwitterTextParser;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * How a channel counts the length of a tactic's copy: the way the channel itself does, so a limit shown in the
 * composer means what the channel will enforce. Counting happens only here, on the server (see
 * docs/design-decisions/DD011-copy-counting.md).
 *
 * <p>Both rules first {@linkplain #normalise(String) normalise line breaks}.
 */
public enum CopyCounting {

    /**
     * X's weighted length (twitter-text, configuration v3): most Latin, Greek, Cyrillic and similar letters count
     * 1; CJK, emoji and everything outside the light ranges count 2, a whole emoji sequence (ZWJ family, flag, skin
     * tone, keycap) 2 as well; every link counts 23 whatever its length. Emoji newer than the library (2020) count
     * as the sum of their parts, which over-counts: the safe side for a limit.
     */
    X_WEIGHTED("As X counts", "Counted as X counts: an emoji or a CJK character counts 2, any link 23") {
        @Override
        int countNormalised(String text) {
            return TwitterTextParser.parseTweet(text).weightedLength;
        }
    },

    /**
     * Visible characters: extended grapheme clusters (Unicode UAX #29, in the JDK's Unicode version), so an emoji
     * sequence, a letter with its combining marks or an Indic conjunct counts 1. Our choice for LinkedIn and
     * Instagram, which do not document theirs.
     */
    GRAPHEMES("Per visible character", "Counted per visible character: an emoji, even a family or a flag, counts 1") {
        @Override
        int countNormalised(String text) {
            // A BreakIterator holds its text, so one per call: an enum constant is shared between threads.
            BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
            characters.setText(text);
            int count = 0;
            while (characters.next() != BreakIterator.DONE) {
                count++;
            }
            return count;
        }
    };

    private final String label;
    private final String rule;

    CopyCounting(String label, String rule) {
        this.label = label;
        this.rule = rule;
    }

    /** A short name for the rule, for a list to choose it from. */
    public String label() {
        return label;
    }

    /** One line that tells the user how their copy is counted, to show next to the counter. */
    public String rule() {
        return rule;
    }

    /** The length of the copy as the channel counts it, after {@linkplain #normalise(String) normalising}. */
    public int count(String text) {
        return countNormalised(normalise(text));
    }

    abstract int countNormalised(String text);

    /**
     * The copy with every line break as {@code \n}: {@code \r\n} and a lone {@code \r} become {@code \n}.
     *
     * <p>Why: a browser's text area always hands over {@code \n}, but copy that comes in through an import or the
     * API may carry {@code \r\n} (or an old lone {@code \r}). X counts {@code \r\n} as 2 where {@code \n} counts 1,
     * so without this the same text would count differently depending on where it came from, and differently from
     * what the writer saw in the composer. The server stores the normalised copy, so what is stored is what was
     * counted, and one line break is one line break on every channel.
     */
    public static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}

package app.throughline.people;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a person changes about themself on the profile page.
 *
 * @param topics what they know about, at most {@value #TOPICS_MAX} of at most {@value #TOPIC_MAX} characters each
 * @param locale how dates and numbers are shown to them; null follows the browser
 * @param version the row's version when it was read (optimistic locking)
 */
public record Profile(
        long personId,
        String login,
        String displayName,
        List<String> topics,
        ZoneId zone,
        @Nullable Locale locale,
        int version) {

    public static final int DISPLAY_NAME_MAX = 120;
    public static final int TOPIC_MAX = 60;
    public static final int TOPICS_MAX = 20;

    /** The locales a person may choose (besides following the browser), in the order offered. */
    public static final List<Locale> LOCALES = List.of(
            Locale.forLanguageTag("en-GB"),
            Locale.forLanguageTag("en-IE"),
            Locale.forLanguageTag("en-US"),
            Locale.forLanguageTag("cs-CZ"),
            Locale.forLanguageTag("da-DK"),
            Locale.forLanguageTag("de-AT"),
            Locale.forLanguageTag("de-CH"),
            Locale.forLanguageTag("de-DE"),
            Locale.forLanguageTag("es-ES"),
            Locale.forLanguageTag("fi-FI"),
            Locale.forLanguageTag("fr-FR"),
            Locale.forLanguageTag("it-IT"),
            Locale.forLanguageTag("nl-NL"),
            Locale.forLanguageTag("nb-NO"),
            Locale.forLanguageTag("pl-PL"),
            Locale.forLanguageTag("pt-BR"),
            Locale.forLanguageTag("pt-PT"),
            Locale.forLanguageTag("sv-SE"),
            Locale.forLanguageTag("ja-JP"));

    /** The time zones a person may choose: the regions (such as Europe/Berlin) and UTC, by name. */
    public static List<ZoneId> zones() {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(id ->
                        id.equals("UTC") || (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")))
                .sorted()
                .map(ZoneId::of)
                .toList();
    }
}

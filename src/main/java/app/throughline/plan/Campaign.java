package app.throughline.plan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A campaign under a strategy: a time-boxed push ({@link Intent#CAMPAIGN}) or an always-on
 * theme ({@link Intent#BRANDING}), drawn on the calendar as a band in its colour.
 */
public record Campaign(
        @Nullable Long id,
        long strategyId,
        String name,
        @Nullable String description,
        Intent intent,
        long ownerId,
        LocalDate startsOn,
        LocalDate endsOn,
        String colour,
        int version) {

    public static final String DEFAULT_COLOUR = "#3b6ea5";

    public Campaign withName(String newName) {
        return new Campaign(id, strategyId, newName, description, intent, ownerId, startsOn, endsOn, colour, version);
    }

    public static Campaign blank(long strategyId, long ownerId, LocalDate today) {
        return new Campaign(
                null, strategyId, "", null, Intent.CAMPAIGN, ownerId, today, today.plusWeeks(6), DEFAULT_COLOUR, 0);
    }
}

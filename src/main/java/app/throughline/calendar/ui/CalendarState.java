package app.throughline.calendar.ui;

import app.throughline.calendar.CalendarFilter;
import app.throughline.calendar.CalendarPeriod;
import app.throughline.calendar.CalendarPeriod.Layout;
import app.throughline.channel.ChannelKind;
import app.throughline.plan.Intent;
import app.throughline.tactic.TacticStatus;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything that decides what the calendar shows, as it is written in the URL:
 * {@code ?view=week&date=2027-03-01&channel=4&department=2&colour=objective&campaigns=off}.
 * Unknown or malformed parameters are ignored rather than failing, since links get edited by hand.
 *
 * @param campaigns whether the grids draw campaign bands
 */
record CalendarState(CalendarPeriod period, CalendarFilter filter, ColourBy colourBy, boolean campaigns) {

    /** Whether the URL names a layout; without one, a narrow window gets the list. */
    static boolean namesLayout(QueryParameters query) {
        return first(query.getParameters(), "view").isPresent();
    }

    static CalendarState fromQuery(QueryParameters query, LocalDate today) {
        Map<String, List<String>> p = query.getParameters();
        Layout layout = enumValue(p, "view", Layout.class).orElse(Layout.MONTH);
        LocalDate date = first(p, "date").flatMap(CalendarState::date).orElse(today);
        var filter = new CalendarFilter(
                id(p, "objective"),
                id(p, "strategy"),
                id(p, "campaign"),
                id(p, "channel"),
                enumValue(p, "kind", ChannelKind.class).orElse(null),
                id(p, "department"),
                enumValue(p, "status", TacticStatus.class).orElse(null),
                enumValue(p, "intent", Intent.class).orElse(null),
                id(p, "owner"));
        ColourBy colourBy = enumValue(p, "colour", ColourBy.class).orElse(ColourBy.CHANNEL);
        boolean campaigns = !first(p, "campaigns").filter("off"::equals).isPresent();
        return new CalendarState(new CalendarPeriod(layout, date), filter, colourBy, campaigns);
    }

    QueryParameters toQuery() {
        var p = new LinkedHashMap<String, String>();
        p.put("view", period.layout().name().toLowerCase(Locale.ROOT));
        p.put("date", period.anchor().toString());
        put(p, "objective", filter.objectiveId());
        put(p, "strategy", filter.strategyId());
        put(p, "campaign", filter.campaignId());
        put(p, "channel", filter.channelId());
        put(p, "kind", filter.channelKind());
        put(p, "department", filter.departmentId());
        put(p, "status", filter.status());
        put(p, "intent", filter.intent());
        put(p, "owner", filter.ownerId());
        if (colourBy != ColourBy.CHANNEL) {
            p.put("colour", colourBy.name().toLowerCase(Locale.ROOT));
        }
        if (!campaigns) {
            p.put("campaigns", "off");
        }
        return QueryParameters.simple(p);
    }

    CalendarState with(CalendarPeriod newPeriod) {
        return new CalendarState(newPeriod, filter, colourBy, campaigns);
    }

    CalendarState with(CalendarFilter newFilter) {
        return new CalendarState(period, newFilter, colourBy, campaigns);
    }

    CalendarState with(ColourBy newColourBy) {
        return new CalendarState(period, filter, newColourBy, campaigns);
    }

    CalendarState withCampaigns(boolean shown) {
        return new CalendarState(period, filter, colourBy, shown);
    }

    private static void put(Map<String, String> p, String name, @Nullable Object value) {
        if (value != null) {
            p.put(name, value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : value.toString());
        }
    }

    private static Optional<String> first(Map<String, List<String>> p, String name) {
        return Optional.ofNullable(p.get(name)).filter(v -> !v.isEmpty()).map(List::getFirst);
    }

    private static @Nullable Long id(Map<String, List<String>> p, String name) {
        return first(p, name)
                .filter(v -> v.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Map<String, List<String>> p, String name, Class<E> type) {
        return first(p, name).flatMap(v -> {
            try {
                return Optional.of(Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        });
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(value.length() == 7 ? LocalDate.parse(value + "-01") : LocalDate.parse(value));
        } catch (DateTimeParseException malformed) {
            return Optional.empty();
        }
    }
}

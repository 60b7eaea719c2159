package app.throughline.feed;

import app.throughline.calendar.CalendarFilter;
import app.throughline.channel.ChannelKind;
import app.throughline.plan.Intent;
import app.throughline.tactic.TacticStatus;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A calendar filter as the calendar writes it in its address ({@code calendar.ui.CalendarState}):
 * {@code objective=3&channel=4&kind=social&status=approved&owner=7}. Feeds and share links store
 * this text and read it again at every request, so a filter keeps its meaning as the plan changes.
 * Like the calendar, unknown or malformed parts are left out rather than refused; period, layout
 * and colour parameters are ignored (a feed has its own window).
 */
public final class FilterQuery {

    private static final String[] NAMES = {
        "objective", "strategy", "campaign", "channel", "kind", "department", "status", "intent", "owner"
    };

    private FilterQuery() {}

    /**
     * The filter of a calendar address, a whole URL ({@code https://.../?channel=4}) or only its
     * query ({@code channel=4}).
     */
    public static CalendarFilter parse(@Nullable String address) {
        Map<String, String> p = parameters(address);
        return new CalendarFilter(
                id(p, "objective"),
                id(p, "strategy"),
                id(p, "campaign"),
                id(p, "channel"),
                enumValue(p, "kind", ChannelKind.class),
                id(p, "department"),
                enumValue(p, "status", TacticStatus.class),
                enumValue(p, "intent", Intent.class),
                id(p, "owner"));
    }

    /** The filter written back as a query, in the calendar's order and spelling; empty for no filter. */
    public static String of(CalendarFilter f) {
        var p = new LinkedHashMap<String, @Nullable Object>();
        p.put("objective", f.objectiveId());
        p.put("strategy", f.strategyId());
        p.put("campaign", f.campaignId());
        p.put("channel", f.channelId());
        p.put("kind", f.channelKind());
        p.put("department", f.departmentId());
        p.put("status", f.status());
        p.put("intent", f.intent());
        p.put("owner", f.ownerId());
        var query = new StringBuilder();
        for (var part : p.entrySet()) {
            Object value = part.getValue();
            if (value != null) {
                query.append(query.isEmpty() ? "" : "&")
                        .append(part.getKey())
                        .append('=')
                        .append(value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : value.toString());
            }
        }
        return query.toString();
    }

    /** Only the filter of an address, in canonical form: what a feed or a share link stores. */
    public static String normalise(@Nullable String address) {
        return of(parse(address));
    }

    private static Map<String, String> parameters(@Nullable String address) {
        var p = new LinkedHashMap<String, String>();
        if (address == null) {
            return p;
        }
        String query = address.strip();
        int mark = query.indexOf('?');
        if (mark >= 0) {
            query = query.substring(mark + 1);
        }
        int fragment = query.indexOf('#');
        if (fragment >= 0) {
            query = query.substring(0, fragment);
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = decode(pair.substring(0, eq));
            for (String known : NAMES) {
                if (known.equals(name)) {
                    p.putIfAbsent(name, decode(pair.substring(eq + 1)));
                }
            }
        }
        return p;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }

    private static @Nullable Long id(Map<String, String> p, String name) {
        String value = p.get(name);
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }

    private static <E extends Enum<E>> @Nullable E enumValue(Map<String, String> p, String name, Class<E> type) {
        String value = p.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}

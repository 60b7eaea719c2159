package app.throughline.dashboard.ui;

import app.throughline.alignment.AlignmentFilter;
import app.throughline.alignment.PeriodKind;
import app.throughline.alignment.ReportPeriod;
import app.throughline.channel.ChannelKind;
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
 * What the dashboard shows, as it is kept in the URL: {@code ?period=quarter&date=2026-10-01}
 * (any day of the month, quarter or year), {@code ?period=custom&from=…&to=…}, and the filters
 * {@code objective}, {@code department} and {@code kind}. Malformed parameters fall back to the
 * default (this quarter, no filter) rather than failing, since links get edited by hand.
 */
record DashboardState(ReportPeriod period, AlignmentFilter filter) {

    static DashboardState fromQuery(QueryParameters query, LocalDate today) {
        Map<String, List<String>> p = query.getParameters();
        PeriodKind kind =
                first(p, "period").flatMap(v -> parseEnum(PeriodKind.class, v)).orElse(PeriodKind.QUARTER);
        ReportPeriod period;
        if (kind == PeriodKind.CUSTOM) {
            var from = first(p, "from").flatMap(DashboardState::parseDate);
            var to = first(p, "to").flatMap(DashboardState::parseDate);
            period = from.isPresent() && to.isPresent() ? custom(from.get(), to.get(), today) : quarter(today);
        } else {
            period = ReportPeriod.of(
                    kind, first(p, "date").flatMap(DashboardState::parseDate).orElse(today));
        }
        var filter = AlignmentFilter.of(
                id(p, "objective"),
                id(p, "department"),
                first(p, "kind").flatMap(v -> parseEnum(ChannelKind.class, v)).orElse(null));
        return new DashboardState(period, filter);
    }

    QueryParameters toQuery() {
        var p = new LinkedHashMap<String, String>();
        p.put("period", period.kind().name().toLowerCase(Locale.ROOT));
        if (period.kind() == PeriodKind.CUSTOM) {
            p.put("from", period.first().toString());
            p.put("to", period.last().toString());
        } else {
            p.put("date", period.first().toString());
        }
        put(p, "objective", filter.objectiveId());
        put(p, "department", filter.departmentId());
        put(
                p,
                "kind",
                filter.channelKind() == null
                        ? null
                        : filter.channelKind().name().toLowerCase(Locale.ROOT));
        return QueryParameters.simple(p);
    }

    DashboardState with(ReportPeriod newPeriod) {
        return new DashboardState(newPeriod, filter);
    }

    DashboardState with(AlignmentFilter newFilter) {
        return new DashboardState(period, newFilter);
    }

    private static ReportPeriod quarter(LocalDate today) {
        return ReportPeriod.of(PeriodKind.QUARTER, today);
    }

    private static ReportPeriod custom(LocalDate from, LocalDate to, LocalDate today) {
        try {
            return ReportPeriod.custom(from, to);
        } catch (IllegalArgumentException e) {
            return quarter(today);
        }
    }

    private static void put(Map<String, String> p, String key, @Nullable Object value) {
        if (value != null) {
            p.put(key, value.toString());
        }
    }

    private static Optional<String> first(Map<String, List<String>> p, String key) {
        return p.getOrDefault(key, List.of()).stream().findFirst();
    }

    private static @Nullable Long id(Map<String, List<String>> p, String key) {
        return first(p, key)
                .flatMap(v -> {
                    try {
                        return Optional.of(Long.parseLong(v));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                })
                .orElse(null);
    }

    /** A date the database can hold (years 1000 to 9999); anything else is ignored. */
    private static Optional<LocalDate> parseDate(String value) {
        try {
            LocalDate day = LocalDate.parse(value);
            return day.getYear() >= 1000 && day.getYear() <= 9998 ? Optional.of(day) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

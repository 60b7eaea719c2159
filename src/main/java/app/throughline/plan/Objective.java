package app.throughline.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A business objective, the root of the plan tree: what the business wants, measured by a KPI.
 *
 * @param id null until saved
 * @param version the row version the editor started from (optimistic locking)
 */
public record Objective(
        @Nullable Long id,
        String name,
        @Nullable String description,
        long ownerId,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable String kpiMetric,
        @Nullable BigDecimal kpiBaseline,
        @Nullable BigDecimal kpiTarget,
        @Nullable BigDecimal kpiCurrent,
        int version) {

    public static Objective blank(long ownerId, LocalDate today) {
        return new Objective(
                null, "", null, ownerId, today, today.plusYears(1).minusDays(1), null, null, null, null, 0);
    }

    public Objective withName(String newName) {
        return new Objective(
                id,
                newName,
                description,
                ownerId,
                startsOn,
                endsOn,
                kpiMetric,
                kpiBaseline,
                kpiTarget,
                kpiCurrent,
                version);
    }
}

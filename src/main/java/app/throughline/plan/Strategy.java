package app.throughline.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A marketing strategy: how marketing serves one business objective, for one audience. */
public record Strategy(
        @Nullable Long id,
        long objectiveId,
        String name,
        @Nullable String description,
        long ownerId,
        @Nullable String audience,
        @Nullable String kpiMetric,
        @Nullable BigDecimal kpiTarget,
        LocalDate startsOn,
        LocalDate endsOn,
        int version) {

    public static Strategy blank(long objectiveId, long ownerId, LocalDate startsOn, LocalDate endsOn) {
        return new Strategy(null, objectiveId, "", null, ownerId, null, null, null, startsOn, endsOn, 0);
    }

    public Strategy withName(String newName) {
        return new Strategy(
                id,
                objectiveId,
                newName,
                description,
                ownerId,
                audience,
                kpiMetric,
                kpiTarget,
                startsOn,
                endsOn,
                version);
    }
}

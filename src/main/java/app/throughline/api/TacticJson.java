package app.throughline.api;

import app.throughline.plan.Intent;
import app.throughline.tactic.InteractionMode;
import app.throughline.tactic.Tactic;
import app.throughline.tactic.TacticStatus;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A tactic as the API returns it (GET, and the answer to a create or update).
 *
 * @param strategyId null for an unaligned idea
 * @param version send it back with an update: a newer one on the server answers 409
 */
record TacticJson(
        long id,
        @Nullable Long strategyId,
        @Nullable Long campaignId,
        String title,
        @Nullable String body,
        @Nullable Long channelId,
        @Nullable Instant scheduledStart,
        @Nullable Instant scheduledEnd,
        TacticStatus status,
        long ownerId,
        @Nullable Long departmentId,
        @Nullable Intent intent,
        @Nullable InteractionMode interactionMode,
        @Nullable String notes,
        int version) {

    static TacticJson of(Tactic t) {
        return new TacticJson(
                Objects.requireNonNull(t.id()),
                t.strategyId(),
                t.campaignId(),
                t.title(),
                t.body(),
                t.channelId(),
                t.scheduledStart(),
                t.scheduledEnd(),
                t.status(),
                t.ownerId(),
                t.departmentId(),
                t.intent(),
                t.interactionMode(),
                t.notes(),
                t.version());
    }
}

package app.throughline.api;

import app.throughline.plan.Intent;
import app.throughline.tactic.InteractionMode;
import app.throughline.tactic.TacticStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The body of a create (POST) or an update (PUT) of a tactic. An update replaces every field
 * here (absent is empty), so read the tactic, change it and send it back whole.
 *
 * @param status absent: a new tactic is an idea without a strategy, else a draft; an update keeps the status
 * @param ownerId absent: a new tactic is the caller's, an update keeps the owner
 * @param version required for an update: the version read
 */
record TacticInput(
        @Nullable String title,
        @Nullable String body,
        @Nullable Long channelId,
        @Nullable Long strategyId,
        @Nullable Long campaignId,
        @Nullable Instant scheduledStart,
        @Nullable Instant scheduledEnd,
        @Nullable TacticStatus status,
        @Nullable Long ownerId,
        @Nullable Intent intent,
        @Nullable InteractionMode interactionMode,
        @Nullable String notes,
        @Nullable Integer version) {}

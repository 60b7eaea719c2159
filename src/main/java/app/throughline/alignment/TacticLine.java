package app.throughline.alignment;

import app.throughline.channel.ChannelKind;
import app.throughline.plan.Intent;
import app.throughline.tactic.InteractionMode;
import app.throughline.tactic.TacticStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One tactic behind a figure, as the dashboard's list shows it. */
public record TacticLine(
        long id,
        String title,
        String channel,
        ChannelKind kind,
        Instant start,
        String owner,
        @Nullable String department,
        TacticStatus status,
        Intent intent,
        InteractionMode mode) {}

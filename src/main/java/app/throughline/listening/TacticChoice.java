package app.throughline.listening;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A tactic as the "link to a tactic" picker offers it. */
public record TacticChoice(long id, String title, @Nullable Instant start, String channel) {}

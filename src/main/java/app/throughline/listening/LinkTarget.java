package app.throughline.listening;

import org.jspecify.annotations.Nullable;

/** A tactic or a strategy an insight is linked to: exactly one of the ids is set. */
public record LinkTarget(@Nullable Long tacticId, @Nullable Long strategyId) {

    public LinkTarget {
        if ((tacticId == null) == (strategyId == null)) {
            throw new IllegalArgumentException("A link points at a tactic or a strategy");
        }
    }

    public static LinkTarget tactic(long tacticId) {
        return new LinkTarget(tacticId, null);
    }

    public static LinkTarget strategy(long strategyId) {
        return new LinkTarget(null, strategyId);
    }
}

package app.throughline.listening;

import org.jspecify.annotations.Nullable;

/**
 * Which insights the log lists.
 *
 * @param kind only this kind; null for every kind
 * @param notActedOn only those "heard, not acted on" ({@link Insight#notActedOn})
 */
public record InsightFilter(@Nullable InsightKind kind, boolean notActedOn) {

    public static final InsightFilter ALL = new InsightFilter(null, false);
}

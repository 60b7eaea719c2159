package app.throughline.listening;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * The "listening acted on" figure (DESIGN.md, Alignment measures) for the days {@code first} to
 * {@code last} inclusive: of the {@code heard} insights heard on those days, {@code actedOn} are
 * linked to at least one tactic or strategy now. See {@link ListeningService#actedOnShare(LocalDate, LocalDate)}.
 */
public record ActedOnShare(LocalDate first, LocalDate last, int heard, int actedOn) {

    /** actedOn / heard, between 0 and 1; empty when nothing was heard in the period. */
    public OptionalDouble share() {
        return heard == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) actedOn / heard);
    }

    /** The share in whole percent, rounded half up; empty when nothing was heard. */
    public OptionalDouble percent() {
        return heard == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.round(100.0 * actedOn / heard));
    }
}

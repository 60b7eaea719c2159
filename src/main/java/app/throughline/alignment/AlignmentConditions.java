package app.throughline.alignment;

import java.time.Instant;
import org.jooq.Condition;

/**
 * The dashboard's conditions for the tactics behind a figure, for other readers of the same
 * tactics (the CSV export of a dashboard table, DD017). They name the tactic table only.
 */
public final class AlignmentConditions {

    private AlignmentConditions() {}

    /** The tactics a dashboard figure counts for [from, to) and {@code filter}: its table's rows. */
    public static Condition counted(Instant from, Instant to, AlignmentFilter filter) {
        return AlignmentQuery.counted(from, to, filter);
    }
}

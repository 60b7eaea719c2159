package app.throughline.plan;

import static app.throughline.db.Tables.PLAN_TALLY;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Reads {@code plan_tally}: how many tactics hang where in the plan, kept exact by triggers on
 * every tactic write (changeset 007, DD010). Strategy {@value #UNALIGNED} holds the unaligned
 * ideas, campaign 0 the tactics directly under a strategy.
 */
@Component
public class PlanTally {

    /** The strategy id under which the tally keeps tactics that serve no strategy. */
    public static final long UNALIGNED = 0L;

    private final DSLContext db;

    PlanTally(DSLContext db) {
        this.db = db;
    }

    /** How many tactics serve no strategy: one indexed read, whatever the table size. */
    public int unaligned() {
        BigDecimal sum = db.select(DSL.sum(PLAN_TALLY.TACTICS))
                .from(PLAN_TALLY)
                .where(PLAN_TALLY.MARKETING_STRATEGY_ID.eq(UNALIGNED))
                .fetchSingle()
                .value1();
        return sum == null ? 0 : sum.intValue();
    }
}

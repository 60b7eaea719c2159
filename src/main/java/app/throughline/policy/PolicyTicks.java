package app.throughline.policy;

import static app.throughline.db.Tables.SOCIAL_POLICY_ITEM;
import static app.throughline.db.Tables.TACTIC_POLICY_TICK;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The ticks an author gave the checklist for a tactic's current copy. Written only inside the
 * tactic service's transactions (which decide who may tick), so it opens none of its own.
 */
@Repository
public class PolicyTicks {

    private final DSLContext db;

    PolicyTicks(DSLContext db) {
        this.db = db;
    }

    /** The items ticked for the tactic's current copy. */
    public Set<Long> ticked(long tacticId) {
        return new HashSet<>(db.select(TACTIC_POLICY_TICK.SOCIAL_POLICY_ITEM_ID)
                .from(TACTIC_POLICY_TICK)
                .where(TACTIC_POLICY_TICK.TACTIC_ID.eq(tacticId))
                .fetch(TACTIC_POLICY_TICK.SOCIAL_POLICY_ITEM_ID));
    }

    /** The active items not ticked for the tactic's current copy, in checklist order. */
    public List<String> missing(long tacticId) {
        var i = SOCIAL_POLICY_ITEM;
        return db.select(i.TEXT)
                .from(i)
                .where(i.ACTIVE.isTrue())
                .andNotExists(db.selectOne()
                        .from(TACTIC_POLICY_TICK)
                        .where(TACTIC_POLICY_TICK.TACTIC_ID.eq(tacticId))
                        .and(TACTIC_POLICY_TICK.SOCIAL_POLICY_ITEM_ID.eq(i.SOCIAL_POLICY_ITEM_ID)))
                .orderBy(i.POSITION, i.SOCIAL_POLICY_ITEM_ID)
                .fetch(i.TEXT);
    }

    /**
     * Makes {@code items} the ticks for the tactic's copy as it stands at {@code tacticVersion}:
     * items ticked before and still ticked keep their first tick; unticked ones are removed.
     * Unknown or retired item ids are ignored.
     */
    public void replace(long tacticId, int tacticVersion, Set<Long> items, long by, Instant now) {
        var t = TACTIC_POLICY_TICK;
        if (items.isEmpty()) {
            clear(tacticId);
            return;
        }
        db.deleteFrom(t)
                .where(t.TACTIC_ID.eq(tacticId))
                .and(t.SOCIAL_POLICY_ITEM_ID.notIn(items))
                .execute();
        db.insertInto(t, t.TACTIC_ID, t.SOCIAL_POLICY_ITEM_ID, t.TACTIC_VERSION, t.TICKED_BY, t.TICKED_AT)
                .select(db.select(
                                DSL.val(tacticId),
                                SOCIAL_POLICY_ITEM.SOCIAL_POLICY_ITEM_ID,
                                DSL.val(tacticVersion),
                                DSL.val(by),
                                DSL.val(now))
                        .from(SOCIAL_POLICY_ITEM)
                        .where(SOCIAL_POLICY_ITEM.SOCIAL_POLICY_ITEM_ID.in(items))
                        .and(SOCIAL_POLICY_ITEM.ACTIVE.isTrue()))
                .onDuplicateKeyIgnore()
                .execute();
    }

    /** Removes every tick of the tactic: its copy changed, so they no longer stand. */
    public void clear(long tacticId) {
        db.deleteFrom(TACTIC_POLICY_TICK)
                .where(TACTIC_POLICY_TICK.TACTIC_ID.eq(tacticId))
                .execute();
    }
}

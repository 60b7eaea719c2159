package app.throughline.plan;

import static app.throughline.db.Tables.BUSINESS_OBJECTIVE;
import static app.throughline.db.Tables.CAMPAIGN;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.TACTIC;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes objectives, strategies and campaigns. Every update and delete names the
 * version the user started from and touches no row when it has moved on (optimistic locking);
 * the service turns that into a message.
 */
@Repository
class PlanRepository {

    private final DSLContext db;

    PlanRepository(DSLContext db) {
        this.db = db;
    }

    // --- objectives ---------------------------------------------------------------------------

    Optional<Objective> objective(long id) {
        var o = BUSINESS_OBJECTIVE;
        return db.select(
                        o.BUSINESS_OBJECTIVE_ID,
                        o.NAME,
                        o.DESCRIPTION,
                        o.OWNER_ID,
                        o.STARTS_ON,
                        o.ENDS_ON,
                        o.KPI_METRIC,
                        o.KPI_BASELINE,
                        o.KPI_TARGET,
                        o.KPI_CURRENT,
                        o.VERSION)
                .from(o)
                .where(o.BUSINESS_OBJECTIVE_ID.eq(id))
                .fetchOptional(Records.mapping(Objective::new));
    }

    /** The columns a user edits, shared by insert and update. */
    private static Map<Field<?>, Object> values(Objective x) {
        var o = BUSINESS_OBJECTIVE;
        var values = new LinkedHashMap<Field<?>, Object>();
        values.put(o.NAME, x.name());
        values.put(o.DESCRIPTION, x.description());
        values.put(o.OWNER_ID, x.ownerId());
        values.put(o.STARTS_ON, x.startsOn());
        values.put(o.ENDS_ON, x.endsOn());
        values.put(o.KPI_METRIC, x.kpiMetric());
        values.put(o.KPI_BASELINE, x.kpiBaseline());
        values.put(o.KPI_TARGET, x.kpiTarget());
        values.put(o.KPI_CURRENT, x.kpiCurrent());
        return values;
    }

    long insert(Objective x, long by, Instant now) {
        var o = BUSINESS_OBJECTIVE;
        return db.insertInto(o)
                .set(values(x))
                .set(o.CREATED_BY, by)
                .set(o.CREATED_AT, now)
                .set(o.UPDATED_BY, by)
                .set(o.UPDATED_AT, now)
                .returningResult(o.BUSINESS_OBJECTIVE_ID)
                .fetchSingle()
                .value1();
    }

    boolean update(Objective x, long by, Instant now) {
        var o = BUSINESS_OBJECTIVE;
        return db.update(o)
                        .set(values(x))
                        .set(o.VERSION, o.VERSION.plus(1))
                        .set(o.UPDATED_BY, by)
                        .set(o.UPDATED_AT, now)
                        .where(o.BUSINESS_OBJECTIVE_ID.eq(x.id()).and(o.VERSION.eq(x.version())))
                        .execute()
                == 1;
    }

    // --- strategies ---------------------------------------------------------------------------

    Optional<Strategy> strategy(long id) {
        var s = MARKETING_STRATEGY;
        return db.select(
                        s.MARKETING_STRATEGY_ID,
                        s.BUSINESS_OBJECTIVE_ID,
                        s.NAME,
                        s.DESCRIPTION,
                        s.OWNER_ID,
                        s.AUDIENCE,
                        s.KPI_METRIC,
                        s.KPI_TARGET,
                        s.STARTS_ON,
                        s.ENDS_ON,
                        s.VERSION)
                .from(s)
                .where(s.MARKETING_STRATEGY_ID.eq(id))
                .fetchOptional(Records.mapping(Strategy::new));
    }

    private static Map<Field<?>, Object> values(Strategy x) {
        var s = MARKETING_STRATEGY;
        var values = new LinkedHashMap<Field<?>, Object>();
        values.put(s.BUSINESS_OBJECTIVE_ID, x.objectiveId());
        values.put(s.NAME, x.name());
        values.put(s.DESCRIPTION, x.description());
        values.put(s.OWNER_ID, x.ownerId());
        values.put(s.AUDIENCE, x.audience());
        values.put(s.KPI_METRIC, x.kpiMetric());
        values.put(s.KPI_TARGET, x.kpiTarget());
        values.put(s.STARTS_ON, x.startsOn());
        values.put(s.ENDS_ON, x.endsOn());
        return values;
    }

    long insert(Strategy x, long by, Instant now) {
        var s = MARKETING_STRATEGY;
        return db.insertInto(s)
                .set(values(x))
                .set(s.CREATED_BY, by)
                .set(s.CREATED_AT, now)
                .set(s.UPDATED_BY, by)
                .set(s.UPDATED_AT, now)
                .returningResult(s.MARKETING_STRATEGY_ID)
                .fetchSingle()
                .value1();
    }

    boolean update(Strategy x, long by, Instant now) {
        var s = MARKETING_STRATEGY;
        return db.update(s)
                        .set(values(x))
                        .set(s.VERSION, s.VERSION.plus(1))
                        .set(s.UPDATED_BY, by)
                        .set(s.UPDATED_AT, now)
                        .where(s.MARKETING_STRATEGY_ID.eq(x.id()).and(s.VERSION.eq(x.version())))
                        .execute()
                == 1;
    }

    // --- campaigns ----------------------------------------------------------------------------

    Optional<Campaign> campaign(long id) {
        var c = CAMPAIGN;
        return db.select(
                        c.CAMPAIGN_ID,
                        c.MARKETING_STRATEGY_ID,
                        c.NAME,
                        c.DESCRIPTION,
                        c.INTENT,
                        c.OWNER_ID,
                        c.STARTS_ON,
                        c.ENDS_ON,
                        c.COLOUR,
                        c.VERSION)
                .from(c)
                .where(c.CAMPAIGN_ID.eq(id))
                .fetchOptional(Records.mapping(Campaign::new));
    }

    private static Map<Field<?>, Object> values(Campaign x) {
        var c = CAMPAIGN;
        var values = new LinkedHashMap<Field<?>, Object>();
        values.put(c.MARKETING_STRATEGY_ID, x.strategyId());
        values.put(c.NAME, x.name());
        values.put(c.DESCRIPTION, x.description());
        values.put(c.INTENT, x.intent());
        values.put(c.OWNER_ID, x.ownerId());
        values.put(c.STARTS_ON, x.startsOn());
        values.put(c.ENDS_ON, x.endsOn());
        values.put(c.COLOUR, x.colour());
        return values;
    }

    long insert(Campaign x, long by, Instant now) {
        var c = CAMPAIGN;
        return db.insertInto(c)
                .set(values(x))
                .set(c.CREATED_BY, by)
                .set(c.CREATED_AT, now)
                .set(c.UPDATED_BY, by)
                .set(c.UPDATED_AT, now)
                .returningResult(c.CAMPAIGN_ID)
                .fetchSingle()
                .value1();
    }

    boolean update(Campaign x, long by, Instant now) {
        var c = CAMPAIGN;
        boolean updated = db.update(c)
                        .set(values(x))
                        .set(c.VERSION, c.VERSION.plus(1))
                        .set(c.UPDATED_BY, by)
                        .set(c.UPDATED_AT, now)
                        .where(c.CAMPAIGN_ID.eq(x.id()).and(c.VERSION.eq(x.version())))
                        .execute()
                == 1;
        if (updated) {
            // a tactic stores its campaign's strategy (DD004): keep them in step when a campaign moves
            db.update(TACTIC)
                    .set(TACTIC.MARKETING_STRATEGY_ID, x.strategyId())
                    .where(TACTIC.CAMPAIGN_ID.eq(x.id()))
                    .and(TACTIC.MARKETING_STRATEGY_ID.ne(x.strategyId()))
                    .execute();
        }
        return updated;
    }

    // --- deleting whole branches --------------------------------------------------------------

    DeletionImpact objectiveImpact(long id, String name) {
        var strategyIds = select(MARKETING_STRATEGY.MARKETING_STRATEGY_ID)
                .from(MARKETING_STRATEGY)
                .where(MARKETING_STRATEGY.BUSINESS_OBJECTIVE_ID.eq(id));
        return new DeletionImpact(
                name,
                db.fetchCount(MARKETING_STRATEGY, MARKETING_STRATEGY.BUSINESS_OBJECTIVE_ID.eq(id)),
                db.fetchCount(CAMPAIGN, CAMPAIGN.MARKETING_STRATEGY_ID.in(strategyIds)),
                db.fetchCount(TACTIC, TACTIC.MARKETING_STRATEGY_ID.in(strategyIds)));
    }

    DeletionImpact strategyImpact(long id, String name) {
        return new DeletionImpact(
                name,
                0,
                db.fetchCount(CAMPAIGN, CAMPAIGN.MARKETING_STRATEGY_ID.eq(id)),
                db.fetchCount(TACTIC, TACTIC.MARKETING_STRATEGY_ID.eq(id)));
    }

    DeletionImpact campaignImpact(long id, String name) {
        return new DeletionImpact(name, 0, 0, db.fetchCount(TACTIC, TACTIC.CAMPAIGN_ID.eq(id)));
    }

    /**
     * Locks the objective, if it still has {@code version}, and its strategies, so that nothing
     * is added under it or moved into it until the transaction ends. False when it moved on.
     */
    boolean lockObjective(long id, int version) {
        if (!lock(
                BUSINESS_OBJECTIVE,
                BUSINESS_OBJECTIVE.BUSINESS_OBJECTIVE_ID.eq(id).and(BUSINESS_OBJECTIVE.VERSION.eq(version)))) {
            return false;
        }
        db.select(MARKETING_STRATEGY.MARKETING_STRATEGY_ID)
                .from(MARKETING_STRATEGY)
                .where(MARKETING_STRATEGY.BUSINESS_OBJECTIVE_ID.eq(id))
                .forUpdate()
                .execute();
        return true;
    }

    boolean lockStrategy(long id, int version) {
        return lock(
                MARKETING_STRATEGY,
                MARKETING_STRATEGY.MARKETING_STRATEGY_ID.eq(id).and(MARKETING_STRATEGY.VERSION.eq(version)));
    }

    boolean lockCampaign(long id, int version) {
        return lock(CAMPAIGN, CAMPAIGN.CAMPAIGN_ID.eq(id).and(CAMPAIGN.VERSION.eq(version)));
    }

    /** Deletes the (locked) objective and everything under it. */
    void deleteObjective(long id) {
        var strategyIds = db.select(MARKETING_STRATEGY.MARKETING_STRATEGY_ID)
                .from(MARKETING_STRATEGY)
                .where(MARKETING_STRATEGY.BUSINESS_OBJECTIVE_ID.eq(id))
                .fetch(MARKETING_STRATEGY.MARKETING_STRATEGY_ID);
        db.deleteFrom(TACTIC)
                .where(TACTIC.MARKETING_STRATEGY_ID.in(strategyIds))
                .execute();
        db.deleteFrom(CAMPAIGN)
                .where(CAMPAIGN.MARKETING_STRATEGY_ID.in(strategyIds))
                .execute();
        db.deleteFrom(MARKETING_STRATEGY)
                .where(MARKETING_STRATEGY.BUSINESS_OBJECTIVE_ID.eq(id))
                .execute();
        db.deleteFrom(BUSINESS_OBJECTIVE)
                .where(BUSINESS_OBJECTIVE.BUSINESS_OBJECTIVE_ID.eq(id))
                .execute();
    }

    /** Deletes the (locked) strategy, its campaigns and tactics. */
    void deleteStrategy(long id) {
        db.deleteFrom(TACTIC).where(TACTIC.MARKETING_STRATEGY_ID.eq(id)).execute();
        db.deleteFrom(CAMPAIGN).where(CAMPAIGN.MARKETING_STRATEGY_ID.eq(id)).execute();
        db.deleteFrom(MARKETING_STRATEGY)
                .where(MARKETING_STRATEGY.MARKETING_STRATEGY_ID.eq(id))
                .execute();
    }

    /** Deletes the (locked) campaign and its tactics. */
    void deleteCampaign(long id) {
        db.deleteFrom(TACTIC).where(TACTIC.CAMPAIGN_ID.eq(id)).execute();
        db.deleteFrom(CAMPAIGN).where(CAMPAIGN.CAMPAIGN_ID.eq(id)).execute();
    }

    // --- where a tactic hangs -----------------------------------------------------------------

    /** The campaign and its strategy as a tactic's parent, share-locked until the transaction ends. */
    Optional<TacticParent> lockCampaignParent(long campaignId) {
        var c = CAMPAIGN;
        var s = MARKETING_STRATEGY;
        return db.select(c.MARKETING_STRATEGY_ID, c.CAMPAIGN_ID, s.NAME, c.NAME, c.INTENT)
                .from(c)
                .join(s)
                .on(s.MARKETING_STRATEGY_ID.eq(c.MARKETING_STRATEGY_ID))
                .where(c.CAMPAIGN_ID.eq(campaignId))
                .forShare()
                .fetchOptional(
                        r -> new TacticParent(r.value1(), r.value2(), r.value3() + " › " + r.value4(), r.value5()));
    }

    /** The strategy as a tactic's parent, share-locked until the transaction ends. */
    Optional<TacticParent> lockStrategyParent(long strategyId) {
        var s = MARKETING_STRATEGY;
        return db.select(s.MARKETING_STRATEGY_ID, s.NAME)
                .from(s)
                .where(s.MARKETING_STRATEGY_ID.eq(strategyId))
                .forShare()
                .fetchOptional(r -> new TacticParent(r.value1(), null, r.value2(), null));
    }

    /** Locks the row for the rest of the transaction if it still has the expected version. */
    private boolean lock(Table<?> table, Condition rowAtVersion) {
        return db.selectOne()
                .from(table)
                .where(rowAtVersion)
                .forUpdate()
                .fetchOptional()
                .isPresent();
    }
}

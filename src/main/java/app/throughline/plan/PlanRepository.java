package app.throughline.plan;

import static app.throughline.db.Tables.BUSINESS_OBJECTIVE;
import static app.throughline.db.Tables.CAMPAIGN;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.TACTIC;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
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
        return db.select(o.BUSINESS_OBJECTIVE_ID, o.NAME, o.DESCRIPTION, o.OWNER_ID, o.STARTS_ON, o.ENDS_ON,
                        o.KPI_METRIC, o.KPI_BASELINE, o.KPI_TARGET, o.KPI_CURRENT, o.VERSION)
                .from(o).where(o.BUSINESS_OBJECTIVE_ID.eq(id))
                .fetchOptional(Records.mapping(Objective::new));
    }

    long insert(Objective x, long by, Instant now) {
        var o = BUSINESS_OBJECTIVE;
        return db.insertInto(o)
                .set(o.NAME, x.name()).set(o.DESCRIPTION, x.description()).set(o.OWNER_ID, x.ownerId())
                .set(o.STARTS_ON, x.startsOn()).set(o.ENDS_ON, x.endsOn()).set(o.KPI_METRIC, x.kpiMetric())
                .set(o.KPI_BASELINE, x.kpiBaseline()).set(o.KPI_TARGET, x.kpiTarget())
                .set(o.KPI_CURRENT, x.kpiCurrent())
                .set(o.CREATED_BY, by).set(o.CREATED_AT, now).set(o.UPDATED_BY, by).set(o.UPDATED_AT, now)
                .returningResult(o.BUSINESS_OBJECTIVE_ID).fetchOne().value1();
    }

    boolean update(Objective x, long by, Instant now) {
        var o = BUSINESS_OBJECTIVE;
        return db.update(o)
                .set(o.NAME, x.name()).set(o.DESCRIPTION, x.description()).set(o.OWNER_ID, x.ownerId())
                .set(o.STARTS_ON, x.startsOn()).set(o.ENDS_ON, x.endsOn()).set(o.KPI_METRIC, x.kpiMetric())
                .set(o.KPI_BASELINE, x.kpiBaseline()).set(o.KPI_TARGET, x.kpiTarget())
                .set(o.KPI_CURRENT, x.kpiCurrent())
                .set(o.VERSION, o.VERSION.plus(1)).set(o.UPDATED_BY, by).set(o.UPDATED_AT, now)
                .where(o.BUSINESS_OBJECTIVE_ID.eq(x.id()).and(o.VERSION.eq(x.version())))
                .execute() == 1;
    }

    // --- strategies ---------------------------------------------------------------------------

    Optional<Strategy> strategy(long id) {
        var s = MARKETING_STRATEGY;
        return db.select(s.MARKETING_STRATEGY_ID, s.BUSINESS_OBJECTIVE_ID, s.NAME, s.DESCRIPTION, s.OWNER_ID,
                        s.AUDIENCE, s.KPI_METRIC, s.KPI_TARGET, s.STARTS_ON, s.ENDS_ON, s.VERSION)
                .from(s).where(s.MARKETING_STRATEGY_ID.eq(id))
                .fetchOptional(Records.mapping(Strategy::new));
    }

    long insert(Strategy x, long by, Instant now) {
        var s = MARKETING_STRATEGY;
        return db.insertInto(s)
                .set(s.BUSINESS_OBJECTIVE_ID, x.objectiveId()).set(s.NAME, x.name())
                .set(s.DESCRIPTION, x.description()).set(s.OWNER_ID, x.ownerId()).set(s.AUDIENCE, x.audience())
                .set(s.KPI_METRIC, x.kpiMetric()).set(s.KPI_TARGET, x.kpiTarget())
                .set(s.STARTS_ON, x.startsOn()).set(s.ENDS_ON, x.endsOn())
                .set(s.CREATED_BY, by).set(s.CREATED_AT, now).set(s.UPDATED_BY, by).set(s.UPDATED_AT, now)
                .returningResult(s.MARKETING_STRATEGY_ID).fetchOne().value1();
    }

    boolean update(Strategy x, long by, Instant now) {
        var s = MARKETING_STRATEGY;
        return db.update(s)
                .set(s.BUSINESS_OBJECTIVE_ID, x.objectiveId()).set(s.NAME, x.name())
                .set(s.DESCRIPTION, x.description()).set(s.OWNER_ID, x.ownerId()).set(s.AUDIENCE, x.audience())
                .set(s.KPI_METRIC, x.kpiMetric()).set(s.KPI_TARGET, x.kpiTarget())
                .set(s.STARTS_ON, x.startsOn()).set(s.ENDS_ON, x.endsOn())
                .set(s.VERSION, s.VERSION.plus(1)).set(s.UPDATED_BY, by).set(s.UPDATED_AT, now)
                .where(s.MARKETING_STRATEGY_ID.eq(x.id()).and(s.VERSION.eq(x.version())))
                .execute() == 1;
    }

    // --- campaigns ----------------------------------------------------------------------------

    Optional<Campaign> campaign(long id) {
        var c = CAMPAIGN;
        return db.select(c.CAMPAIGN_ID, c.MARKETING_STRATEGY_ID, c.NAME, c.DESCRIPTION, c.INTENT, c.OWNER_ID,
                        c.STARTS_ON, c.ENDS_ON, c.COLOUR, c.VERSION)
                .from(c).where(c.CAMPAIGN_ID.eq(id))
                .fetchOptional(Records.mapping(Campaign::new));
    }

    long insert(Campaign x, long by, Instant now) {
        var c = CAMPAIGN;
        return db.insertInto(c)
                .set(c.MARKETING_STRATEGY_ID, x.strategyId()).set(c.NAME, x.name())
                .set(c.DESCRIPTION, x.description()).set(c.INTENT, x.intent()).set(c.OWNER_ID, x.ownerId())
                .set(c.STARTS_ON, x.startsOn()).set(c.ENDS_ON, x.endsOn()).set(c.COLOUR, x.colour())
                .set(c.CREATED_BY, by).set(c.CREATED_AT, now).set(c.UPDATED_BY, by).set(c.UPDATED_AT, now)
                .returningResult(c.CAMPAIGN_ID).fetchOne().value1();
    }

    boolean update(Campaign x, long by, Instant now) {
        var c = CAMPAIGN;
        boolean updated = db.update(c)
                .set(c.MARKETING_STRATEGY_ID, x.strategyId()).set(c.NAME, x.name())
                .set(c.DESCRIPTION, x.description()).set(c.INTENT, x.intent()).set(c.OWNER_ID, x.ownerId())
                .set(c.STARTS_ON, x.startsOn()).set(c.ENDS_ON, x.endsOn()).set(c.COLOUR, x.colour())
                .set(c.VERSION, c.VERSION.plus(1)).set(c.UPDATED_BY, by).set(c.UPDATED_AT, now)
                .where(c.CAMPAIGN_ID.eq(x.id()).and(c.VERSION.eq(x.version())))
                .execute() == 1;
        if (updated) {
            // a tactic stores its campaign's strategy (DD004): keep them in step when a campaign moves
            db.update(TACTIC).set(TACTIC.MARKETING_STRATEGY_ID, x.strategyId())
                    .where(TACTIC.CAMPAIGN_ID.eq(x.id()))
                    .and(TACTIC.MARKETING_STRATEGY_ID.ne(x.strategyId()))
                    .execute();
        }
        return updated;
    }

    // --- deleting whole branches --------------------------------------------------------------

    DeletionImpact objectiveImpact(long id, String name) {
        var strategyIds = org.jooq.impl.DSL.select(MARKETING_STRATEGY.MARKETING_STRATEGY_ID).from(MARKETING_STRATEGY)
                .where(MARKETING_STRATEGY.BUSINESS_OBJECTIVE_ID.eq(id));
        return new DeletionImpact(name,
                db.fetchCount(MARKETING_STRATEGY, MARKETING_STRATEGY.BUSINESS_OBJECTIVE_ID.eq(id)),
                db.fetchCount(CAMPAIGN, CAMPAIGN.MARKETING_STRATEGY_ID.in(strategyIds)),
                db.fetchCount(TACTIC, TACTIC.MARKETING_STRATEGY_ID.in(strategyIds)));
    }

    DeletionImpact strategyImpact(long id, String name) {
        return new DeletionImpact(name, 0,
                db.fetchCount(CAMPAIGN, CAMPAIGN.MARKETING_STRATEGY_ID.eq(id)),
                db.fetchCount(TACTIC, TACTIC.MARKETING_STRATEGY_ID.eq(id)));
    }

    DeletionImpact campaignImpact(long id, String name) {
        return new DeletionImpact(name, 0, 0, db.fetchCount(TACTIC, TACTIC.CAMPAIGN_ID.eq(id)));
    }

    /** Deletes the objective and everything under it; false (and nothing deleted) if its version moved. */
    boolean deleteObjective(long id, int version) {
        var strategyIds = db.select(MARKETING_STRATEGY.MARKETING_STRATEGY_ID).from(MARKETING_STRATEGY)
                .where(MARKETING_STRATEGY.BUSINESS_OBJECTIVE_ID.eq(id)).fetch(MARKETING_STRATEGY.MARKETING_STRATEGY_ID);
        if (!lock(BUSINESS_OBJECTIVE, BUSINESS_OBJECTIVE.BUSINESS_OBJECTIVE_ID.eq(id)
                .and(BUSINESS_OBJECTIVE.VERSION.eq(version)))) {
            return false;
        }
        db.deleteFrom(TACTIC).where(TACTIC.MARKETING_STRATEGY_ID.in(strategyIds)).execute();
        db.deleteFrom(CAMPAIGN).where(CAMPAIGN.MARKETING_STRATEGY_ID.in(strategyIds)).execute();
        db.deleteFrom(MARKETING_STRATEGY).where(MARKETING_STRATEGY.BUSINESS_OBJECTIVE_ID.eq(id)).execute();
        return db.deleteFrom(BUSINESS_OBJECTIVE).where(BUSINESS_OBJECTIVE.BUSINESS_OBJECTIVE_ID.eq(id)).execute() == 1;
    }

    boolean deleteStrategy(long id, int version) {
        if (!lock(MARKETING_STRATEGY, MARKETING_STRATEGY.MARKETING_STRATEGY_ID.eq(id)
                .and(MARKETING_STRATEGY.VERSION.eq(version)))) {
            return false;
        }
        db.deleteFrom(TACTIC).where(TACTIC.MARKETING_STRATEGY_ID.eq(id)).execute();
        db.deleteFrom(CAMPAIGN).where(CAMPAIGN.MARKETING_STRATEGY_ID.eq(id)).execute();
        return db.deleteFrom(MARKETING_STRATEGY).where(MARKETING_STRATEGY.MARKETING_STRATEGY_ID.eq(id)).execute() == 1;
    }

    boolean deleteCampaign(long id, int version) {
        if (!lock(CAMPAIGN, CAMPAIGN.CAMPAIGN_ID.eq(id).and(CAMPAIGN.VERSION.eq(version)))) {
            return false;
        }
        db.deleteFrom(TACTIC).where(TACTIC.CAMPAIGN_ID.eq(id)).execute();
        return db.deleteFrom(CAMPAIGN).where(CAMPAIGN.CAMPAIGN_ID.eq(id)).execute() == 1;
    }

    /** Locks the row for the rest of the transaction if it still has the expected version. */
    private boolean lock(org.jooq.Table<?> table, org.jooq.Condition rowAtVersion) {
        return db.selectOne().from(table).where(rowAtVersion).forUpdate().fetchOptional().isPresent();
    }
}

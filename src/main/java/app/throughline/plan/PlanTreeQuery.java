package app.throughline.plan;

import static app.throughline.db.Tables.BUSINESS_OBJECTIVE;
import static app.throughline.db.Tables.CAMPAIGN;
import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PLAN_TALLY;
import static app.throughline.db.Tables.TACTIC;
import static org.jooq.impl.DSL.sum;

import app.throughline.channel.ChannelKind;
import app.throughline.people.OwnerNames;
import app.throughline.plan.PlanNode.CampaignNode;
import app.throughline.plan.PlanNode.ObjectiveNode;
import app.throughline.plan.PlanNode.StrategyNode;
import app.throughline.plan.PlanNode.TacticNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the plan tree down to campaigns, optionally with the tactic counts per channel kind
 * under every node: three or four queries whatever the size of the plan (objectives,
 * strategies, campaigns, and one grouped count over the tactic index). Tactics themselves are
 * read per parent, on demand.
 */
@Component
class PlanTreeQuery {

    private final DSLContext db;

    PlanTreeQuery(DSLContext db) {
        this.db = db;
    }

    /**
     * The tree down to campaigns; with {@code withCounts} also the tactic counts under every node
     * (one grouped read over the tactic index, which grows with the table: pickers and filters
     * that only need the names ask without).
     */
    List<ObjectiveNode> tree(boolean withCounts) {
        Map<ParentKey, ChannelMix> mixes = withCounts ? tacticMixes() : Map.of();

        var campaignsByStrategy = new HashMap<Long, List<CampaignNode>>();
        var c = CAMPAIGN;
        db.select(
                        c.CAMPAIGN_ID,
                        c.MARKETING_STRATEGY_ID,
                        c.NAME,
                        OwnerNames.shown(PERSON),
                        c.INTENT,
                        c.STARTS_ON,
                        c.ENDS_ON,
                        c.COLOUR,
                        c.VERSION)
                .from(c)
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(c.OWNER_ID))
                .orderBy(c.STARTS_ON, c.NAME)
                .forEach(r -> campaignsByStrategy
                        .computeIfAbsent(r.value2(), k -> new ArrayList<>())
                        .add(new CampaignNode(
                                r.value1(),
                                r.value2(),
                                r.value3(),
                                r.value4(),
                                r.value5(),
                                r.value6(),
                                r.value7(),
                                r.value8(),
                                r.value9(),
                                mixes.getOrDefault(new ParentKey(r.value2(), r.value1()), ChannelMix.EMPTY))));

        var strategiesByObjective = new HashMap<Long, List<StrategyNode>>();
        var s = MARKETING_STRATEGY;
        db.select(
                        s.MARKETING_STRATEGY_ID,
                        s.BUSINESS_OBJECTIVE_ID,
                        s.NAME,
                        OwnerNames.shown(PERSON),
                        s.STARTS_ON,
                        s.ENDS_ON,
                        s.VERSION)
                .from(s)
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(s.OWNER_ID))
                .orderBy(s.NAME)
                .forEach(r -> strategiesByObjective
                        .computeIfAbsent(r.value2(), k -> new ArrayList<>())
                        .add(new StrategyNode(
                                r.value1(),
                                r.value2(),
                                r.value3(),
                                r.value4(),
                                r.value5(),
                                r.value6(),
                                r.value7(),
                                mixes.getOrDefault(new ParentKey(r.value1(), null), ChannelMix.EMPTY),
                                List.copyOf(campaignsByStrategy.getOrDefault(r.value1(), List.of())))));

        var o = BUSINESS_OBJECTIVE;
        return db.select(
                        o.BUSINESS_OBJECTIVE_ID,
                        o.NAME,
                        OwnerNames.shown(PERSON),
                        o.STARTS_ON,
                        o.ENDS_ON,
                        o.KPI_METRIC,
                        o.VERSION)
                .from(o)
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(o.OWNER_ID))
                .orderBy(o.STARTS_ON, o.NAME)
                .fetch(r -> new ObjectiveNode(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        List.copyOf(strategiesByObjective.getOrDefault(r.value1(), List.of()))));
    }

    /** Tactics directly under a strategy (campaignId null) or under a campaign, by start. */
    List<TacticNode> tacticsUnder(long strategyId, @Nullable Long campaignId, int offset, int limit) {
        var t = TACTIC;
        var parent = campaignId == null
                ? t.MARKETING_STRATEGY_ID.eq(strategyId).and(t.CAMPAIGN_ID.isNull())
                : t.CAMPAIGN_ID.eq(campaignId);
        return db.select(
                        t.TACTIC_ID,
                        t.TITLE,
                        t.OWNER_ID,
                        OwnerNames.shown(PERSON),
                        CHANNEL.NAME,
                        CHANNEL.KIND,
                        t.SCHEDULED_START,
                        t.STATUS,
                        t.VERSION)
                .from(t)
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(t.OWNER_ID))
                .join(CHANNEL)
                .on(CHANNEL.CHANNEL_ID.eq(t.CHANNEL_ID))
                .where(parent)
                .orderBy(t.SCHEDULED_START, t.TACTIC_ID)
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(TacticNode::new));
    }

    /**
     * The counts under every strategy and campaign from {@code plan_tally}, which triggers keep
     * exact on every tactic write (changeset 007, DD010): a few hundred rows, whatever the number
     * of tactics.
     */
    private Map<ParentKey, ChannelMix> tacticMixes() {
        var tally = PLAN_TALLY;
        var counts = new HashMap<ParentKey, EnumMap<ChannelKind, Integer>>();
        db.select(tally.MARKETING_STRATEGY_ID, tally.CAMPAIGN_ID, CHANNEL.KIND, sum(tally.TACTICS))
                .from(tally)
                .join(CHANNEL)
                .on(CHANNEL.CHANNEL_ID.eq(tally.CHANNEL_ID))
                .where(tally.TACTICS.gt(0))
                .and(tally.MARKETING_STRATEGY_ID.ne(PlanTally.UNALIGNED))
                .groupBy(tally.MARKETING_STRATEGY_ID, tally.CAMPAIGN_ID, CHANNEL.KIND)
                .forEach(r -> counts.computeIfAbsent(
                                new ParentKey(r.value1(), r.value2() == 0 ? null : r.value2()),
                                k -> new EnumMap<>(ChannelKind.class))
                        .put(r.value3(), r.value4().intValue()));
        var mixes = new HashMap<ParentKey, ChannelMix>();
        counts.forEach((key, byKind) -> mixes.put(key, new ChannelMix(byKind)));
        return mixes;
    }

    /** A tactic's place: its strategy, and its campaign or null when directly under the strategy. */
    private record ParentKey(long strategyId, @Nullable Long campaignId) {}
}

package app.throughline.alignment;

import static app.throughline.db.Tables.BUSINESS_OBJECTIVE;
import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.DEPARTMENT;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.MONTH_TALLY;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.TACTIC;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;

import app.throughline.channel.ChannelKind;
import app.throughline.people.OwnerNames;
import app.throughline.plan.Intent;
import app.throughline.plan.PlanTally;
import app.throughline.tactic.InteractionMode;
import app.throughline.tactic.TacticStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.CaseConditionStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The SQL behind the alignment measures. Every figure is a grouped count over the tactics whose
 * start lies in the period, read from the index {@code ix_tactic_period} alone (start, channel,
 * strategy, department, status, intent and mode are all in it); channel kinds and objectives are
 * joined in Java from the small lookup tables, so the scans touch no other table. The number of
 * statements is fixed whatever the period or the data.
 */
@Component
class AlignmentQuery {

    private static final Set<TacticStatus> LEFT_OUT = Set.of(TacticStatus.IDEA, TacticStatus.CANCELLED);

    private final DSLContext db;
    private final PlanTally tally;

    AlignmentQuery(DSLContext db, PlanTally tally) {
        this.db = db;
        this.tally = tally;
    }

    /** The names and kinds the counts are grouped by: four small reads. */
    Lookups lookups() {
        var channels = new HashMap<Long, ChannelKind>();
        db.select(CHANNEL.CHANNEL_ID, CHANNEL.KIND).from(CHANNEL).forEach(r -> channels.put(r.value1(), r.value2()));
        var strategies = new HashMap<Long, StrategyRow>();
        db.select(
                        MARKETING_STRATEGY.MARKETING_STRATEGY_ID,
                        MARKETING_STRATEGY.BUSINESS_OBJECTIVE_ID,
                        MARKETING_STRATEGY.NAME)
                .from(MARKETING_STRATEGY)
                .forEach(r -> strategies.put(r.value1(), new StrategyRow(r.value1(), r.value2(), r.value3())));
        List<ObjectiveRow> objectives = db.select(
                        BUSINESS_OBJECTIVE.BUSINESS_OBJECTIVE_ID,
                        BUSINESS_OBJECTIVE.NAME,
                        BUSINESS_OBJECTIVE.STARTS_ON,
                        BUSINESS_OBJECTIVE.ENDS_ON)
                .from(BUSINESS_OBJECTIVE)
                .orderBy(BUSINESS_OBJECTIVE.STARTS_ON, BUSINESS_OBJECTIVE.NAME)
                .fetch(Records.mapping(ObjectiveRow::new));
        List<DepartmentRow> departments = db.select(
                        DEPARTMENT.DEPARTMENT_ID, DEPARTMENT.NAME, DEPARTMENT.COMMUNICATIONS_TEAM)
                .from(DEPARTMENT)
                .orderBy(DEPARTMENT.NAME)
                .fetch(r -> new DepartmentRow(r.value1(), r.value2(), Boolean.TRUE.equals(r.value3())));
        return new Lookups(channels, strategies, objectives, departments);
    }

    /** Counted tactics per bucket (index into {@code buckets}), intent and mode. */
    List<TimeCount> overTime(Instant from, Instant to, List<Instant> bucketEnds, AlignmentFilter filter) {
        var t = TACTIC;
        Field<Integer> bucket = bucketOf(t.SCHEDULED_START, bucketEnds);
        return db.select(bucket, t.INTENT, t.INTERACTION_MODE, count())
                .from(t)
                .where(counted(from, to, filter))
                .groupBy(bucket, t.INTENT, t.INTERACTION_MODE)
                .fetch(Records.mapping(TimeCount::new));
    }

    /** Counted tactics per strategy, channel and mode. */
    List<StrategyCount> byStrategy(Instant from, Instant to, AlignmentFilter filter) {
        var t = TACTIC;
        return db.select(t.MARKETING_STRATEGY_ID, t.CHANNEL_ID, t.INTERACTION_MODE, count())
                .from(t)
                .where(counted(from, to, filter))
                .groupBy(t.MARKETING_STRATEGY_ID, t.CHANNEL_ID, t.INTERACTION_MODE)
                .fetch(r -> new StrategyCount(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Counted tactics per department (null: none), channel and mode. */
    List<DepartmentCount> byDepartment(Instant from, Instant to, AlignmentFilter filter) {
        var t = TACTIC;
        return db.select(t.DEPARTMENT_ID, t.CHANNEL_ID, t.INTERACTION_MODE, count())
                .from(t)
                .where(counted(from, to, filter))
                .groupBy(t.DEPARTMENT_ID, t.CHANNEL_ID, t.INTERACTION_MODE)
                .fetch(Records.mapping(DepartmentCount::new));
    }

    /** The strategies with a counted tactic starting in {@code [from, to)}: one range scan. */
    Set<Long> strategiesWithTacticsBetween(Instant from, Instant to) {
        var t = TACTIC;
        return new HashSet<>(db.selectDistinct(t.MARKETING_STRATEGY_ID)
                .from(t)
                .where(t.SCHEDULED_START.ge(from))
                .and(t.SCHEDULED_START.lt(to))
                .and(t.STATUS.notIn(LEFT_OUT))
                .and(t.MARKETING_STRATEGY_ID.isNotNull())
                .fetch(t.MARKETING_STRATEGY_ID));
    }

    /**
     * How many unaligned ideas there are and when the oldest was created. Unfiltered, the count
     * comes from the plan tally and the oldest from the index on (strategy, created_at): two
     * single-row reads however many ideas there are.
     */
    Unaligned unaligned(AlignmentFilter filter) {
        var t = TACTIC;
        if (filter.departmentId() == null
                && filter.channelKind() == null
                && filter.intent() == null
                && filter.mode() == null
                && filter.communicationsTeam() == null) {
            Instant oldest = db.select(min(t.CREATED_AT))
                    .from(t)
                    .where(t.MARKETING_STRATEGY_ID.isNull())
                    .fetchSingle()
                    .value1();
            return new Unaligned(tally.unaligned(), oldest);
        }
        Condition where = t.MARKETING_STRATEGY_ID.isNull().and(tacticConditions(filter, false));
        var r = db.select(count(), min(t.CREATED_AT)).from(t).where(where).fetchSingle();
        return new Unaligned(r.value1(), r.value2());
    }

    /**
     * For the plan's warnings: counted tactics per strategy, department, channel and mode in
     * {@code [from, to)}, from {@code month_tally} for the UTC months nearest to the period and
     * from the tactics themselves for the few hours between those month edges and the period's
     * own (added or taken away): two statements, a few thousand tally rows instead of a
     * quarter's tactics. Exact: the tally is kept by triggers in the tactic's transaction.
     */
    List<PlanCount> byStrategyAndDepartment(Instant from, Instant to) {
        Instant a = nearestUtcMonth(from);
        Instant b = nearestUtcMonth(to);
        if (!a.isBefore(b)) {
            return rawCounts(from, to);
        }
        var counts = new HashMap<PlanKey, Integer>();
        var m = MONTH_TALLY;
        db.select(m.MARKETING_STRATEGY_ID, m.DEPARTMENT_ID, m.CHANNEL_ID, m.INTERACTION_MODE, DSL.sum(m.TACTICS))
                .from(m)
                .where(m.MONTH.ge(LocalDate.ofInstant(a, ZoneOffset.UTC)))
                .and(m.MONTH.lt(LocalDate.ofInstant(b, ZoneOffset.UTC)))
                .and(m.TACTICS.gt(0))
                .groupBy(m.MARKETING_STRATEGY_ID, m.DEPARTMENT_ID, m.CHANNEL_ID, m.INTERACTION_MODE)
                .forEach(r -> counts.merge(
                        new PlanKey(r.value1(), r.value2() == 0 ? null : r.value2(), r.value3(), r.value4()),
                        r.value5().intValue(),
                        Integer::sum));
        // the edges: [from, a) is added when the period starts before the month edge, [a, from)
        // taken away when after it; the same at the end
        Instant startLow = from.isBefore(a) ? from : a;
        Instant startHigh = from.isBefore(a) ? a : from;
        int startSign = from.isBefore(a) ? 1 : -1;
        Instant endLow = to.isBefore(b) ? to : b;
        Instant endHigh = to.isBefore(b) ? b : to;
        int endSign = to.isBefore(b) ? -1 : 1;
        var t = TACTIC;
        Field<Boolean> atStart = DSL.field(t.SCHEDULED_START.lt(startHigh));
        db.select(atStart, t.MARKETING_STRATEGY_ID, t.DEPARTMENT_ID, t.CHANNEL_ID, t.INTERACTION_MODE, count())
                .from(t)
                .where(t.SCHEDULED_START
                        .ge(startLow)
                        .and(t.SCHEDULED_START.lt(startHigh))
                        .or(t.SCHEDULED_START.ge(endLow).and(t.SCHEDULED_START.lt(endHigh))))
                .and(t.STATUS.notIn(LEFT_OUT))
                .groupBy(atStart, t.MARKETING_STRATEGY_ID, t.DEPARTMENT_ID, t.CHANNEL_ID, t.INTERACTION_MODE)
                .forEach(r -> counts.merge(
                        new PlanKey(java.util.Objects.requireNonNull(r.value2()), r.value3(), r.value4(), r.value5()),
                        (Boolean.TRUE.equals(r.value1()) ? startSign : endSign) * r.value6(),
                        Integer::sum));
        var rows = new ArrayList<PlanCount>();
        counts.forEach((k, n) -> {
            if (n != 0) {
                rows.add(new PlanCount(k.strategyId(), k.departmentId(), k.channelId(), k.mode(), n));
            }
        });
        return rows;
    }

    /** The same counts straight from the tactics (a period too short to reach a month edge). */
    private List<PlanCount> rawCounts(Instant from, Instant to) {
        var t = TACTIC;
        return db.select(t.MARKETING_STRATEGY_ID, t.DEPARTMENT_ID, t.CHANNEL_ID, t.INTERACTION_MODE, count())
                .from(t)
                .where(counted(from, to, AlignmentFilter.NONE))
                .groupBy(t.MARKETING_STRATEGY_ID, t.DEPARTMENT_ID, t.CHANNEL_ID, t.INTERACTION_MODE)
                .fetch(Records.mapping(PlanCount::new));
    }

    /** The first instant of the UTC month nearest to {@code instant}. */
    static Instant nearestUtcMonth(Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        Instant thisMonth = day.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant nextMonth =
                day.withDayOfMonth(1).plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return java.time.Duration.between(thisMonth, instant).compareTo(java.time.Duration.between(instant, nextMonth))
                        <= 0
                ? thisMonth
                : nextMonth;
    }

    private record PlanKey(long strategyId, @Nullable Long departmentId, long channelId, InteractionMode mode) {}

    /** How many counted tactics match; the same conditions as the figures. */
    int countTactics(Instant from, Instant to, AlignmentFilter filter) {
        return db.fetchCount(TACTIC, counted(from, to, filter));
    }

    /** A page of the counted tactics that match, by start. */
    List<TacticLine> tactics(Instant from, Instant to, AlignmentFilter filter, int offset, int limit) {
        var t = TACTIC;
        return db.select(
                        t.TACTIC_ID,
                        t.TITLE,
                        CHANNEL.NAME,
                        CHANNEL.KIND,
                        t.SCHEDULED_START,
                        OwnerNames.shown(PERSON),
                        DEPARTMENT.NAME,
                        t.STATUS,
                        t.INTENT,
                        t.INTERACTION_MODE)
                .from(t)
                .join(CHANNEL)
                .on(CHANNEL.CHANNEL_ID.eq(t.CHANNEL_ID))
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(t.OWNER_ID))
                .leftJoin(DEPARTMENT)
                .on(DEPARTMENT.DEPARTMENT_ID.eq(t.DEPARTMENT_ID))
                .where(counted(from, to, filter))
                .orderBy(t.SCHEDULED_START, t.TACTIC_ID)
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(TacticLine::new));
    }

    static Condition counted(Instant from, Instant to, AlignmentFilter filter) {
        var t = TACTIC;
        return t.SCHEDULED_START
                .ge(from)
                .and(t.SCHEDULED_START.lt(to))
                .and(t.STATUS.notIn(LEFT_OUT))
                .and(tacticConditions(filter, true));
    }

    private static Condition tacticConditions(AlignmentFilter f, boolean aligned) {
        var t = TACTIC;
        var conditions = new ArrayList<Condition>();
        if (aligned && f.objectiveId() != null) {
            conditions.add(t.MARKETING_STRATEGY_ID.in(select(MARKETING_STRATEGY.MARKETING_STRATEGY_ID)
                    .from(MARKETING_STRATEGY)
                    .where(MARKETING_STRATEGY.BUSINESS_OBJECTIVE_ID.eq(f.objectiveId()))));
        }
        if (aligned && f.strategyId() != null) {
            conditions.add(t.MARKETING_STRATEGY_ID.eq(f.strategyId()));
        }
        Long department = f.departmentId();
        if (department != null) {
            conditions.add(
                    department == AlignmentFilter.NO_DEPARTMENT
                            ? t.DEPARTMENT_ID.isNull()
                            : t.DEPARTMENT_ID.eq(department));
        }
        if (f.channelKind() != null) {
            conditions.add(
                    t.CHANNEL_ID.in(select(CHANNEL.CHANNEL_ID).from(CHANNEL).where(CHANNEL.KIND.eq(f.channelKind()))));
        }
        if (f.intent() != null) {
            conditions.add(t.INTENT.eq(f.intent()));
        }
        if (f.mode() != null) {
            conditions.add(t.INTERACTION_MODE.eq(f.mode()));
        }
        Boolean team = f.communicationsTeam();
        if (team != null) {
            var teamDepartments =
                    select(DEPARTMENT.DEPARTMENT_ID).from(DEPARTMENT).where(DEPARTMENT.COMMUNICATIONS_TEAM.isTrue());
            conditions.add(
                    team
                            ? t.DEPARTMENT_ID.in(teamDepartments)
                            : t.DEPARTMENT_ID.isNull().or(t.DEPARTMENT_ID.notIn(teamDepartments)));
        }
        return DSL.and(conditions);
    }

    /** 0 for a start before the first bucket end, 1 before the second, ... */
    private static Field<Integer> bucketOf(Field<Instant> start, List<Instant> bucketEnds) {
        CaseConditionStep<Integer> bucket = DSL.when(start.lt(bucketEnds.get(0)), inline(0));
        for (int i = 1; i < bucketEnds.size() - 1; i++) {
            bucket = bucket.when(start.lt(bucketEnds.get(i)), inline(i));
        }
        return bucket.otherwise(inline(bucketEnds.size() - 1));
    }

    record Lookups(
            Map<Long, ChannelKind> channelKinds,
            Map<Long, StrategyRow> strategies,
            List<ObjectiveRow> objectives,
            List<DepartmentRow> departments) {

        /** A strategy the counts name; they all exist, read in the same transaction. */
        StrategyRow strategy(long id) {
            return java.util.Objects.requireNonNull(strategies.get(id), "strategy " + id);
        }

        ChannelKind kind(long channelId) {
            return java.util.Objects.requireNonNull(channelKinds.get(channelId), "channel " + channelId);
        }

        Map<Long, String> departmentNames(String noDepartment) {
            var names = new HashMap<Long, String>();
            departments.forEach(d -> names.put(d.id(), d.name()));
            names.put(AlignmentFilter.NO_DEPARTMENT, noDepartment);
            return names;
        }
    }

    record StrategyRow(long id, long objectiveId, String name) {}

    record ObjectiveRow(long id, String name, LocalDate startsOn, LocalDate endsOn) {
        boolean runningOn(LocalDate day) {
            return !day.isBefore(startsOn) && !day.isAfter(endsOn);
        }
    }

    record DepartmentRow(long id, String name, boolean communicationsTeam) {}

    record TimeCount(int bucket, Intent intent, InteractionMode mode, int tactics) {}

    record StrategyCount(long strategyId, long channelId, InteractionMode mode, int tactics) {}

    record DepartmentCount(@Nullable Long departmentId, long channelId, InteractionMode mode, int tactics) {}

    record PlanCount(long strategyId, @Nullable Long departmentId, long channelId, InteractionMode mode, int tactics) {}

    record Unaligned(int count, @Nullable Instant oldest) {}
}

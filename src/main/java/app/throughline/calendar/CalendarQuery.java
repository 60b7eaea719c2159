package app.throughline.calendar;

import static app.throughline.db.Tables.CAMPAIGN;
import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.TACTIC;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import app.throughline.tactic.Tactic;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.jooq.CaseConditionStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.SelectOnConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Reads the tactics of one visible range with one query, a range scan on the start index. A
 * tactic lasts at most {@link Tactic#MAX_DURATION}, so tactics overlapping the range all start
 * after {@code from - MAX_DURATION}; that bound keeps the scan on the index however big the table
 * (docs/design-decisions/DD005-calendar-range-reads.md). Grids read at most a few tactics a day
 * with the count of the rest; lists read a page at a time (DD007).
 */
@Component
class CalendarQuery {

    private final DSLContext db;

    CalendarQuery(DSLContext db) {
        this.db = db;
    }

    /** A tactic drawn on a grid, with the day it is drawn on and how many the day holds. */
    record Drawn(CalendarEntry entry, int dayIndex, int onThatDay) {}

    /**
     * The first {@code perDay} tactics of every day on screen (by start), each with the number of
     * tactics its day holds. A tactic belongs to the day it starts on in the viewer's zone, or to
     * the first day on screen when it started before it (a span reaching into the period).
     */
    List<Drawn> drawn(CalendarPeriod period, ZoneId zone, CalendarFilter filter, int perDay) {
        var t = TACTIC;
        Instant from = period.from(zone);
        Field<Instant> shownStart = greatest(t.SCHEDULED_START, val(from, t.SCHEDULED_START.getDataType()));
        Field<Integer> day = dayOf(shownStart, period.days(), zone);
        // ranked and counted from ix_tactic_period alone; full rows only for the few drawn (DD007)
        var ranked = narrowed(
                        filter,
                        t.TACTIC_ID,
                        rowNumber()
                                .over()
                                .partitionBy(day)
                                .orderBy(t.SCHEDULED_START, t.TACTIC_ID)
                                .as("rn"),
                        DSL.count().over().partitionBy(day).as("on_day"),
                        day.as("day"))
                .where(overlaps(from, period.to(zone)))
                .and(matches(filter))
                .asTable("ranked");
        Field<Integer> rn = Objects.requireNonNull(ranked.field("rn", Integer.class));
        Field<Integer> dayIndex = Objects.requireNonNull(ranked.field("day", Integer.class));
        Field<Integer> onDay = Objects.requireNonNull(ranked.field("on_day", Integer.class));
        return withEntry(db.select(ENTRY_FIELDS).select(dayIndex, onDay).from(ranked), ranked)
                .where(rn.le(perDay))
                .orderBy(t.SCHEDULED_START, t.TACTIC_ID)
                .fetch(r -> new Drawn(entry(r), r.get(dayIndex), r.get(onDay)));
    }

    /** A page of the tactics overlapping [from, to), by start: the lists' rows. */
    List<CalendarEntry> entries(Instant from, Instant to, CalendarFilter filter, int offset, int limit) {
        var t = TACTIC;
        // the page's ids from the index, however deep the page; then their rows
        var page = narrowed(filter, t.TACTIC_ID, t.SCHEDULED_START)
                .where(overlaps(from, to))
                .and(matches(filter))
                .orderBy(t.SCHEDULED_START, t.TACTIC_ID)
                .offset(offset)
                .limit(limit)
                .asTable("page");
        return withEntry(db.select(ENTRY_FIELDS).from(page), page)
                .orderBy(t.SCHEDULED_START, t.TACTIC_ID)
                .fetch(this::entry);
    }

    /** How many tactics overlap [from, to). */
    int count(Instant from, Instant to, CalendarFilter filter) {
        return db.fetchCount(
                narrowed(filter, TACTIC.TACTIC_ID).where(overlaps(from, to)).and(matches(filter)));
    }

    /**
     * Campaigns whose dates overlap [fromDay, toDay] (whole days), narrowed like the tactics: by
     * the plan filters directly, and when a filter is about the tactics themselves (channel,
     * department, status, owner), to campaigns with a matching tactic in [from, to).
     */
    List<CampaignBand> campaigns(LocalDate fromDay, LocalDate toDay, Instant from, Instant to, CalendarFilter filter) {
        var c = CAMPAIGN;
        var s = MARKETING_STRATEGY;
        Condition withMatchingTactic = !filter.narrowsTactics()
                ? noCondition()
                : DSL.exists(selectOne()
                        .from(TACTIC)
                        .join(CHANNEL)
                        .on(CHANNEL.CHANNEL_ID.eq(TACTIC.CHANNEL_ID))
                        .leftJoin(MARKETING_STRATEGY)
                        .on(MARKETING_STRATEGY.MARKETING_STRATEGY_ID.eq(TACTIC.MARKETING_STRATEGY_ID))
                        .where(TACTIC.CAMPAIGN_ID.eq(c.CAMPAIGN_ID))
                        .and(overlaps(from, to))
                        .and(matches(filter)));
        return db.select(c.CAMPAIGN_ID, c.NAME, c.INTENT, c.COLOUR, c.STARTS_ON, c.ENDS_ON)
                .from(c)
                .join(s)
                .on(s.MARKETING_STRATEGY_ID.eq(c.MARKETING_STRATEGY_ID))
                .where(c.STARTS_ON.le(toDay))
                .and(c.ENDS_ON.ge(fromDay))
                .and(filter.objectiveId() == null ? noCondition() : s.BUSINESS_OBJECTIVE_ID.eq(filter.objectiveId()))
                .and(filter.strategyId() == null ? noCondition() : c.MARKETING_STRATEGY_ID.eq(filter.strategyId()))
                .and(filter.campaignId() == null ? noCondition() : c.CAMPAIGN_ID.eq(filter.campaignId()))
                .and(filter.intent() == null ? noCondition() : c.INTENT.eq(filter.intent()))
                .and(withMatchingTactic)
                .orderBy(c.STARTS_ON, c.NAME)
                .fetch(Records.mapping(CampaignBand::new));
    }

    /**
     * A read of {@code fields} from the tactics, joined to channel and strategy only when the
     * filter needs them, so that an unfiltered read stays on the tactic index alone.
     */
    private SelectJoinStep<Record> narrowed(CalendarFilter filter, SelectField<?>... fields) {
        SelectJoinStep<Record> read = db.select(fields).from(TACTIC);
        if (filter.channelKind() != null) {
            read = read.join(CHANNEL).on(CHANNEL.CHANNEL_ID.eq(TACTIC.CHANNEL_ID));
        }
        if (filter.objectiveId() != null) {
            read = read.join(MARKETING_STRATEGY)
                    .on(MARKETING_STRATEGY.MARKETING_STRATEGY_ID.eq(TACTIC.MARKETING_STRATEGY_ID));
        }
        return read;
    }

    /** Joins the full rows an entry shows to {@code chosen}, a derived table of tactic ids. */
    private static SelectOnConditionStep<Record> withEntry(SelectJoinStep<Record> read, Table<?> chosen) {
        return read.join(TACTIC)
                .on(TACTIC.TACTIC_ID.eq(Objects.requireNonNull(chosen.field(TACTIC.TACTIC_ID))))
                .join(CHANNEL)
                .on(CHANNEL.CHANNEL_ID.eq(TACTIC.CHANNEL_ID))
                .leftJoin(MARKETING_STRATEGY)
                .on(MARKETING_STRATEGY.MARKETING_STRATEGY_ID.eq(TACTIC.MARKETING_STRATEGY_ID));
    }

    private static final List<Field<?>> ENTRY_FIELDS = List.of(
            TACTIC.TACTIC_ID,
            TACTIC.TITLE,
            CHANNEL.NAME,
            CHANNEL.KIND,
            CHANNEL.COLOUR,
            TACTIC.SCHEDULED_START,
            TACTIC.SCHEDULED_END,
            TACTIC.STATUS,
            TACTIC.INTENT,
            MARKETING_STRATEGY.BUSINESS_OBJECTIVE_ID,
            TACTIC.CAMPAIGN_ID,
            TACTIC.OWNER_ID,
            TACTIC.VERSION);

    private CalendarEntry entry(Record r) {
        var t = TACTIC;
        return new CalendarEntry(
                r.get(t.TACTIC_ID),
                r.get(t.TITLE),
                r.get(CHANNEL.NAME),
                r.get(CHANNEL.KIND),
                r.get(CHANNEL.COLOUR),
                r.get(t.SCHEDULED_START),
                r.get(t.SCHEDULED_END),
                r.get(t.STATUS),
                r.get(t.INTENT),
                r.get(MARKETING_STRATEGY.BUSINESS_OBJECTIVE_ID),
                r.get(t.CAMPAIGN_ID),
                r.get(t.OWNER_ID),
                r.get(t.VERSION));
    }

    /** Which day on screen (0, 1, ...) an instant falls on in {@code zone}: one comparison per day boundary. */
    private static Field<Integer> dayOf(Field<Instant> instant, List<LocalDate> days, ZoneId zone) {
        CaseConditionStep<Integer> day =
                when(instant.lt(days.get(1).atStartOfDay(zone).toInstant()), inline(0));
        for (int i = 2; i < days.size(); i++) {
            day = day.when(instant.lt(days.get(i).atStartOfDay(zone).toInstant()), inline(i - 1));
        }
        return day.otherwise(inline(days.size() - 1));
    }

    /** Tactics overlapping [from, to): a moment inside it, or a span that ends after {@code from}. */
    static Condition overlaps(Instant from, Instant to) {
        var t = TACTIC;
        return t.SCHEDULED_START
                .lt(to)
                .and(t.SCHEDULED_START.ge(from.minus(Tactic.MAX_DURATION)))
                .and(t.SCHEDULED_END.isNull().and(t.SCHEDULED_START.ge(from)).or(t.SCHEDULED_END.gt(from)));
    }

    static Condition matches(CalendarFilter f) {
        var t = TACTIC;
        return noCondition()
                .and(
                        f.objectiveId() == null
                                ? noCondition()
                                : MARKETING_STRATEGY.BUSINESS_OBJECTIVE_ID.eq(f.objectiveId()))
                .and(f.strategyId() == null ? noCondition() : t.MARKETING_STRATEGY_ID.eq(f.strategyId()))
                .and(f.campaignId() == null ? noCondition() : t.CAMPAIGN_ID.eq(f.campaignId()))
                .and(f.channelId() == null ? noCondition() : t.CHANNEL_ID.eq(f.channelId()))
                .and(f.channelKind() == null ? noCondition() : CHANNEL.KIND.eq(f.channelKind()))
                .and(f.departmentId() == null ? noCondition() : t.DEPARTMENT_ID.eq(f.departmentId()))
                .and(f.status() == null ? noCondition() : t.STATUS.eq(f.status()))
                .and(f.intent() == null ? noCondition() : t.INTENT.eq(f.intent()))
                .and(f.ownerId() == null ? noCondition() : t.OWNER_ID.eq(f.ownerId()));
    }
}

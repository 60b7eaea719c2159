package app.throughline.calendar;

import static app.throughline.db.Tables.CAMPAIGN;
import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.TACTIC;
import static org.jooq.impl.DSL.noCondition;

import app.throughline.tactic.Tactic;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Component;

/**
 * Reads the tactics of one visible range: one query, a range scan on the start index. A tactic
 * lasts at most {@link Tactic#MAX_DURATION}, so tactics overlapping the range all start after
 * {@code from - MAX_DURATION}; that bound keeps the scan on the index however big the table
 * (docs/design-decisions/DD005-calendar-range-reads.md).
 */
@Component
class CalendarQuery {

    private final DSLContext db;

    CalendarQuery(DSLContext db) {
        this.db = db;
    }

    /** Tactics overlapping [from, to): a moment inside it, or a span that ends after {@code from}. */
    List<CalendarEntry> entries(Instant from, Instant to, CalendarFilter filter) {
        var t = TACTIC;
        var s = MARKETING_STRATEGY;
        Condition overlaps = t.SCHEDULED_START.lt(to)
                .and(t.SCHEDULED_START.ge(from.minus(Tactic.MAX_DURATION)))
                .and(t.SCHEDULED_END.isNull().and(t.SCHEDULED_START.ge(from)).or(t.SCHEDULED_END.gt(from)));
        return db.select(t.TACTIC_ID, t.TITLE, CHANNEL.NAME, CHANNEL.KIND, CHANNEL.COLOUR, t.SCHEDULED_START,
                        t.SCHEDULED_END, t.STATUS, t.INTENT, s.BUSINESS_OBJECTIVE_ID, t.CAMPAIGN_ID, t.OWNER_ID,
                        t.VERSION)
                .from(t)
                .join(CHANNEL).on(CHANNEL.CHANNEL_ID.eq(t.CHANNEL_ID))
                .leftJoin(s).on(s.MARKETING_STRATEGY_ID.eq(t.MARKETING_STRATEGY_ID))
                .where(overlaps).and(matches(filter))
                .orderBy(t.SCHEDULED_START, t.TACTIC_ID)
                .fetch(Records.mapping(CalendarEntry::new));
    }

    /** Campaigns whose dates overlap [from, to] (whole days), narrowed like the tactics. */
    List<CampaignBand> campaigns(LocalDate from, LocalDate to, CalendarFilter filter) {
        var c = CAMPAIGN;
        var s = MARKETING_STRATEGY;
        return db.select(c.CAMPAIGN_ID, c.NAME, c.INTENT, c.COLOUR, c.STARTS_ON, c.ENDS_ON)
                .from(c)
                .join(s).on(s.MARKETING_STRATEGY_ID.eq(c.MARKETING_STRATEGY_ID))
                .where(c.STARTS_ON.le(to)).and(c.ENDS_ON.ge(from))
                .and(filter.objectiveId() == null ? noCondition() : s.BUSINESS_OBJECTIVE_ID.eq(filter.objectiveId()))
                .and(filter.strategyId() == null ? noCondition() : c.MARKETING_STRATEGY_ID.eq(filter.strategyId()))
                .and(filter.campaignId() == null ? noCondition() : c.CAMPAIGN_ID.eq(filter.campaignId()))
                .and(filter.intent() == null ? noCondition() : c.INTENT.eq(filter.intent()))
                .orderBy(c.STARTS_ON, c.NAME)
                .fetch(Records.mapping(CampaignBand::new));
    }

    private static Condition matches(CalendarFilter f) {
        var t = TACTIC;
        return noCondition()
                .and(f.objectiveId() == null ? noCondition()
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

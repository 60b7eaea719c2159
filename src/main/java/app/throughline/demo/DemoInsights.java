package app.throughline.demo;

import static app.throughline.db.Tables.INSIGHT;
import static app.throughline.db.Tables.INSIGHT_LINK;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.TACTIC;

import app.throughline.listening.InsightKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The demo's listening log: a dozen insights of every kind heard over the last ten weeks, seven
 * acted on (linked to the strategy or tactic they changed) and three "heard, not acted on"
 * (unlinked and heard more than 30 days ago); the two newest are simply not linked yet.
 *
 * <p>Written once, with the organisation ({@link DemoOrganisation#create}), with days relative to
 * that first day. {@link DemoRoller} does not tell them again: as the demo ages, its insights age
 * with it (after ten weeks they all lie beyond 30 days, and the "acted on" share of the last 90
 * days then reads the older ones until they leave the window too). The linked tactics are the
 * strategies' own generated ones, which the roller keeps, never the coaching story's, which it
 * writes anew each day.
 */
final class DemoInsights {

    /**
     * One insight of the demo.
     *
     * @param channel where it was heard when on one of our channels (a {@link DemoChannel} name)
     * @param source where it was heard otherwise (free text); exactly one of the two is set
     * @param daysAgo the day it was heard, counted back from the demo's first day
     * @param strategy the strategy it changed (by name), or null
     * @param tacticOf the strategy (by name) whose next planned tactic it changed, or null
     */
    record Heard(
            InsightKind kind,
            String by,
            @Nullable String channel,
            @Nullable String source,
            int daysAgo,
            String heard,
            @Nullable String strategy,
            @Nullable String tacticOf) {}

    static final String CASH_FLOW = "Be the trusted voice for CFOs on cash flow";
    static final String SUPPORT = "Answer customers where they already are";
    static final String ENGINEERS = "Let our engineers tell the story";
    static final String CULTURE = "Show the culture from the inside";
    static final String WHATS_NEW = "Show customers what's new before they ask";
    static final String PARTNERS = "Win accounting partners as a referral channel";

    static final List<Heard> ALL = List.of(
            new Heard(
                    InsightKind.QUESTION,
                    "social",
                    "LinkedIn",
                    null,
                    3,
                    "Three people asked under our cash-flow post whether the forecast handles two currencies.",
                    CASH_FLOW,
                    CASH_FLOW),
            new Heard(
                    InsightKind.COMPLAINT,
                    "care.lead",
                    null,
                    "Support desk calls",
                    12,
                    "At month end, customers say the steps to reconnect a paused bank feed are hard to find.",
                    SUPPORT,
                    null),
            new Heard(
                    InsightKind.PRAISE,
                    "contributor",
                    "X",
                    null,
                    6,
                    "A customer thanked us in public for the quick answer about the paused feed.",
                    null,
                    null),
            new Heard(
                    InsightKind.IDEA,
                    "samir.sales",
                    null,
                    "Sales call with a 200-person logistics firm",
                    20,
                    "Their CFO wants a month-end close checklist they can share with the team.",
                    null,
                    CASH_FLOW),
            new Heard(
                    InsightKind.COMPETITOR_MOVE,
                    "dan.sales",
                    "Trade show",
                    null,
                    40,
                    "LedgerLoop handed out a free cash-flow forecast template at their stand; people queued for it.",
                    CASH_FLOW,
                    null),
            new Heard(
                    InsightKind.QUESTION,
                    "marketer",
                    "Webinar",
                    null,
                    45,
                    "Most questions in the webinar were about approval flows for invoices above a limit.",
                    null,
                    null),
            new Heard(
                    InsightKind.COMPLAINT,
                    "social",
                    "Instagram",
                    null,
                    52,
                    "Comments say our posts are all product and no people.",
                    CULTURE,
                    null),
            new Heard(
                    InsightKind.PRAISE,
                    "samir.sales",
                    null,
                    "Partner meeting in Hamburg",
                    35,
                    "Berger & Partner say the partner portal saves them an afternoon every month.",
                    null,
                    null),
            new Heard(
                    InsightKind.IDEA,
                    "hannah.hr",
                    "Intranet",
                    null,
                    60,
                    "Engineers would like to write on the blog about how we test software that moves money.",
                    ENGINEERS,
                    ENGINEERS),
            new Heard(
                    InsightKind.COMPETITOR_MOVE,
                    "strategist",
                    null,
                    "Industry newsletter",
                    70,
                    "Two competitors cut their entry price for firms with fewer than 50 people.",
                    null,
                    null),
            new Heard(
                    InsightKind.QUESTION,
                    "marketer",
                    "Newsletter",
                    null,
                    15,
                    "Readers reply asking when the new reporting features arrive.",
                    null,
                    WHATS_NEW),
            new Heard(
                    InsightKind.IDEA,
                    "contributor",
                    null,
                    "Onboarding office hours",
                    1,
                    "New customers would like a two-minute video for their first bank connection.",
                    null,
                    null));

    private final DSLContext db;
    private final Map<String, DemoChannel> channels;
    private final Map<String, DemoPerson> people;
    private final LocalDate today;
    private final Instant now;

    DemoInsights(
            DSLContext db,
            Map<String, DemoChannel> channels,
            Map<String, DemoPerson> people,
            LocalDate today,
            Instant now) {
        this.db = db;
        this.channels = channels;
        this.people = people;
        this.today = today;
        this.now = now;
    }

    /** Writes the insights and their links; returns how many insights. */
    int tell() {
        for (Heard h : ALL) {
            long by = DemoOrganisation.person(people, h.by()).id();
            LocalDate day = today.minusDays(h.daysAgo());
            Instant recorded = earlier(day.atTime(LocalTime.of(17, 0))
                    .atZone(DemoOrganisation.ZONE)
                    .toInstant());
            Long channelId = h.channel() == null
                    ? null
                    : Objects.requireNonNull(channels.get(h.channel()), h.channel())
                            .id();
            long id = db.insertInto(INSIGHT)
                    .set(INSIGHT.HEARD, h.heard())
                    .set(INSIGHT.SOURCE_CHANNEL_ID, channelId)
                    .set(INSIGHT.SOURCE_TEXT, h.source())
                    .set(INSIGHT.HEARD_ON, day)
                    .set(INSIGHT.KIND, h.kind().name())
                    .set(INSIGHT.RECORDED_BY, by)
                    .set(INSIGHT.RECORDED_AT, recorded)
                    .returningResult(INSIGHT.INSIGHT_ID)
                    .fetchSingle()
                    .value1();
            // acted on a couple of days after it was heard
            Instant linked = earlier(recorded.plus(Duration.ofDays(2)));
            if (h.strategy() != null) {
                Long strategyId = strategy(h.strategy());
                if (strategyId != null) {
                    link(id, null, strategyId, by, linked);
                }
            }
            if (h.tacticOf() != null) {
                Long strategyId = strategy(h.tacticOf());
                Long tacticId = strategyId == null ? null : nextTactic(strategyId);
                if (tacticId != null) {
                    link(id, tacticId, null, by, linked);
                }
            }
        }
        return ALL.size();
    }

    private void link(long insightId, @Nullable Long tacticId, @Nullable Long strategyId, long by, Instant at) {
        db.insertInto(INSIGHT_LINK)
                .set(INSIGHT_LINK.INSIGHT_ID, insightId)
                .set(INSIGHT_LINK.TACTIC_ID, tacticId)
                .set(INSIGHT_LINK.MARKETING_STRATEGY_ID, strategyId)
                .set(INSIGHT_LINK.LINKED_BY, by)
                .set(INSIGHT_LINK.LINKED_AT, at)
                .execute();
    }

    private @Nullable Long strategy(String name) {
        return db.select(MARKETING_STRATEGY.MARKETING_STRATEGY_ID)
                .from(MARKETING_STRATEGY)
                .where(MARKETING_STRATEGY.NAME.eq(name))
                .limit(1)
                .fetchOne(MARKETING_STRATEGY.MARKETING_STRATEGY_ID);
    }

    /** The strategy's first tactic planned after now: a generated one, which the roller keeps. */
    private @Nullable Long nextTactic(long strategyId) {
        return db.select(TACTIC.TACTIC_ID)
                .from(TACTIC)
                .where(TACTIC.MARKETING_STRATEGY_ID.eq(strategyId))
                .and(TACTIC.SCHEDULED_START.gt(now))
                .orderBy(TACTIC.SCHEDULED_START, TACTIC.TACTIC_ID)
                .limit(1)
                .fetchOne(TACTIC.TACTIC_ID);
    }

    private Instant earlier(Instant at) {
        return at.isAfter(now) ? now : at;
    }
}

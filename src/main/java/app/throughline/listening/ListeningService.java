package app.throughline.listening;

import static app.throughline.db.Tables.BUSINESS_OBJECTIVE;
import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.INSIGHT;
import static app.throughline.db.Tables.INSIGHT_LINK;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.TACTIC;

import app.throughline.common.Check;
import app.throughline.common.ConcurrentEditException;
import app.throughline.common.NotFoundException;
import app.throughline.common.ValidationException;
import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record12;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The listening log: recording what was heard, linking it to the tactics and strategies it
 * changed (from either side), the "heard, not acted on" list and the "listening acted on" figure.
 * Everyone signed in reads; who writes is {@link ListeningPolicy}'s to say.
 *
 * <p>Days are whole days ({@code heard_on}); "today" is today in the signed-in person's time zone.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ListeningService {

    /** How many days, today included, {@link #actedOnShare()} looks back. */
    public static final int SHARE_DAYS = 90;

    /** The most tactics the "link to a tactic" search returns. */
    public static final int SEARCH_LIMIT = 20;

    private final DSLContext db;
    private final ListeningPolicy policy;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    ListeningService(DSLContext db, ListeningPolicy policy, CurrentUserProvider currentUser, Clock clock) {
        this.db = db;
        this.policy = policy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // --- reading ------------------------------------------------------------------------------

    /** Today in the signed-in person's time zone: the day "heard on" defaults to and ages count from. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(currentUser.get().zone()));
    }

    /** One page of the log, newest first (by the day heard, then the latest recorded). */
    public List<Insight> list(InsightFilter filter, int offset, int limit) {
        return select().where(matching(filter))
                .orderBy(INSIGHT.HEARD_ON.desc(), INSIGHT.INSIGHT_ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(Insight::new));
    }

    /** How many insights the log holds with this filter. */
    public int count(InsightFilter filter) {
        return db.fetchCount(INSIGHT, matching(filter));
    }

    /** One insight with its links. */
    public InsightDetail insight(long id) {
        return new InsightDetail(find(id), links(id));
    }

    /** The insights behind a tactic (for the composer), newest first. */
    public List<Insight> insightsForTactic(long tacticId) {
        return linkedTo(INSIGHT_LINK.TACTIC_ID.eq(tacticId));
    }

    /** The insights behind a strategy (for the plan), newest first. */
    public List<Insight> insightsForStrategy(long strategyId) {
        return linkedTo(INSIGHT_LINK.MARKETING_STRATEGY_ID.eq(strategyId));
    }

    /**
     * One page of the insights "heard, not acted on": linked to no tactic and no strategy, and
     * heard more than {@value Insight#ACT_WITHIN_DAYS} days before today (from the 31st day on),
     * newest first.
     */
    public List<Insight> heardNotActedOn(int offset, int limit) {
        return list(new InsightFilter(null, true), offset, limit);
    }

    /** How many insights are "heard, not acted on" today. */
    public int heardNotActedOnCount() {
        return count(new InsightFilter(null, true));
    }

    /**
     * The "listening acted on" figure for the days {@code first} to {@code last}, both included:
     * of the insights <em>heard</em> on those days ({@code heard_on}, whenever they were
     * recorded), how many are linked to at least one tactic or strategy <em>now</em> (whenever
     * the link was made; a link to a tactic or strategy since deleted no longer counts). An
     * insight counts once however many links it has. When nothing was heard, the share is empty
     * rather than zero.
     */
    public ActedOnShare actedOnShare(LocalDate first, LocalDate last) {
        Condition heard = INSIGHT.HEARD_ON.between(first, last);
        int all = db.fetchCount(INSIGHT, heard);
        int actedOn = db.fetchCount(INSIGHT, heard.andExists(linkOf(INSIGHT.INSIGHT_ID)));
        return new ActedOnShare(first, last, all, actedOn);
    }

    /** {@link #actedOnShare(LocalDate, LocalDate)} for the last {@value #SHARE_DAYS} days, today included. */
    public ActedOnShare actedOnShare() {
        LocalDate today = today();
        return actedOnShare(today.minusDays(SHARE_DAYS - 1L), today);
    }

    /**
     * Tactics whose title contains {@code text} (any case; blank: any tactic), for the "link to
     * a tactic" picker: at most {@value #SEARCH_LIMIT}, the latest planned or noted first.
     */
    public List<TacticChoice> searchTactics(@Nullable String text) {
        var t = TACTIC;
        Condition matches =
                text == null || text.isBlank() ? DSL.noCondition() : t.TITLE.containsIgnoreCase(text.strip());
        return db.select(t.TACTIC_ID, t.TITLE, t.SCHEDULED_START, CHANNEL.NAME)
                .from(t)
                .join(CHANNEL)
                .on(CHANNEL.CHANNEL_ID.eq(t.CHANNEL_ID))
                .where(matches)
                .orderBy(DSL.coalesce(t.SCHEDULED_START, t.CREATED_AT).desc(), t.TACTIC_ID.desc())
                .limit(SEARCH_LIMIT)
                .fetch(Records.mapping(TacticChoice::new));
    }

    /** Whether the signed-in person may record insights and link them (what the views offer). */
    public boolean mayRecord() {
        return policy.mayRecord(currentUser.get());
    }

    /** Whether the signed-in person may change this insight. */
    public boolean mayEdit(Insight insight) {
        return policy.mayEdit(currentUser.get(), insight);
    }

    // --- writing ------------------------------------------------------------------------------

    /** Records what was heard, by the signed-in person, now. */
    @Transactional
    @PreAuthorize("@listeningPolicy.mayRecord()")
    public Insight record(InsightDraft draft) {
        CurrentUser user = currentUser.get();
        Valid valid = validate(draft);
        long id = db.insertInto(INSIGHT)
                .set(INSIGHT.HEARD, valid.heard())
                .set(INSIGHT.SOURCE_CHANNEL_ID, valid.channelId())
                .set(INSIGHT.SOURCE_TEXT, valid.source())
                .set(INSIGHT.HEARD_ON, valid.heardOn())
                .set(INSIGHT.KIND, valid.kind().name())
                .set(INSIGHT.RECORDED_BY, user.personId())
                .set(INSIGHT.RECORDED_AT, clock.instant())
                .returningResult(INSIGHT.INSIGHT_ID)
                .fetchSingle()
                .value1();
        return find(id);
    }

    /**
     * Changes an insight: its author, or an admin, strategist or marketer.
     *
     * @param version the version the person started from; a newer one means someone else changed it
     */
    @Transactional
    @PreAuthorize("@listeningPolicy.mayRecord()")
    public Insight edit(long id, int version, InsightDraft draft) {
        Insight current = find(id);
        if (!policy.mayEdit(currentUser.get(), current)) {
            throw new AccessDeniedException(
                    "You can change the insights you recorded; a marketer or strategist changes anyone's");
        }
        Valid valid = validate(draft);
        int updated = db.update(INSIGHT)
                .set(INSIGHT.HEARD, valid.heard())
                .set(INSIGHT.SOURCE_CHANNEL_ID, valid.channelId())
                .set(INSIGHT.SOURCE_TEXT, valid.source())
                .set(INSIGHT.HEARD_ON, valid.heardOn())
                .set(INSIGHT.KIND, valid.kind().name())
                .set(INSIGHT.VERSION, INSIGHT.VERSION.plus(1))
                .where(INSIGHT.INSIGHT_ID.eq(id).and(INSIGHT.VERSION.eq(version)))
                .execute();
        if (updated != 1) {
            throw ConcurrentEditException.changed("This insight");
        }
        return find(id);
    }

    /**
     * Links the insight to a tactic or a strategy it changed. Linking twice changes nothing.
     *
     * @return whether the link is new
     */
    @Transactional
    @PreAuthorize("@listeningPolicy.mayRecord()")
    public boolean link(long insightId, LinkTarget target) {
        CurrentUser user = currentUser.get();
        find(insightId);
        Long tacticId = target.tacticId();
        Long strategyId = target.strategyId();
        if (tacticId != null && !db.fetchExists(TACTIC, TACTIC.TACTIC_ID.eq(tacticId))) {
            throw new NotFoundException("This tactic");
        }
        if (strategyId != null
                && !db.fetchExists(MARKETING_STRATEGY, MARKETING_STRATEGY.MARKETING_STRATEGY_ID.eq(strategyId))) {
            throw new NotFoundException("This strategy");
        }
        return db.insertInto(INSIGHT_LINK)
                        .set(INSIGHT_LINK.INSIGHT_ID, insightId)
                        .set(INSIGHT_LINK.TACTIC_ID, tacticId)
                        .set(INSIGHT_LINK.MARKETING_STRATEGY_ID, strategyId)
                        .set(INSIGHT_LINK.LINKED_BY, user.personId())
                        .set(INSIGHT_LINK.LINKED_AT, clock.instant())
                        .onDuplicateKeyIgnore()
                        .execute()
                == 1;
    }

    /**
     * Removes a link. Removing one that is not there changes nothing.
     *
     * @return whether there was such a link
     */
    @Transactional
    @PreAuthorize("@listeningPolicy.mayRecord()")
    public boolean unlink(long insightId, LinkTarget target) {
        Long tacticId = target.tacticId();
        Long strategyId = target.strategyId();
        Condition which = tacticId != null
                ? INSIGHT_LINK.TACTIC_ID.eq(tacticId)
                : INSIGHT_LINK.MARKETING_STRATEGY_ID.eq(Objects.requireNonNull(strategyId));
        return db.deleteFrom(INSIGHT_LINK)
                        .where(INSIGHT_LINK.INSIGHT_ID.eq(insightId))
                        .and(which)
                        .execute()
                == 1;
    }

    // --- the rules ------------------------------------------------------------------------------

    private record Valid(
            String heard,
            @Nullable Long channelId,
            @Nullable String source,
            LocalDate heardOn,
            InsightKind kind) {}

    /** Plain text (line breaks as {@code \n}); a channel or a source, not both; a day not after today. */
    private Valid validate(InsightDraft draft) {
        String raw = draft.heard();
        String heard = Check.required(
                "heard", "What was heard", raw == null ? null : raw.replace("\r\n", "\n"), Insight.MAX_LENGTH);
        InsightKind kind = Check.present("kind", "The kind", draft.kind());
        LocalDate heardOn = Check.present("heardOn", "The day it was heard", draft.heardOn());
        if (heardOn.isAfter(today())) {
            throw new ValidationException("heardOn", "It cannot have been heard in the future");
        }
        Long channelId = draft.channelId();
        String source = Check.optional("source", "The source", draft.source(), Insight.SOURCE_MAX);
        if (channelId == null && source == null) {
            throw new ValidationException("source", "Say where it was heard: one of our channels, or another source");
        }
        if (channelId != null && source != null) {
            throw new ValidationException("source", "Choose a channel or name another source, not both");
        }
        if (channelId != null && !db.fetchExists(CHANNEL, CHANNEL.CHANNEL_ID.eq(channelId))) {
            throw new ValidationException("channel", "This channel no longer exists; choose another");
        }
        return new Valid(heard, channelId, source, heardOn, kind);
    }

    // --- queries --------------------------------------------------------------------------------

    private Condition matching(InsightFilter filter) {
        Condition condition = DSL.noCondition();
        InsightKind kind = filter.kind();
        if (kind != null) {
            condition = condition.and(INSIGHT.KIND.eq(kind.name()));
        }
        if (filter.notActedOn()) {
            condition = condition
                    .and(INSIGHT.HEARD_ON.lt(Insight.notActedOnBefore(today())))
                    .andNotExists(linkOf(INSIGHT.INSIGHT_ID));
        }
        return condition;
    }

    private org.jooq.Select<?> linkOf(Field<Long> insightId) {
        return DSL.selectOne().from(INSIGHT_LINK).where(INSIGHT_LINK.INSIGHT_ID.eq(insightId));
    }

    private Insight find(long id) {
        return select().where(INSIGHT.INSIGHT_ID.eq(id))
                .fetchOptional(Records.mapping(Insight::new))
                .orElseThrow(() -> new NotFoundException("This insight"));
    }

    private List<Insight> linkedTo(Condition link) {
        return select().where(DSL.exists(DSL.selectOne()
                        .from(INSIGHT_LINK)
                        .where(INSIGHT_LINK.INSIGHT_ID.eq(INSIGHT.INSIGHT_ID))
                        .and(link)))
                .orderBy(INSIGHT.HEARD_ON.desc(), INSIGHT.INSIGHT_ID.desc())
                .fetch(Records.mapping(Insight::new));
    }

    private List<InsightLink> links(long insightId) {
        var l = INSIGHT_LINK;
        return db.select(
                        l.INSIGHT_ID,
                        l.TACTIC_ID,
                        l.MARKETING_STRATEGY_ID,
                        TACTIC.TITLE,
                        BUSINESS_OBJECTIVE.NAME,
                        MARKETING_STRATEGY.NAME,
                        PERSON.DISPLAY_NAME,
                        l.LINKED_AT)
                .from(l)
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(l.LINKED_BY))
                .leftJoin(TACTIC)
                .on(TACTIC.TACTIC_ID.eq(l.TACTIC_ID))
                .leftJoin(MARKETING_STRATEGY)
                .on(MARKETING_STRATEGY.MARKETING_STRATEGY_ID.eq(l.MARKETING_STRATEGY_ID))
                .leftJoin(BUSINESS_OBJECTIVE)
                .on(BUSINESS_OBJECTIVE.BUSINESS_OBJECTIVE_ID.eq(MARKETING_STRATEGY.BUSINESS_OBJECTIVE_ID))
                .where(l.INSIGHT_ID.eq(insightId))
                // tactics first, then strategies; each in the order they were linked
                .orderBy(l.TACTIC_ID.isNull(), l.LINKED_AT, l.INSIGHT_LINK_ID)
                .fetch(r -> new InsightLink(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value2() != null ? Objects.requireNonNull(r.value4()) : r.value5() + " › " + r.value6(),
                        r.value7(),
                        r.value8()));
    }

    private SelectOnConditionStep<
                    Record12<
                            Long,
                            String,
                            Long,
                            String,
                            String,
                            LocalDate,
                            InsightKind,
                            Long,
                            String,
                            java.time.Instant,
                            Integer,
                            Integer>>
            select() {
        var i = INSIGHT;
        Field<Integer> links =
                DSL.field(DSL.selectCount().from(INSIGHT_LINK).where(INSIGHT_LINK.INSIGHT_ID.eq(i.INSIGHT_ID)));
        return db.select(
                        i.INSIGHT_ID,
                        i.HEARD,
                        i.SOURCE_CHANNEL_ID,
                        CHANNEL.NAME,
                        i.SOURCE_TEXT,
                        i.HEARD_ON,
                        i.KIND.convertFrom(InsightKind::valueOf),
                        i.RECORDED_BY,
                        PERSON.DISPLAY_NAME,
                        i.RECORDED_AT,
                        i.VERSION,
                        links)
                .from(i)
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(i.RECORDED_BY))
                .leftJoin(CHANNEL)
                .on(CHANNEL.CHANNEL_ID.eq(i.SOURCE_CHANNEL_ID));
    }
}

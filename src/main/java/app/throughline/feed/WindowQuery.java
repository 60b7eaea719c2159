package app.throughline.feed;

import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.TACTIC;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;

import app.throughline.calendar.CalendarConditions;
import app.throughline.calendar.CalendarFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.SelectJoinStep;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the tactics of a long window (a feed's months, a shared calendar's month) narrowed by a
 * calendar filter: the same overlap rule and index range as the calendar (DD005) and the same
 * filter meaning as {@code calendar.CalendarQuery}. Used by the feed and share-link services only,
 * which check the caller first.
 */
@Component
public class WindowQuery {

    private final DSLContext db;

    WindowQuery(DSLContext db) {
        this.db = db;
    }

    /** The tactics overlapping [from, to) that match {@code filter}, by start, at most {@code limit}. */
    public List<FeedEntry> entries(Instant from, Instant to, CalendarFilter filter, int limit) {
        var t = TACTIC;
        return read(filter)
                .where(CalendarConditions.shown(from, to, filter))
                .orderBy(t.SCHEDULED_START, t.TACTIC_ID)
                .limit(limit)
                .fetch(WindowQuery::entry);
    }

    /** One tactic, if it overlaps [from, to) and matches {@code filter}; with its body if {@code body}. */
    public Optional<FeedEntryWithBody> one(long id, CalendarFilter filter, boolean body) {
        return read(filter, TACTIC.BODY)
                .where(TACTIC.TACTIC_ID.eq(id))
                .and(TACTIC.SCHEDULED_START.isNotNull())
                .and(CalendarConditions.matching(filter))
                .fetchOptional(r -> new FeedEntryWithBody(entry(r), body ? r.get(TACTIC.BODY) : null));
    }

    /** The tactic and, when the reader may see it, its body. */
    public record FeedEntryWithBody(
            FeedEntry entry, @Nullable String body) {}

    /** How the window stands now, from the index and the rows' versions, without reading titles. */
    public WindowStamp stamp(Instant from, Instant to, CalendarFilter filter) {
        var t = TACTIC;
        // an order-free checksum of (id, version): any save, addition or deletion changes it
        Field<Long> checksum =
                field("coalesce(bit_xor(crc32(concat({0}, ':', {1}))), 0)", SQLDataType.BIGINT, t.TACTIC_ID, t.VERSION);
        Field<Instant> last = max(t.UPDATED_AT);
        SelectJoinStep<Record3<Integer, Long, Instant>> read =
                db.select(count(), checksum, last).from(t);
        if (filter.channelKind() != null) {
            read = read.join(CHANNEL).on(CHANNEL.CHANNEL_ID.eq(t.CHANNEL_ID));
        }
        if (filter.objectiveId() != null) {
            read = read.join(MARKETING_STRATEGY)
                    .on(MARKETING_STRATEGY.MARKETING_STRATEGY_ID.eq(t.MARKETING_STRATEGY_ID));
        }
        var r = read.where(CalendarConditions.shown(from, to, filter)).fetchSingle();
        Instant latest = r.value3();
        return new WindowStamp(r.value1(), r.value2(), latest == null ? Instant.EPOCH : latest);
    }

    private SelectJoinStep<Record> read(CalendarFilter filter, Field<?>... extra) {
        var t = TACTIC;
        var fields = new ArrayList<Field<?>>(List.of(
                t.TACTIC_ID,
                t.TITLE,
                CHANNEL.NAME,
                CHANNEL.COLOUR,
                t.SCHEDULED_START,
                t.SCHEDULED_END,
                t.STATUS,
                t.VERSION,
                t.UPDATED_AT));
        fields.addAll(List.of(extra));
        SelectJoinStep<Record> read = db.select(fields).from(t).join(CHANNEL).on(CHANNEL.CHANNEL_ID.eq(t.CHANNEL_ID));
        if (filter.objectiveId() != null) {
            read = read.join(MARKETING_STRATEGY)
                    .on(MARKETING_STRATEGY.MARKETING_STRATEGY_ID.eq(t.MARKETING_STRATEGY_ID));
        }
        return read;
    }

    private static FeedEntry entry(Record r) {
        var t = TACTIC;
        return new FeedEntry(
                r.get(t.TACTIC_ID),
                r.get(t.TITLE),
                r.get(CHANNEL.NAME),
                r.get(CHANNEL.COLOUR),
                r.get(t.SCHEDULED_START),
                r.get(t.SCHEDULED_END),
                r.get(t.STATUS),
                r.get(t.VERSION),
                r.get(t.UPDATED_AT));
    }
}

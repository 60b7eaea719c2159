package app.throughline.tactic;

import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.TACTIC;
import static app.throughline.db.Tables.TACTIC_EDIT;
import static app.throughline.db.Tables.TACTIC_STATUS_CHANGE;

import app.throughline.channel.ChannelKind;
import app.throughline.channel.CopyCounting;
import app.throughline.people.OwnerNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Reads and writes tactics; updates name the version the user started from (optimistic locking). */
@Repository
class TacticRepository {

    private final DSLContext db;

    TacticRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Tactic> find(long id) {
        var t = TACTIC;
        return db.select(
                        t.TACTIC_ID,
                        t.MARKETING_STRATEGY_ID,
                        t.CAMPAIGN_ID,
                        t.TITLE,
                        t.BODY,
                        t.CHANNEL_ID,
                        t.SCHEDULED_START,
                        t.SCHEDULED_END,
                        t.STATUS,
                        t.OWNER_ID,
                        t.DEPARTMENT_ID,
                        t.INTENT,
                        t.INTERACTION_MODE,
                        t.NOTES,
                        t.VERSION)
                .from(t)
                .where(t.TACTIC_ID.eq(id))
                .fetchOptional(Records.mapping(Tactic::new));
    }

    /** The columns a user edits, shared by insert and update. */
    private static Map<Field<?>, Object> values(Tactic x) {
        var t = TACTIC;
        var values = new LinkedHashMap<Field<?>, Object>();
        values.put(t.MARKETING_STRATEGY_ID, x.strategyId());
        values.put(t.CAMPAIGN_ID, x.campaignId());
        values.put(t.TITLE, x.title());
        values.put(t.BODY, x.body());
        values.put(t.CHANNEL_ID, x.channelId());
        values.put(t.SCHEDULED_START, x.scheduledStart());
        values.put(t.SCHEDULED_END, x.scheduledEnd());
        values.put(t.STATUS, x.status());
        values.put(t.OWNER_ID, x.ownerId());
        values.put(t.DEPARTMENT_ID, x.departmentId());
        values.put(t.INTENT, x.intent());
        values.put(t.INTERACTION_MODE, x.interactionMode());
        values.put(t.NOTES, x.notes());
        return values;
    }

    long insert(Tactic x, long by, Instant now) {
        var t = TACTIC;
        long id = db.insertInto(t)
                .set(values(x))
                .set(t.CREATED_BY, by)
                .set(t.CREATED_AT, now)
                .set(t.UPDATED_BY, by)
                .set(t.UPDATED_AT, now)
                .set(t.STATUS_SINCE, now)
                .returningResult(t.TACTIC_ID)
                .fetchSingle()
                .value1();
        recordStatusChange(id, null, x.status(), by, now);
        return id;
    }

    boolean update(Tactic x, TacticStatus previousStatus, long by, Instant now) {
        var t = TACTIC;
        boolean updated = db.update(t)
                        .set(values(x))
                        .set(t.VERSION, t.VERSION.plus(1))
                        .set(t.UPDATED_BY, by)
                        .set(t.UPDATED_AT, now)
                        .set(t.STATUS_SINCE, previousStatus != x.status() ? DSL.val(now) : t.STATUS_SINCE)
                        .where(t.TACTIC_ID.eq(Objects.requireNonNull(x.id())).and(t.VERSION.eq(x.version())))
                        .execute()
                == 1;
        if (updated && previousStatus != x.status()) {
            recordStatusChange(Objects.requireNonNull(x.id()), previousStatus, x.status(), by, now);
        }
        return updated;
    }

    boolean delete(long id, int version) {
        return db.deleteFrom(TACTIC)
                        .where(TACTIC.TACTIC_ID.eq(id).and(TACTIC.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    List<UnalignedIdea> unaligned(int limit) {
        var t = TACTIC;
        return db.select(
                        t.TACTIC_ID,
                        t.TITLE,
                        CHANNEL.NAME,
                        t.OWNER_ID,
                        OwnerNames.shown(PERSON),
                        t.CREATED_AT,
                        t.VERSION)
                .from(t)
                .join(CHANNEL)
                .on(CHANNEL.CHANNEL_ID.eq(t.CHANNEL_ID))
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(t.OWNER_ID))
                .where(t.MARKETING_STRATEGY_ID.isNull())
                .orderBy(t.CREATED_AT.desc())
                .limit(limit)
                .fetch(Records.mapping(UnalignedIdea::new));
    }

    List<TacticStatus> statusHistory(long tacticId) {
        return db.select(TACTIC_STATUS_CHANGE.TO_STATUS)
                .from(TACTIC_STATUS_CHANGE)
                .where(TACTIC_STATUS_CHANGE.TACTIC_ID.eq(tacticId))
                .orderBy(TACTIC_STATUS_CHANGE.TACTIC_STATUS_CHANGE_ID)
                .fetch(TACTIC_STATUS_CHANGE.TO_STATUS);
    }

    /** The rules the channel sets for a tactic's copy, if the channel exists. */
    Optional<ChannelRules> channelRules(long channelId) {
        return db.select(CHANNEL.NAME, CHANNEL.KIND, CHANNEL.MAX_LENGTH, CHANNEL.COUNTING, CHANNEL.RETIRED)
                .from(CHANNEL)
                .where(CHANNEL.CHANNEL_ID.eq(channelId))
                .fetchOptional(Records.mapping(ChannelRules::new));
    }

    /** The person who would own a tactic, if they exist. */
    Optional<Owner> owner(long personId) {
        return db.select(PERSON.PERSON_ID, PERSON.DEPARTMENT_ID)
                .from(PERSON)
                .where(PERSON.PERSON_ID.eq(personId))
                .fetchOptional(Records.mapping(Owner::new));
    }

    /**
     * A channel's rules for copy.
     *
     * @param maxLength the longest copy it takes, or null for no limit
     * @param counting how it counts a copy's length
     * @param retired no longer offered for new tactics (it stays on the tactics that use it)
     */
    record ChannelRules(
            String name, ChannelKind kind, @Nullable Integer maxLength, CopyCounting counting, boolean retired) {

        /** Social channels ask for the social policy's checklist. */
        boolean social() {
            return kind == ChannelKind.SOCIAL;
        }
    }

    /** Whether the person completed the social-policy training. */
    boolean trained(long personId) {
        return db.fetchExists(
                db.selectOne().from(PERSON).where(PERSON.PERSON_ID.eq(personId)).and(PERSON.TRAINED_ON.isNotNull()));
    }

    /** Records an edit of a saved tactic: who, when, and the names of the fields that changed. */
    void recordEdit(long tacticId, List<String> fields, long by, Instant now) {
        db.insertInto(TACTIC_EDIT)
                .set(TACTIC_EDIT.TACTIC_ID, tacticId)
                .set(TACTIC_EDIT.CHANGED_BY, by)
                .set(TACTIC_EDIT.CHANGED_AT, now)
                .set(TACTIC_EDIT.FIELDS, String.join(", ", fields))
                .execute();
    }

    /** Every status change and every edit of the tactic, newest first (two indexed reads). */
    List<HistoryEntry> history(long tacticId) {
        var c = TACTIC_STATUS_CHANGE;
        var e = TACTIC_EDIT;
        var entries = new ArrayList<HistoryEntry>();
        db.select(c.CHANGED_AT, PERSON.DISPLAY_NAME, c.FROM_STATUS, c.TO_STATUS)
                .from(c)
                .leftJoin(PERSON)
                .on(PERSON.PERSON_ID.eq(c.CHANGED_BY))
                .where(c.TACTIC_ID.eq(tacticId))
                .forEach(r -> entries.add(HistoryEntry.statusChange(
                        r.value1(), r.value2(), r.value3(), Objects.requireNonNull(r.value4()))));
        db.select(e.CHANGED_AT, PERSON.DISPLAY_NAME, e.FIELDS)
                .from(e)
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(e.CHANGED_BY))
                .where(e.TACTIC_ID.eq(tacticId))
                .forEach(r -> entries.add(HistoryEntry.edit(r.value1(), r.value2(), r.value3())));
        entries.sort(Comparator.comparing(HistoryEntry::at).reversed());
        return entries;
    }

    /**
     * A tactic's owner as a tactic records them.
     *
     * @param departmentId their department, which the tactic takes over; null when they have none
     */
    record Owner(long id, @Nullable Long departmentId) {}

    private void recordStatusChange(long tacticId, @Nullable TacticStatus from, TacticStatus to, long by, Instant now) {
        db.insertInto(TACTIC_STATUS_CHANGE)
                .set(TACTIC_STATUS_CHANGE.TACTIC_ID, tacticId)
                .set(TACTIC_STATUS_CHANGE.FROM_STATUS, from)
                .set(TACTIC_STATUS_CHANGE.TO_STATUS, to)
                .set(TACTIC_STATUS_CHANGE.CHANGED_BY, by)
                .set(TACTIC_STATUS_CHANGE.CHANGED_AT, now)
                .execute();
    }
}

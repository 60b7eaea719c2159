package app.throughline.spreadsheet;

import static app.throughline.db.Tables.BUSINESS_OBJECTIVE;
import static app.throughline.db.Tables.CAMPAIGN;
import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.SOCIAL_POLICY_ITEM;
import static app.throughline.db.Tables.TACTIC;
import static app.throughline.db.Tables.TACTIC_STATUS_CHANGE;

import app.throughline.channel.ChannelKind;
import app.throughline.channel.CopyCounting;
import app.throughline.plan.Intent;
import app.throughline.tactic.Tactic;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The few reads an import looks up once per file, the known keys per chunk, and the batch writes. */
@Repository
class ImportRepository {

    private final DSLContext db;

    ImportRepository(DSLContext db) {
        this.db = db;
    }

    record ChannelFacts(
            long id,
            String name,
            ChannelKind kind,
            @Nullable Integer maxLength,
            CopyCounting counting,
            boolean retired) {}

    record PersonFacts(long id, String login, @Nullable Long departmentId) {}

    /** A place a tactic can hang: a strategy (campaign null) or one of its campaigns. */
    record ParentFacts(
            long objectiveId,
            String objective,
            long strategyId,
            String strategy,
            @Nullable Long campaignId,
            @Nullable String campaign,
            @Nullable Intent intent) {}

    List<ChannelFacts> channels() {
        var c = CHANNEL;
        return db.select(c.CHANNEL_ID, c.NAME, c.KIND, c.MAX_LENGTH, c.COUNTING, c.RETIRED)
                .from(c)
                .fetch(Records.mapping(ChannelFacts::new));
    }

    List<PersonFacts> people() {
        return db.select(PERSON.PERSON_ID, PERSON.LOGIN, PERSON.DEPARTMENT_ID)
                .from(PERSON)
                .fetch(Records.mapping(PersonFacts::new));
    }

    List<ParentFacts> parents() {
        var o = BUSINESS_OBJECTIVE;
        var s = MARKETING_STRATEGY;
        var c = CAMPAIGN;
        var strategies = db.select(
                        o.BUSINESS_OBJECTIVE_ID,
                        o.NAME,
                        s.MARKETING_STRATEGY_ID,
                        s.NAME,
                        DSL.inline((Long) null, c.CAMPAIGN_ID),
                        DSL.inline((String) null, c.NAME),
                        DSL.inline((Intent) null, c.INTENT))
                .from(s)
                .join(o)
                .on(o.BUSINESS_OBJECTIVE_ID.eq(s.BUSINESS_OBJECTIVE_ID))
                .fetch(Records.mapping(ParentFacts::new));
        var campaigns = db.select(
                        o.BUSINESS_OBJECTIVE_ID,
                        o.NAME,
                        s.MARKETING_STRATEGY_ID,
                        s.NAME,
                        c.CAMPAIGN_ID,
                        c.NAME,
                        c.INTENT)
                .from(c)
                .join(s)
                .on(s.MARKETING_STRATEGY_ID.eq(c.MARKETING_STRATEGY_ID))
                .join(o)
                .on(o.BUSINESS_OBJECTIVE_ID.eq(s.BUSINESS_OBJECTIVE_ID))
                .fetch(Records.mapping(ParentFacts::new));
        strategies.addAll(campaigns);
        return strategies;
    }

    /** Whether the social policy has an item to tick. */
    boolean policyActive() {
        return db.fetchExists(SOCIAL_POLICY_ITEM, SOCIAL_POLICY_ITEM.ACTIVE.isTrue());
    }

    /** Which of {@code keys} tactics carry already (one indexed read per chunk). */
    Set<String> knownKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.select(TACTIC.EXTERNAL_ID)
                .from(TACTIC)
                .where(TACTIC.EXTERNAL_ID.in(keys))
                .fetch(TACTIC.EXTERNAL_ID));
    }

    /** Which of {@code ids} are tactics (rows exported as throughline-&lt;id&gt;). */
    Set<Long> knownIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.select(TACTIC.TACTIC_ID)
                .from(TACTIC)
                .where(TACTIC.TACTIC_ID.in(ids))
                .fetch(TACTIC.TACTIC_ID));
    }

    /** A checked row: its tactic as the composer would save it, and its key. */
    record NewTactic(String key, Tactic tactic) {}

    /**
     * Inserts the tactics in one multi-row statement, and their first status change (as a tactic
     * saved in the composer gets) in one INSERT ... SELECT by their keys. The plan and month
     * tallies follow by the tactic table's triggers.
     */
    void insert(List<NewTactic> rows, long by, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        var t = TACTIC;
        var insert = db.insertInto(
                t,
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
                t.EXTERNAL_ID,
                t.CREATED_BY,
                t.CREATED_AT,
                t.UPDATED_BY,
                t.UPDATED_AT,
                t.STATUS_SINCE);
        for (NewTactic row : rows) {
            Tactic x = row.tactic();
            insert = insert.values(
                    x.strategyId(),
                    x.campaignId(),
                    x.title(),
                    x.body(),
                    x.channelId(),
                    x.scheduledStart(),
                    x.scheduledEnd(),
                    x.status(),
                    x.ownerId(),
                    x.departmentId(),
                    x.intent(),
                    x.interactionMode(),
                    row.key(),
                    by,
                    now,
                    by,
                    now,
                    now);
        }
        insert.execute();
        var c = TACTIC_STATUS_CHANGE;
        db.insertInto(c, c.TACTIC_ID, c.FROM_STATUS, c.TO_STATUS, c.CHANGED_BY, c.CHANGED_AT)
                .select(db.select(
                                t.TACTIC_ID,
                                DSL.inline((app.throughline.tactic.TacticStatus) null, c.FROM_STATUS),
                                t.STATUS,
                                DSL.val(by, c.CHANGED_BY),
                                DSL.val(now, c.CHANGED_AT))
                        .from(t)
                        .where(t.EXTERNAL_ID.in(
                                rows.stream().map(NewTactic::key).toList())))
                .execute();
    }
}

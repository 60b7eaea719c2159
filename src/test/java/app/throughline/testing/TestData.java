package app.throughline.testing;

import static app.throughline.db.Tables.BUSINESS_OBJECTIVE;
import static app.throughline.db.Tables.CAMPAIGN;
import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.DEPARTMENT;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_ROLE;
import static app.throughline.db.Tables.SOCIAL_POLICY_ITEM;
import static app.throughline.db.Tables.TACTIC;
import static app.throughline.db.Tables.TACTIC_COMMENT;
import static app.throughline.db.Tables.TACTIC_POLICY_TICK;
import static app.throughline.db.Tables.TACTIC_STATUS_CHANGE;

import app.throughline.channel.ChannelKind;
import app.throughline.channel.CopyCounting;
import app.throughline.plan.Intent;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.InteractionMode;
import app.throughline.tactic.TacticStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Builds the rows a test needs, straight into the database (inside the test's transaction). */
@Component
public class TestData {

    public static final LocalDate START = LocalDate.of(2027, 1, 1);
    public static final LocalDate END = LocalDate.of(2027, 12, 31);
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final DSLContext db;

    TestData(DSLContext db) {
        this.db = db;
    }

    public long department(String name) {
        return db.insertInto(DEPARTMENT)
                .set(DEPARTMENT.NAME, name)
                .returningResult(DEPARTMENT.DEPARTMENT_ID)
                .fetchSingle()
                .value1();
    }

    /** A department that is (or is not) part of the communications team. */
    public long department(String name, boolean communicationsTeam) {
        return db.insertInto(DEPARTMENT)
                .set(DEPARTMENT.NAME, name)
                .set(DEPARTMENT.COMMUNICATIONS_TEAM, communicationsTeam)
                .returningResult(DEPARTMENT.DEPARTMENT_ID)
                .fetchSingle()
                .value1();
    }

    public long channel(String name, ChannelKind kind) {
        return channel(name, kind, null);
    }

    public long channel(String name, ChannelKind kind, Integer maxLength) {
        return db.insertInto(CHANNEL)
                .set(CHANNEL.NAME, name)
                .set(CHANNEL.KIND, kind)
                .set(CHANNEL.COLOUR, "#123456")
                .set(CHANNEL.MAX_LENGTH, maxLength)
                .returningResult(CHANNEL.CHANNEL_ID)
                .fetchSingle()
                .value1();
    }

    /** A channel that counts its copy's length as {@code counting} does (X: weighted). */
    public long channel(String name, ChannelKind kind, Integer maxLength, CopyCounting counting) {
        long id = channel(name, kind, maxLength);
        db.update(CHANNEL)
                .set(CHANNEL.COUNTING, counting)
                .where(CHANNEL.CHANNEL_ID.eq(id))
                .execute();
        return id;
    }

    /**
     * Ticks every active item of the social policy for the tactic's current copy, as its owner
     * would in the composer (role tests take the policy as given; its own tests untick it).
     */
    public void tickPolicy(long tacticId) {
        var t = TACTIC_POLICY_TICK;
        db.insertInto(t, t.TACTIC_ID, t.SOCIAL_POLICY_ITEM_ID, t.TACTIC_VERSION, t.TICKED_BY, t.TICKED_AT)
                .select(db.select(
                                DSL.val(tacticId),
                                SOCIAL_POLICY_ITEM.SOCIAL_POLICY_ITEM_ID,
                                TACTIC.VERSION,
                                TACTIC.OWNER_ID,
                                DSL.val(NOW))
                        .from(SOCIAL_POLICY_ITEM)
                        .crossJoin(TACTIC)
                        .where(TACTIC.TACTIC_ID.eq(tacticId))
                        .and(SOCIAL_POLICY_ITEM.ACTIVE.isTrue()))
                .onDuplicateKeyIgnore()
                .execute();
    }

    /** A comment written at {@code at} (for what depends on its age, such as the edit window). */
    public long comment(long tacticId, long authorId, String body, Instant at) {
        return db.insertInto(TACTIC_COMMENT)
                .set(TACTIC_COMMENT.TACTIC_ID, tacticId)
                .set(TACTIC_COMMENT.AUTHOR_ID, authorId)
                .set(TACTIC_COMMENT.BODY, body)
                .set(TACTIC_COMMENT.CREATED_AT, at)
                .returningResult(TACTIC_COMMENT.TACTIC_COMMENT_ID)
                .fetchSingle()
                .value1();
    }

    /** Puts the tactic in a department (as if its owner belonged to it). */
    public void tacticDepartment(long tacticId, long departmentId) {
        db.update(TACTIC)
                .set(TACTIC.DEPARTMENT_ID, departmentId)
                .where(TACTIC.TACTIC_ID.eq(tacticId))
                .execute();
    }

    /** Says the tactic entered its current status at {@code at} (the review queue's order). */
    public void statusSince(long tacticId, Instant at) {
        db.update(TACTIC)
                .set(TACTIC.STATUS_SINCE, at)
                .where(TACTIC.TACTIC_ID.eq(tacticId))
                .execute();
    }

    /** Records a status step as the service would have (for the look back). */
    public void statusChange(long tacticId, TacticStatus from, TacticStatus to, long byId, Instant at) {
        db.insertInto(TACTIC_STATUS_CHANGE)
                .set(TACTIC_STATUS_CHANGE.TACTIC_ID, tacticId)
                .set(TACTIC_STATUS_CHANGE.FROM_STATUS, from)
                .set(TACTIC_STATUS_CHANGE.TO_STATUS, to)
                .set(TACTIC_STATUS_CHANGE.CHANGED_BY, byId)
                .set(TACTIC_STATUS_CHANGE.CHANGED_AT, at)
                .execute();
    }

    /** The day the person completed the social-policy training, or null. */
    public LocalDate trainedOn(long personId) {
        return db.select(PERSON.TRAINED_ON)
                .from(PERSON)
                .where(PERSON.PERSON_ID.eq(personId))
                .fetchSingle()
                .value1();
    }

    /**
     * Everything the coaching actions may change, as one comparable string: tactics (status and
     * version), comments, training dates, the social policy. Equal before and after: nothing changed.
     */
    public String coachingSnapshot() {
        return String.join(
                "|",
                db.select(TACTIC.TACTIC_ID, TACTIC.STATUS, TACTIC.VERSION)
                        .from(TACTIC)
                        .orderBy(TACTIC.TACTIC_ID)
                        .fetch()
                        .formatCSV(),
                db.selectFrom(TACTIC_COMMENT)
                        .orderBy(TACTIC_COMMENT.TACTIC_COMMENT_ID)
                        .fetch()
                        .formatCSV(),
                db.select(PERSON.PERSON_ID, PERSON.TRAINED_ON, PERSON.VERSION)
                        .from(PERSON)
                        .orderBy(PERSON.PERSON_ID)
                        .fetch()
                        .formatCSV(),
                db.selectFrom(SOCIAL_POLICY_ITEM)
                        .orderBy(SOCIAL_POLICY_ITEM.SOCIAL_POLICY_ITEM_ID)
                        .fetch()
                        .formatCSV());
    }

    public CurrentUser person(String login, Role... roles) {
        return person(login, ZoneId.of("UTC"), roles);
    }

    public CurrentUser person(String login, ZoneId zone, Role... roles) {
        return person(login, zone, false, roles);
    }

    /** A person who completed the social-policy training (a trained contributor may approve their own work). */
    /** An admin disabled this person: they cannot sign in; what they own stays theirs. */
    public void disable(long personId) {
        db.update(PERSON)
                .set(PERSON.ENABLED, false)
                .where(PERSON.PERSON_ID.eq(personId))
                .execute();
    }

    /** The same person, who chose {@code locale} on their profile. */
    public CurrentUser inLocale(CurrentUser person, Locale locale) {
        db.update(PERSON)
                .set(PERSON.LOCALE, locale.toLanguageTag())
                .where(PERSON.PERSON_ID.eq(person.personId()))
                .execute();
        return new CurrentUser(
                person.personId(),
                person.login(),
                person.displayName(),
                person.zone(),
                person.roles(),
                person.trained(),
                locale,
                false);
    }

    public CurrentUser trainedPerson(String login, Role... roles) {
        return person(login, ZoneId.of("UTC"), true, roles);
    }

    private CurrentUser person(String login, ZoneId zone, boolean trained, Role... roles) {
        String name = Character.toUpperCase(login.charAt(0)) + login.substring(1) + " Tester";
        long id = db.insertInto(PERSON)
                .set(PERSON.LOGIN, login)
                .set(PERSON.DISPLAY_NAME, name)
                .set(PERSON.TIME_ZONE, zone.getId())
                .set(PERSON.PASSWORD_HASH, "{noop}secret")
                .set(PERSON.TRAINED_ON, trained ? START.minusMonths(3) : null)
                .returningResult(PERSON.PERSON_ID)
                .fetchSingle()
                .value1();
        for (Role role : roles) {
            db.insertInto(PERSON_ROLE)
                    .set(PERSON_ROLE.PERSON_ID, id)
                    .set(PERSON_ROLE.ROLE, role)
                    .execute();
        }
        return new CurrentUser(
                id,
                login,
                name,
                zone,
                roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles)),
                trained);
    }

    public long objective(String name, long ownerId) {
        return objective(name, ownerId, START, END);
    }

    /** An objective running over the given days. */
    public long objective(String name, long ownerId, LocalDate from, LocalDate to) {
        return db.insertInto(BUSINESS_OBJECTIVE)
                .set(BUSINESS_OBJECTIVE.NAME, name)
                .set(BUSINESS_OBJECTIVE.OWNER_ID, ownerId)
                .set(BUSINESS_OBJECTIVE.STARTS_ON, from)
                .set(BUSINESS_OBJECTIVE.ENDS_ON, to)
                .set(BUSINESS_OBJECTIVE.CREATED_AT, NOW)
                .set(BUSINESS_OBJECTIVE.UPDATED_AT, NOW)
                .returningResult(BUSINESS_OBJECTIVE.BUSINESS_OBJECTIVE_ID)
                .fetchSingle()
                .value1();
    }

    public long strategy(long objectiveId, String name, long ownerId) {
        return db.insertInto(MARKETING_STRATEGY)
                .set(MARKETING_STRATEGY.BUSINESS_OBJECTIVE_ID, objectiveId)
                .set(MARKETING_STRATEGY.NAME, name)
                .set(MARKETING_STRATEGY.OWNER_ID, ownerId)
                .set(MARKETING_STRATEGY.STARTS_ON, START)
                .set(MARKETING_STRATEGY.ENDS_ON, END)
                .set(MARKETING_STRATEGY.CREATED_AT, NOW)
                .set(MARKETING_STRATEGY.UPDATED_AT, NOW)
                .returningResult(MARKETING_STRATEGY.MARKETING_STRATEGY_ID)
                .fetchSingle()
                .value1();
    }

    public long campaign(long strategyId, String name, Intent intent, long ownerId) {
        return campaign(strategyId, name, intent, ownerId, START, END);
    }

    public long campaign(long strategyId, String name, Intent intent, long ownerId, LocalDate from, LocalDate to) {
        return db.insertInto(CAMPAIGN)
                .set(CAMPAIGN.MARKETING_STRATEGY_ID, strategyId)
                .set(CAMPAIGN.NAME, name)
                .set(CAMPAIGN.INTENT, intent)
                .set(CAMPAIGN.OWNER_ID, ownerId)
                .set(CAMPAIGN.STARTS_ON, from)
                .set(CAMPAIGN.ENDS_ON, to)
                .set(CAMPAIGN.COLOUR, "#3b6ea5")
                .set(CAMPAIGN.CREATED_AT, NOW)
                .set(CAMPAIGN.UPDATED_AT, NOW)
                .returningResult(CAMPAIGN.CAMPAIGN_ID)
                .fetchSingle()
                .value1();
    }

    /** How many tactics there are (in this test's transaction). */
    public int tacticCount() {
        return db.fetchCount(TACTIC);
    }

    /** A tactic; campaignId may be null (directly under the strategy), strategyId too (an idea). */
    public long tactic(
            Long strategyId,
            Long campaignId,
            String title,
            long channelId,
            Instant start,
            Instant end,
            TacticStatus status,
            long ownerId) {
        return db.insertInto(TACTIC)
                .set(TACTIC.MARKETING_STRATEGY_ID, strategyId)
                .set(TACTIC.CAMPAIGN_ID, campaignId)
                .set(TACTIC.TITLE, title)
                .set(TACTIC.CHANNEL_ID, channelId)
                .set(TACTIC.SCHEDULED_START, start)
                .set(TACTIC.SCHEDULED_END, end)
                .set(TACTIC.STATUS, status)
                .set(TACTIC.OWNER_ID, ownerId)
                .set(
                        TACTIC.INTENT,
                        campaignId == null
                                ? Intent.CAMPAIGN
                                : db.select(CAMPAIGN.INTENT)
                                        .from(CAMPAIGN)
                                        .where(CAMPAIGN.CAMPAIGN_ID.eq(campaignId))
                                        .fetchSingle()
                                        .value1())
                .set(TACTIC.INTERACTION_MODE, InteractionMode.BROADCAST)
                .set(TACTIC.CREATED_AT, NOW)
                .set(TACTIC.UPDATED_AT, NOW)
                .returningResult(TACTIC.TACTIC_ID)
                .fetchSingle()
                .value1();
    }

    /**
     * A tactic with everything the alignment measures look at: strategy (null: an idea), channel,
     * start, status, owner, the department it is credited to (null: none), intent and mode.
     */
    public long tactic(
            Long strategyId,
            long channelId,
            Instant start,
            TacticStatus status,
            long ownerId,
            Long departmentId,
            Intent intent,
            InteractionMode mode) {
        return db.insertInto(TACTIC)
                .set(TACTIC.MARKETING_STRATEGY_ID, strategyId)
                .set(TACTIC.TITLE, "Tactic " + intent + " " + mode + " " + start)
                .set(TACTIC.CHANNEL_ID, channelId)
                .set(TACTIC.SCHEDULED_START, strategyId == null ? null : start)
                .set(TACTIC.STATUS, status)
                .set(TACTIC.OWNER_ID, ownerId)
                .set(TACTIC.DEPARTMENT_ID, departmentId)
                .set(TACTIC.INTENT, intent)
                .set(TACTIC.INTERACTION_MODE, mode)
                .set(TACTIC.CREATED_AT, strategyId == null ? start : NOW)
                .set(TACTIC.UPDATED_AT, NOW)
                .returningResult(TACTIC.TACTIC_ID)
                .fetchSingle()
                .value1();
    }

    // --- the review queue and the training (issue 8) ----------------------------------------

    /**
     * A tactic waiting in review since {@code since} (the queue's order), planned for
     * 2027-02-01 09:00 UTC and credited to {@code departmentId} (null: none).
     */
    public long inReview(
            long strategyId, String title, long channelId, long ownerId, Long departmentId, Instant since) {
        long id = tactic(
                strategyId,
                null,
                title,
                channelId,
                Instant.parse("2027-02-01T09:00:00Z"),
                null,
                TacticStatus.IN_REVIEW,
                ownerId);
        db.update(TACTIC)
                .set(TACTIC.DEPARTMENT_ID, departmentId)
                .set(TACTIC.STATUS_SINCE, since)
                .where(TACTIC.TACTIC_ID.eq(id))
                .execute();
        return id;
    }

    /** Puts the person in a department (the training page lists it). */
    public void inDepartment(long personId, long departmentId) {
        db.update(PERSON)
                .set(PERSON.DEPARTMENT_ID, departmentId)
                .where(PERSON.PERSON_ID.eq(personId))
                .execute();
    }

    // --- the listening log (issue 9) -----------------------------------------------------------

    /** An insight heard on {@code heardOn} from a free-text source, recorded by {@code byId}. */
    public long insight(String heard, app.throughline.listening.InsightKind kind, LocalDate heardOn, long byId) {
        return db.insertInto(app.throughline.db.Tables.INSIGHT)
                .set(app.throughline.db.Tables.INSIGHT.HEARD, heard)
                .set(app.throughline.db.Tables.INSIGHT.SOURCE_TEXT, "A customer call")
                .set(app.throughline.db.Tables.INSIGHT.HEARD_ON, heardOn)
                .set(app.throughline.db.Tables.INSIGHT.KIND, kind.name())
                .set(app.throughline.db.Tables.INSIGHT.RECORDED_BY, byId)
                .set(app.throughline.db.Tables.INSIGHT.RECORDED_AT, NOW)
                .returningResult(app.throughline.db.Tables.INSIGHT.INSIGHT_ID)
                .fetchSingle()
                .value1();
    }

    /** Links an insight to a strategy, as the service would have. */
    public void linkInsightToStrategy(long insightId, long strategyId, long byId) {
        db.insertInto(app.throughline.db.Tables.INSIGHT_LINK)
                .set(app.throughline.db.Tables.INSIGHT_LINK.INSIGHT_ID, insightId)
                .set(app.throughline.db.Tables.INSIGHT_LINK.MARKETING_STRATEGY_ID, strategyId)
                .set(app.throughline.db.Tables.INSIGHT_LINK.LINKED_BY, byId)
                .set(app.throughline.db.Tables.INSIGHT_LINK.LINKED_AT, NOW)
                .execute();
    }

    /** Links an insight to a tactic, as the service would have. */
    public void linkInsightToTactic(long insightId, long tacticId, long byId) {
        db.insertInto(app.throughline.db.Tables.INSIGHT_LINK)
                .set(app.throughline.db.Tables.INSIGHT_LINK.INSIGHT_ID, insightId)
                .set(app.throughline.db.Tables.INSIGHT_LINK.TACTIC_ID, tacticId)
                .set(app.throughline.db.Tables.INSIGHT_LINK.LINKED_BY, byId)
                .set(app.throughline.db.Tables.INSIGHT_LINK.LINKED_AT, NOW)
                .execute();
    }

    /** Everything the listening actions may change, as one comparable string: insights and their links. */
    public String listeningSnapshot() {
        return db.selectFrom(app.throughline.db.Tables.INSIGHT)
                        .orderBy(app.throughline.db.Tables.INSIGHT.INSIGHT_ID)
                        .fetch()
                        .formatCSV()
                + "|"
                + db.selectFrom(app.throughline.db.Tables.INSIGHT_LINK)
                        .orderBy(app.throughline.db.Tables.INSIGHT_LINK.INSIGHT_LINK_ID)
                        .fetch()
                        .formatCSV();
    }

    /** Retires a channel, as an admin would: kept on its tactics, no longer offered for new ones. */
    public void retireChannel(long channelId) {
        db.update(CHANNEL)
                .set(CHANNEL.RETIRED, true)
                .where(CHANNEL.CHANNEL_ID.eq(channelId))
                .execute();
    }
}

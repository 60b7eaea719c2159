package app.throughline.testing;

import static app.throughline.db.Tables.BUSINESS_OBJECTIVE;
import static app.throughline.db.Tables.CAMPAIGN;
import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.DEPARTMENT;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_ROLE;
import static app.throughline.db.Tables.TACTIC;

import app.throughline.channel.ChannelKind;
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
import org.jooq.DSLContext;
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

    public CurrentUser person(String login, Role... roles) {
        return person(login, ZoneId.of("UTC"), roles);
    }

    public CurrentUser person(String login, ZoneId zone, Role... roles) {
        return person(login, zone, false, roles);
    }

    /** A person who completed the social-policy training (a trained contributor may approve their own work). */
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
}

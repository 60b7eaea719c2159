package app.throughline.demo;

import static app.throughline.db.Tables.BUSINESS_OBJECTIVE;
import static app.throughline.db.Tables.CAMPAIGN;
import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.DEMO_STATE;
import static app.throughline.db.Tables.DEPARTMENT;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_TOPIC;
import static app.throughline.db.Tables.TACTIC;
import static app.throughline.db.Tables.TACTIC_STATUS_CHANGE;

import app.throughline.plan.Intent;
import app.throughline.tactic.TacticStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a demo database alive as the days pass: at each start on a new day, the always-on themes
 * and the strategies' own tactics are topped up to half a year ahead of today, their end dates
 * moved along, what was scheduled for a day now past is marked published, demo people added to
 * the demo since it was made are added, and the coaching story ({@link DemoCoaching}) is told
 * again relative to today, so the review queue, the sent-back draft and the look back stay
 * current. Only a database with a {@code demo_state} row (made by {@link DemoOrganisation}) is
 * touched; renamed or deleted demo nodes are left alone.
 */
@Component
class DemoRoller {

    private final DSLContext db;
    private final Clock clock;
    private final PasswordEncoder passwords;

    DemoRoller(DSLContext db, Clock clock, PasswordEncoder passwords) {
        this.db = db;
        this.clock = clock;
        this.passwords = passwords;
    }

    /**
     * Gives the demo people of a demo made before people had locales and topics (issue 9) their
     * demo locale and topics: only a person with neither, so a demo person who chose some keeps
     * them. Runs at every start of a demo database, whatever the day; says how many it caught up.
     */
    @Transactional
    public int catchUpPeople() {
        if (!db.fetchExists(DEMO_STATE)) {
            return 0;
        }
        int caughtUp = 0;
        for (var demo : DemoPerson.ALL) {
            Long id = db.select(PERSON.PERSON_ID)
                    .from(PERSON)
                    .where(PERSON.LOGIN.eq(demo.login()))
                    .and(PERSON.LOCALE.isNull())
                    .andNotExists(db.selectOne().from(PERSON_TOPIC).where(PERSON_TOPIC.PERSON_ID.eq(PERSON.PERSON_ID)))
                    .fetchOne(PERSON.PERSON_ID);
            if (id == null) {
                continue;
            }
            db.update(PERSON)
                    .set(PERSON.LOCALE, demo.locale())
                    .where(PERSON.PERSON_ID.eq(id))
                    .execute();
            for (String topic : DemoPerson.TOPICS.getOrDefault(demo.login(), List.of())) {
                db.insertInto(PERSON_TOPIC)
                        .set(PERSON_TOPIC.PERSON_ID, id)
                        .set(PERSON_TOPIC.TOPIC, topic)
                        .execute();
            }
            caughtUp++;
        }
        return caughtUp;
    }

    /** Tops the demo up to half a year ahead; says what it did, or nothing when there was nothing to do. */
    @Transactional
    public Optional<String> roll() {
        Record3<LocalDate, LocalDate, Integer> state = db.select(
                        DEMO_STATE.CREATED_ON, DEMO_STATE.COVERED_UNTIL, DEMO_STATE.DEMO_STATE_ID)
                .from(DEMO_STATE)
                .forUpdate()
                .fetchOne();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, DemoOrganisation.ZONE);
        LocalDate target = today.plusDays(DemoPlan.HORIZON_DAYS);
        if (state == null || !state.value2().isBefore(target)) {
            return Optional.empty();
        }
        LocalDate from = state.value2().plusDays(1);
        var channels = channels();
        var people = people(today);
        var tactics = new DemoTactics(db, channels, people, today, now);
        var random = new Random(from.toEpochDay());
        int added = 0;
        for (var objective : new DemoPlan(state.value1()).objectives()) {
            Long objectiveId = db.select(BUSINESS_OBJECTIVE.BUSINESS_OBJECTIVE_ID)
                    .from(BUSINESS_OBJECTIVE)
                    .where(BUSINESS_OBJECTIVE.NAME.eq(objective.name()))
                    .limit(1)
                    .fetchOne(BUSINESS_OBJECTIVE.BUSINESS_OBJECTIVE_ID);
            if (objectiveId == null) {
                continue;
            }
            db.update(BUSINESS_OBJECTIVE)
                    .set(BUSINESS_OBJECTIVE.ENDS_ON, target)
                    .where(BUSINESS_OBJECTIVE.BUSINESS_OBJECTIVE_ID.eq(objectiveId))
                    .and(BUSINESS_OBJECTIVE.ENDS_ON.lt(target))
                    .execute();
            for (var strategy : objective.strategies()) {
                Long strategyId = db.select(MARKETING_STRATEGY.MARKETING_STRATEGY_ID)
                        .from(MARKETING_STRATEGY)
                        .where(MARKETING_STRATEGY.BUSINESS_OBJECTIVE_ID.eq(objectiveId))
                        .and(MARKETING_STRATEGY.NAME.eq(strategy.name()))
                        .limit(1)
                        .fetchOne(MARKETING_STRATEGY.MARKETING_STRATEGY_ID);
                if (strategyId == null || !strategy.active()) {
                    continue;
                }
                db.update(MARKETING_STRATEGY)
                        .set(MARKETING_STRATEGY.ENDS_ON, target)
                        .where(MARKETING_STRATEGY.MARKETING_STRATEGY_ID.eq(strategyId))
                        .and(MARKETING_STRATEGY.ENDS_ON.lt(target))
                        .execute();
                for (var campaign : strategy.campaigns()) {
                    if (campaign.intent() == Intent.BRANDING) {
                        added += alwaysOn(tactics, random, strategyId, strategy, campaign, from, target);
                    }
                }
                added += tactics.generate(
                        random, strategyId, null, Intent.BRANDING, strategy, from, target, strategy.loosePerMonth());
            }
        }
        int published = publishThePast(today, now);
        int coached = new DemoCoaching(db, channels, people, today, now).tell();
        db.update(DEMO_STATE).set(DEMO_STATE.COVERED_UNTIL, target).execute();
        return Optional.of(added + " tactics added up to " + target + ", " + published + " marked published, " + coached
                + " coached social posts told again");
    }

    private int alwaysOn(
            DemoTactics tactics,
            Random random,
            long strategyId,
            DemoPlan.DemoStrategy strategy,
            DemoPlan.DemoCampaign campaign,
            LocalDate from,
            LocalDate target) {
        Long campaignId = db.select(CAMPAIGN.CAMPAIGN_ID)
                .from(CAMPAIGN)
                .where(CAMPAIGN.MARKETING_STRATEGY_ID.eq(strategyId))
                .and(CAMPAIGN.NAME.eq(campaign.name()))
                .limit(1)
                .fetchOne(CAMPAIGN.CAMPAIGN_ID);
        if (campaignId == null) {
            return 0;
        }
        db.update(CAMPAIGN)
                .set(CAMPAIGN.ENDS_ON, target)
                .where(CAMPAIGN.CAMPAIGN_ID.eq(campaignId))
                .and(CAMPAIGN.ENDS_ON.lt(target))
                .execute();
        return tactics.generate(
                random, strategyId, campaignId, Intent.BRANDING, strategy, from, target, campaign.perMonth());
    }

    /** Whatever was scheduled or approved for a day now past has gone out, as it would have. */
    private int publishThePast(LocalDate today, Instant now) {
        Instant startOfToday = today.atStartOfDay(DemoOrganisation.ZONE).toInstant();
        var past = db.select(TACTIC.TACTIC_ID, TACTIC.STATUS, TACTIC.OWNER_ID)
                .from(TACTIC)
                .where(TACTIC.STATUS.in(TacticStatus.SCHEDULED, TacticStatus.APPROVED))
                .and(TACTIC.SCHEDULED_START.lt(startOfToday))
                .fetch();
        for (var tactic : past) {
            db.update(TACTIC)
                    .set(TACTIC.STATUS, TacticStatus.PUBLISHED)
                    .set(TACTIC.VERSION, TACTIC.VERSION.plus(1))
                    .set(TACTIC.UPDATED_AT, now)
                    .set(TACTIC.STATUS_SINCE, now)
                    .where(TACTIC.TACTIC_ID.eq(tactic.value1()))
                    .execute();
            db.insertInto(TACTIC_STATUS_CHANGE)
                    .set(TACTIC_STATUS_CHANGE.TACTIC_ID, tactic.value1())
                    .set(TACTIC_STATUS_CHANGE.FROM_STATUS, tactic.value2())
                    .set(TACTIC_STATUS_CHANGE.TO_STATUS, TacticStatus.PUBLISHED)
                    .set(TACTIC_STATUS_CHANGE.CHANGED_BY, tactic.value3())
                    .set(TACTIC_STATUS_CHANGE.CHANGED_AT, now)
                    .execute();
        }
        return past.size();
    }

    private Map<String, DemoChannel> channels() {
        var channels = new LinkedHashMap<String, DemoChannel>();
        db.select(CHANNEL.CHANNEL_ID, CHANNEL.NAME, CHANNEL.KIND, CHANNEL.COLOUR, CHANNEL.MAX_LENGTH, CHANNEL.COUNTING)
                .from(CHANNEL)
                .forEach(r -> channels.put(
                        r.value2(),
                        new DemoChannel(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6())));
        return channels;
    }

    /** The people by login, after adding the demo people a demo made by an older version lacks. */
    private Map<String, DemoPerson> people(LocalDate today) {
        var people = new LinkedHashMap<String, DemoPerson>();
        db.select(PERSON.PERSON_ID, PERSON.LOGIN, PERSON.DISPLAY_NAME, PERSON.DEPARTMENT_ID, PERSON.TIME_ZONE)
                .from(PERSON)
                .forEach(r -> people.put(
                        r.value2(),
                        new DemoPerson(
                                r.value1(), r.value2(), r.value3(), "", r.value4(), r.value5(), "", false, Set.of())));
        @Nullable String hash = null;
        for (var p : DemoPerson.ALL) {
            if (people.containsKey(p.login())) {
                continue;
            }
            if (hash == null) {
                hash = passwords.encode(DemoOrganisation.PASSWORD);
            }
            Long departmentId = db.select(DEPARTMENT.DEPARTMENT_ID)
                    .from(DEPARTMENT)
                    .where(DEPARTMENT.NAME.eq(p.department()))
                    .limit(1)
                    .fetchOne(DEPARTMENT.DEPARTMENT_ID);
            people.put(p.login(), p.insert(db, hash, departmentId, today));
        }
        return people;
    }
}

package app.throughline.demo;

import static app.throughline.db.Tables.BUSINESS_OBJECTIVE;
import static app.throughline.db.Tables.CAMPAIGN;
import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.DEMO_STATE;
import static app.throughline.db.Tables.DEPARTMENT;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.PERSON;

import app.throughline.plan.Intent;
import app.throughline.tactic.InteractionMode;
import app.throughline.tactic.TacticStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Northwind Ledger, a believable B2B finance-software company: departments, channels, people
 * (one demo login per role, password {@value #PASSWORD}), four business objectives with their
 * strategies and campaigns, and some 700 tactics over the half year before and after today,
 * plus a handful of unaligned ideas and a dozen insights heard ({@link DemoInsights}). Seeded, so every fresh database looks the same relative to
 * its first day; {@link DemoRoller} keeps it going as the days pass.
 */
@Component
public class DemoOrganisation {

    public static final String PASSWORD = "throughline";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final List<String> DEPARTMENTS =
            List.of("Marketing", "Communications & PR", "HR", "Customer Service", "Sales", "Product", "Executive");
    /** The departments whose job is communication: participation is measured against them. */
    static final List<String> COMMUNICATIONS_TEAM = List.of("Marketing", "Communications & PR");

    private final DSLContext db;
    private final PasswordEncoder passwords;
    private final Clock clock;

    DemoOrganisation(DSLContext db, PasswordEncoder passwords, Clock clock) {
        this.db = db;
        this.passwords = passwords;
        this.clock = clock;
    }

    boolean alreadyThere() {
        return db.fetchExists(PERSON);
    }

    /** Creates the whole organisation in one transaction and says how much it made. */
    @Transactional
    public String create() {
        var random = new Random(20270101L);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZONE);

        Map<String, Long> departments = new LinkedHashMap<>();
        for (String name : DEPARTMENTS) {
            departments.put(
                    name,
                    db.insertInto(DEPARTMENT)
                            .set(DEPARTMENT.NAME, name)
                            .set(DEPARTMENT.COMMUNICATIONS_TEAM, COMMUNICATIONS_TEAM.contains(name))
                            .returningResult(DEPARTMENT.DEPARTMENT_ID)
                            .fetchSingle()
                            .value1());
        }
        var channels = new LinkedHashMap<String, DemoChannel>();
        for (var c : DemoChannel.ALL) {
            long id = db.insertInto(CHANNEL)
                    .set(CHANNEL.NAME, c.name())
                    .set(CHANNEL.KIND, c.kind())
                    .set(CHANNEL.COLOUR, c.colour())
                    .set(CHANNEL.MAX_LENGTH, c.maxLength())
                    .set(CHANNEL.COUNTING, c.counting())
                    .returningResult(CHANNEL.CHANNEL_ID)
                    .fetchSingle()
                    .value1();
            channels.put(c.name(), c.withId(id));
        }
        var people = createPeople(departments, today);

        var plan = new DemoPlan(today);
        var tactics = new DemoTactics(db, channels, people, today, now);
        int strategies = 0;
        int campaigns = 0;
        int planned = 0;
        for (var objective : plan.objectives()) {
            long objectiveId = db.insertInto(BUSINESS_OBJECTIVE)
                    .set(BUSINESS_OBJECTIVE.NAME, objective.name())
                    .set(BUSINESS_OBJECTIVE.DESCRIPTION, objective.description())
                    .set(
                            BUSINESS_OBJECTIVE.OWNER_ID,
                            person(people, objective.owner()).id())
                    .set(BUSINESS_OBJECTIVE.STARTS_ON, objective.startsOn())
                    .set(BUSINESS_OBJECTIVE.ENDS_ON, objective.endsOn())
                    .set(BUSINESS_OBJECTIVE.KPI_METRIC, objective.kpiMetric())
                    .set(BUSINESS_OBJECTIVE.KPI_BASELINE, new BigDecimal(objective.baseline()))
                    .set(BUSINESS_OBJECTIVE.KPI_TARGET, new BigDecimal(objective.target()))
                    .set(BUSINESS_OBJECTIVE.KPI_CURRENT, new BigDecimal(objective.current()))
                    .set(BUSINESS_OBJECTIVE.CREATED_AT, now)
                    .set(BUSINESS_OBJECTIVE.UPDATED_AT, now)
                    .returningResult(BUSINESS_OBJECTIVE.BUSINESS_OBJECTIVE_ID)
                    .fetchSingle()
                    .value1();
            for (var strategy : objective.strategies()) {
                strategies++;
                long strategyId = db.insertInto(MARKETING_STRATEGY)
                        .set(MARKETING_STRATEGY.BUSINESS_OBJECTIVE_ID, objectiveId)
                        .set(MARKETING_STRATEGY.NAME, strategy.name())
                        .set(MARKETING_STRATEGY.AUDIENCE, strategy.audience())
                        .set(
                                MARKETING_STRATEGY.OWNER_ID,
                                person(people, strategy.owner()).id())
                        .set(MARKETING_STRATEGY.KPI_METRIC, strategy.kpiMetric())
                        .set(MARKETING_STRATEGY.STARTS_ON, objective.startsOn())
                        .set(MARKETING_STRATEGY.ENDS_ON, objective.endsOn())
                        .set(MARKETING_STRATEGY.CREATED_AT, now)
                        .set(MARKETING_STRATEGY.UPDATED_AT, now)
                        .returningResult(MARKETING_STRATEGY.MARKETING_STRATEGY_ID)
                        .fetchSingle()
                        .value1();
                for (var campaign : strategy.campaigns()) {
                    campaigns++;
                    long campaignId = db.insertInto(CAMPAIGN)
                            .set(CAMPAIGN.MARKETING_STRATEGY_ID, strategyId)
                            .set(CAMPAIGN.NAME, campaign.name())
                            .set(CAMPAIGN.INTENT, campaign.intent())
                            .set(
                                    CAMPAIGN.OWNER_ID,
                                    person(people, campaign.owner()).id())
                            .set(CAMPAIGN.STARTS_ON, campaign.startsOn())
                            .set(CAMPAIGN.ENDS_ON, campaign.endsOn())
                            .set(CAMPAIGN.COLOUR, campaign.colour())
                            .set(CAMPAIGN.CREATED_AT, now)
                            .set(CAMPAIGN.UPDATED_AT, now)
                            .returningResult(CAMPAIGN.CAMPAIGN_ID)
                            .fetchSingle()
                            .value1();
                    planned += tactics.generate(
                            random,
                            strategyId,
                            campaignId,
                            campaign.intent(),
                            strategy,
                            later(campaign.startsOn(), plan.firstDay()),
                            earlier(campaign.endsOn(), plan.lastDay()),
                            campaign.perMonth());
                }
                planned += tactics.generate(
                        random,
                        strategyId,
                        null,
                        Intent.BRANDING,
                        strategy,
                        plan.firstDay(),
                        plan.lastDay(),
                        strategy.loosePerMonth());
            }
        }
        int ideaNumber = 0;
        for (var idea : DemoPlan.UNALIGNED_IDEAS) {
            // noted over the last weeks, so the plan and the dashboard show ideas of some age
            tactics.insert(
                    null,
                    null,
                    idea[0],
                    Objects.requireNonNull(channels.get(idea[1])),
                    null,
                    null,
                    TacticStatus.IDEA,
                    person(people, idea[2]),
                    Intent.BRANDING,
                    InteractionMode.BROADCAST,
                    now.minus(Duration.ofDays(3 + 9L * ideaNumber++)));
        }
        // before the coaching story: the insights link to the strategies' own tactics only
        int insights = new DemoInsights(db, channels, people, today, now).tell();
        int coached = new DemoCoaching(db, channels, people, today, now).tell();
        db.insertInto(DEMO_STATE)
                .set(DEMO_STATE.DEMO_STATE_ID, 1)
                .set(DEMO_STATE.CREATED_ON, today)
                .set(DEMO_STATE.COVERED_UNTIL, plan.lastDay())
                .execute();
        return String.format(
                "%d departments, %d channels, %d people, %d objectives, %d strategies, %d campaigns, "
                        + "%d tactics, %d unaligned ideas, %d coached social posts, %d insights heard",
                departments.size(),
                channels.size(),
                people.size(),
                plan.objectives().size(),
                strategies,
                campaigns,
                planned,
                DemoPlan.UNALIGNED_IDEAS.size(),
                coached,
                insights);
    }

    private Map<String, DemoPerson> createPeople(Map<String, Long> departments, LocalDate today) {
        String hash = passwords.encode(PASSWORD);
        var people = new LinkedHashMap<String, DemoPerson>();
        for (var p : DemoPerson.ALL) {
            people.put(p.login(), p.insert(db, hash, departments.get(p.department()), today));
        }
        return people;
    }

    static DemoPerson person(Map<String, DemoPerson> people, String login) {
        return Objects.requireNonNull(people.get(login), login);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

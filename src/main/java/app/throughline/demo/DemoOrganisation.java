package app.throughline.demo;

import static app.throughline.db.Tables.BUSINESS_OBJECTIVE;
import static app.throughline.db.Tables.CAMPAIGN;
import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.DEPARTMENT;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_ROLE;
import static app.throughline.db.Tables.TACTIC;
import static app.throughline.db.Tables.TACTIC_STATUS_CHANGE;

import app.throughline.channel.ChannelKind;
import app.throughline.plan.Intent;
import app.throughline.security.Role;
import app.throughline.tactic.InteractionMode;
import app.throughline.tactic.TacticStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Northwind Ledger, a believable B2B finance-software company: departments, channels, people
 * (one demo login per role, password {@value #PASSWORD}), three business objectives with their
 * strategies and campaigns, and about 300 tactics spread over the three months before and after
 * today, plus a handful of unaligned ideas. Seeded, so every fresh database looks the same
 * relative to its first day.
 */
@Component
public class DemoOrganisation {

    public static final String PASSWORD = "throughline";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

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

        Map<String, Long> departments = new HashMap<>();
        for (String name : List.of(
                "Marketing", "Communications & PR", "HR", "Customer Service", "Sales", "Product", "Executive")) {
            departments.put(
                    name,
                    db.insertInto(DEPARTMENT)
                            .set(DEPARTMENT.NAME, name)
                            .returningResult(DEPARTMENT.DEPARTMENT_ID)
                            .fetchSingle()
                            .value1());
        }

        var channels = new ArrayList<DemoChannel>();
        for (var c : DemoChannel.ALL) {
            long id = db.insertInto(CHANNEL)
                    .set(CHANNEL.NAME, c.name())
                    .set(CHANNEL.KIND, c.kind())
                    .set(CHANNEL.COLOUR, c.colour())
                    .set(CHANNEL.MAX_LENGTH, c.maxLength())
                    .returningResult(CHANNEL.CHANNEL_ID)
                    .fetchSingle()
                    .value1();
            channels.add(c.withId(id));
        }

        String hash = passwords.encode(PASSWORD);
        var people = new HashMap<String, DemoPerson>();
        for (var p : DemoPerson.ALL) {
            long id = db.insertInto(PERSON)
                    .set(PERSON.LOGIN, p.login())
                    .set(PERSON.DISPLAY_NAME, p.name())
                    .set(PERSON.DEPARTMENT_ID, departments.get(p.department()))
                    .set(PERSON.TIME_ZONE, p.zone())
                    .set(PERSON.TRAINED_ON, p.trained() ? today.minusMonths(4) : null)
                    .set(PERSON.PASSWORD_HASH, hash)
                    .returningResult(PERSON.PERSON_ID)
                    .fetchSingle()
                    .value1();
            for (Role role : p.roles()) {
                db.insertInto(PERSON_ROLE)
                        .set(PERSON_ROLE.PERSON_ID, id)
                        .set(PERSON_ROLE.ROLE, role)
                        .execute();
            }
            people.put(p.login(), p.withIds(id, departments.get(p.department())));
        }

        var plan = new DemoPlan(today);
        int strategies = 0;
        int campaigns = 0;
        int tactics = 0;
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
                    tactics += insertTactics(
                            random,
                            today,
                            now,
                            strategyId,
                            campaignId,
                            campaign.intent(),
                            campaign.startsOn(),
                            campaign.endsOn(),
                            campaign.count(),
                            strategy,
                            channels,
                            people);
                }
                tactics += insertTactics(
                        random,
                        today,
                        now,
                        strategyId,
                        null,
                        Intent.BRANDING,
                        today.minusDays(90),
                        today.plusDays(90),
                        strategy.loose(),
                        strategy,
                        channels,
                        people);
            }
        }
        int ideas = 0;
        for (var idea : DemoPlan.UNALIGNED_IDEAS) {
            var channel = channels.stream()
                    .filter(c -> c.name().equals(idea[1]))
                    .findFirst()
                    .orElseThrow();
            var owner = person(people, idea[2]);
            insertTactic(
                    null,
                    null,
                    idea[0],
                    channel,
                    null,
                    null,
                    TacticStatus.IDEA,
                    owner,
                    Intent.BRANDING,
                    InteractionMode.BROADCAST,
                    now);
            ideas++;
        }
        return String.format(
                "%d departments, %d channels, %d people, %d objectives, %d strategies, %d campaigns, "
                        + "%d tactics, %d unaligned ideas",
                departments.size(),
                channels.size(),
                people.size(),
                plan.objectives().size(),
                strategies,
                campaigns,
                tactics,
                ideas);
    }

    private static DemoPerson person(Map<String, DemoPerson> people, String login) {
        return Objects.requireNonNull(people.get(login), login);
    }

    private int insertTactics(
            Random random,
            LocalDate today,
            Instant now,
            long strategyId,
            @Nullable Long campaignId,
            Intent intent,
            LocalDate from,
            LocalDate to,
            int count,
            DemoPlan.DemoStrategy strategy,
            List<DemoChannel> channels,
            Map<String, DemoPerson> people) {
        LocalDate first = from.isBefore(today.minusDays(90)) ? today.minusDays(90) : from;
        LocalDate last = to.isAfter(today.plusDays(90)) ? today.plusDays(90) : to;
        if (last.isBefore(first)) {
            return 0;
        }
        long days = Duration.between(first.atStartOfDay(), last.atStartOfDay()).toDays() + 1;
        for (int i = 0; i < count; i++) {
            LocalDate day = first.plusDays(random.nextLong(days));
            if (day.getDayOfWeek().getValue() > 5) {
                day = day.minusDays(day.getDayOfWeek().getValue() - 5L);
            }
            String channelName =
                    strategy.channels().get(random.nextInt(strategy.channels().size()));
            var channel = channels.stream()
                    .filter(c -> c.name().equals(channelName))
                    .findFirst()
                    .orElseThrow();
            int hour = channel.name().equals("Trade show") ? 9 : 8 + random.nextInt(9);
            Instant start =
                    day.atTime(hour, random.nextBoolean() ? 0 : 30).atZone(ZONE).toInstant();
            Instant end = switch (channel.kind()) {
                case EVENT ->
                    channel.name().equals("Trade show")
                            ? start.plus(Duration.ofHours(6))
                            : start.plus(Duration.ofMinutes(60));
                default -> null;
            };
            TacticStatus status = statusFor(random, day, today);
            String ownerLogin = strategy.contributors()
                    .get(random.nextInt(strategy.contributors().size()));
            InteractionMode mode = (channel.kind() == ChannelKind.SOCIAL && random.nextInt(4) == 0)
                            || channel.kind() == ChannelKind.EVENT
                    ? InteractionMode.CONVERSATION
                    : InteractionMode.BROADCAST;
            String title = DemoTitles.title(random, channel.name(), strategy.topics());
            insertTactic(
                    strategyId,
                    campaignId,
                    title,
                    channel,
                    start,
                    end,
                    status,
                    person(people, ownerLogin),
                    intent,
                    mode,
                    now);
        }
        return count;
    }

    private static TacticStatus statusFor(Random random, LocalDate day, LocalDate today) {
        if (day.isBefore(today)) {
            return random.nextInt(20) == 0 ? TacticStatus.CANCELLED : TacticStatus.PUBLISHED;
        }
        if (day.isBefore(today.plusDays(14))) {
            return random.nextInt(4) == 0 ? TacticStatus.APPROVED : TacticStatus.SCHEDULED;
        }
        return switch (random.nextInt(4)) {
            case 0 -> TacticStatus.IDEA;
            case 1 -> TacticStatus.IN_REVIEW;
            default -> TacticStatus.DRAFT;
        };
    }

    private void insertTactic(
            @Nullable Long strategyId,
            @Nullable Long campaignId,
            String title,
            DemoChannel channel,
            @Nullable Instant start,
            @Nullable Instant end,
            TacticStatus status,
            DemoPerson owner,
            Intent intent,
            InteractionMode mode,
            Instant now) {
        long id = db.insertInto(TACTIC)
                .set(TACTIC.MARKETING_STRATEGY_ID, strategyId)
                .set(TACTIC.CAMPAIGN_ID, campaignId)
                .set(TACTIC.TITLE, title)
                .set(TACTIC.CHANNEL_ID, channel.id())
                .set(TACTIC.SCHEDULED_START, start)
                .set(TACTIC.SCHEDULED_END, end)
                .set(TACTIC.STATUS, status)
                .set(TACTIC.OWNER_ID, owner.id())
                .set(TACTIC.DEPARTMENT_ID, owner.departmentId())
                .set(TACTIC.INTENT, intent)
                .set(TACTIC.INTERACTION_MODE, mode)
                .set(TACTIC.CREATED_BY, owner.id())
                .set(TACTIC.CREATED_AT, now)
                .set(TACTIC.UPDATED_BY, owner.id())
                .set(TACTIC.UPDATED_AT, now)
                .returningResult(TACTIC.TACTIC_ID)
                .fetchSingle()
                .value1();
        db.insertInto(TACTIC_STATUS_CHANGE)
                .set(TACTIC_STATUS_CHANGE.TACTIC_ID, id)
                .set(TACTIC_STATUS_CHANGE.TO_STATUS, status)
                .set(TACTIC_STATUS_CHANGE.CHANGED_BY, owner.id())
                .set(TACTIC_STATUS_CHANGE.CHANGED_AT, now)
                .execute();
    }
}

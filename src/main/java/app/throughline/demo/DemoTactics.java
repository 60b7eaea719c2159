package app.throughline.demo;

import static app.throughline.db.Tables.TACTIC;
import static app.throughline.db.Tables.TACTIC_STATUS_CHANGE;

import app.throughline.channel.ChannelKind;
import app.throughline.plan.Intent;
import app.throughline.tactic.InteractionMode;
import app.throughline.tactic.TacticStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Writes believable tactics for one strategy (or one of its campaigns) over a window of days:
 * weekdays in office hours, on the strategy's channels, by its contributors, with a status that
 * fits the date (gone out before today, fixed in the next two weeks, still being written later).
 * None of them waits in review and none took its status in the last month: the review queue and
 * the coaches' look back show {@link DemoCoaching}'s story, with real copy, rather than hundreds
 * of generated titles.
 */
final class DemoTactics {

    /** Generated tactics were planned at least this long ago: before the look back's 30 days. */
    private static final Duration SETTLED = Duration.ofDays(31);

    /** ...and three weeks before they were due. */
    private static final Duration PLANNED_AHEAD = Duration.ofDays(21);

    private final DSLContext db;
    private final Map<String, DemoChannel> channels;
    private final Map<String, DemoPerson> people;
    private final LocalDate today;
    private final Instant now;

    DemoTactics(
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

    /** About {@code perMonth} tactics a month on the days [from, to] (a stalled strategy stops early). */
    int generate(
            Random random,
            long strategyId,
            @Nullable Long campaignId,
            Intent intent,
            DemoPlan.DemoStrategy strategy,
            LocalDate from,
            LocalDate to,
            double perMonth) {
        LocalDate last =
                strategy.stalledAfter() != null && strategy.stalledAfter().isBefore(to) ? strategy.stalledAfter() : to;
        if (last.isBefore(from)) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(from, last) + 1;
        double expected = perMonth * days / 30.0;
        int count = (int) expected + (random.nextDouble() < expected % 1 ? 1 : 0);
        for (int i = 0; i < count; i++) {
            LocalDate day = weekday(from.plusDays(random.nextLong(days)), from, last);
            String channelName =
                    strategy.channels().get(random.nextInt(strategy.channels().size()));
            DemoChannel channel = Objects.requireNonNull(channels.get(channelName), channelName);
            int hour = channel.name().equals("Trade show") ? 9 : 8 + random.nextInt(9);
            Instant start = day.atTime(hour, random.nextBoolean() ? 0 : 30)
                    .atZone(DemoOrganisation.ZONE)
                    .toInstant();
            Instant end = channel.kind() != ChannelKind.EVENT
                    ? null
                    : start.plus(channel.name().equals("Trade show") ? Duration.ofHours(6) : Duration.ofMinutes(60));
            String login = strategy.contributors()
                    .get(random.nextInt(strategy.contributors().size()));
            DemoPerson owner = Objects.requireNonNull(people.get(login), login);
            InteractionMode mode = (channel.kind() == ChannelKind.SOCIAL && random.nextInt(4) == 0)
                            || channel.kind() == ChannelKind.EVENT
                    ? InteractionMode.CONVERSATION
                    : InteractionMode.BROADCAST;
            insert(
                    strategyId,
                    campaignId,
                    DemoTitles.title(random, channel.name(), strategy.topics()),
                    channel,
                    start,
                    end,
                    status(random, day),
                    owner,
                    intent,
                    mode,
                    plannedAt(start));
        }
        return count;
    }

    /** When a generated tactic due at {@code start} was planned: well ahead, and not lately. */
    private Instant plannedAt(Instant start) {
        Instant ahead = start.minus(PLANNED_AHEAD);
        Instant settled = now.minus(SETTLED);
        return ahead.isBefore(settled) ? ahead : settled;
    }

    /** Saves one tactic and its first status, as the app would, as made at {@code at}. */
    void insert(
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
            Instant at) {
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
                .set(TACTIC.CREATED_AT, at)
                .set(TACTIC.UPDATED_BY, owner.id())
                .set(TACTIC.UPDATED_AT, at)
                .set(TACTIC.STATUS_SINCE, at)
                .returningResult(TACTIC.TACTIC_ID)
                .fetchSingle()
                .value1();
        db.insertInto(TACTIC_STATUS_CHANGE)
                .set(TACTIC_STATUS_CHANGE.TACTIC_ID, id)
                .set(TACTIC_STATUS_CHANGE.TO_STATUS, status)
                .set(TACTIC_STATUS_CHANGE.CHANGED_BY, owner.id())
                .set(TACTIC_STATUS_CHANGE.CHANGED_AT, at)
                .execute();
    }

    private TacticStatus status(Random random, LocalDate day) {
        if (day.isBefore(today)) {
            return random.nextInt(20) == 0 ? TacticStatus.CANCELLED : TacticStatus.PUBLISHED;
        }
        if (day.isBefore(today.plusDays(14))) {
            return random.nextInt(4) == 0 ? TacticStatus.APPROVED : TacticStatus.SCHEDULED;
        }
        // a quarter ideas, the rest drafts (four draws as before, so a seeded demo keeps its dates)
        return switch (random.nextInt(4)) {
            case 0 -> TacticStatus.IDEA;
            default -> TacticStatus.DRAFT;
        };
    }

    /** Weekends move to the Friday before, or the Monday after when that is outside [from, to]. */
    private static LocalDate weekday(LocalDate day, LocalDate from, LocalDate to) {
        if (day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
            return day;
        }
        LocalDate friday = day.minusDays(day.getDayOfWeek().getValue() - 5L);
        if (!friday.isBefore(from)) {
            return friday;
        }
        LocalDate monday = day.plusDays(8L - day.getDayOfWeek().getValue());
        return monday.isAfter(to) ? day : monday;
    }
}

package app.throughline.benchmark;

import static app.throughline.db.Tables.CAMPAIGN;
import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.PERSON;

import app.throughline.tactic.TacticStatus;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * Adds many tactics to a database that already has an organisation (the demo one), spread
 * evenly over a span of time, for benchmarks. Rows go in through JDBC batches of 5,000 so a
 * million take well under a minute; seeded, so two runs make the same data.
 */
public final class TacticGenerator {

    private static final String INSERT = "INSERT INTO tactic (marketing_strategy_id, campaign_id, title, channel_id, "
            + "scheduled_start, scheduled_end, status, owner_id, department_id, intent, interaction_mode, created_at, "
            + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DSLContext db;

    public TacticGenerator(DSLContext db) {
        this.db = db;
    }

    /** Inserts {@code count} tactics starting between {@code from} and {@code from + span}. */
    public void generate(int count, LocalDateTime from, Duration span) {
        List<Long> channels = db.select(CHANNEL.CHANNEL_ID).from(CHANNEL).fetch(CHANNEL.CHANNEL_ID);
        List<Record2<Long, Long>> people =
                db.select(PERSON.PERSON_ID, PERSON.DEPARTMENT_ID).from(PERSON).fetch();
        List<Record2<Long, Long>> campaigns = db.select(CAMPAIGN.CAMPAIGN_ID, CAMPAIGN.MARKETING_STRATEGY_ID)
                .from(CAMPAIGN)
                .fetch();
        List<Long> strategies = db.select(MARKETING_STRATEGY.MARKETING_STRATEGY_ID)
                .from(MARKETING_STRATEGY)
                .fetch(MARKETING_STRATEGY.MARKETING_STRATEGY_ID);
        TacticStatus[] statuses = TacticStatus.values();
        var random = new Random(1_000_000L);
        long spanMinutes = span.toMinutes();
        LocalDateTime now = LocalDateTime.of(2026, 11, 22, 12, 0);

        db.connection(connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 1; i <= count; i++) {
                    Long strategy;
                    Long campaign = null;
                    int kind = random.nextInt(10);
                    if (kind < 7) {
                        var c = campaigns.get(random.nextInt(campaigns.size()));
                        campaign = c.value1();
                        strategy = c.value2();
                    } else if (kind < 9) {
                        strategy = strategies.get(random.nextInt(strategies.size()));
                    } else {
                        strategy = null;
                    }
                    var owner = people.get(random.nextInt(people.size()));
                    LocalDateTime start = from.plusMinutes(random.nextLong(spanMinutes));
                    TacticStatus status =
                            strategy == null ? TacticStatus.IDEA : statuses[1 + random.nextInt(statuses.length - 1)];
                    insert.setObject(1, strategy);
                    insert.setObject(2, campaign);
                    insert.setString(3, "Generated tactic " + i);
                    insert.setLong(4, channels.get(random.nextInt(channels.size())));
                    // unaligned ideas carry no date (TacticService refuses one)
                    insert.setObject(5, strategy == null ? null : start);
                    insert.setObject(6, strategy != null && random.nextInt(10) == 0 ? start.plusHours(2) : null);
                    insert.setString(7, status.name());
                    insert.setLong(8, owner.value1());
                    insert.setObject(9, owner.value2());
                    insert.setString(10, random.nextBoolean() ? "CAMPAIGN" : "BRANDING");
                    insert.setString(11, random.nextInt(4) == 0 ? "CONVERSATION" : "BROADCAST");
                    insert.setObject(12, now);
                    insert.setObject(13, now);
                    insert.addBatch();
                    if (i % 5_000 == 0 || i == count) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        });
    }
}

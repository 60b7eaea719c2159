package app.throughline.browser;

import app.throughline.database.EmbeddedMariaDb;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The production jar, started as a separate process against its own fresh embedded MariaDB
 * (started here, since the jar has none), filled with the demo organisation. Most browser tests
 * share one ({@link #shared()}); a test that stops the database or needs other settings starts
 * its own.
 */
final class ProductionApp implements AutoCloseable {

    private static ProductionApp shared;

    private final String name;
    private final EmbeddedMariaDb db;
    private final Process process;
    private final String baseUrl;

    private ProductionApp(String name, EmbeddedMariaDb db, Process process, String baseUrl) {
        this.name = name;
        this.db = db;
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** The app most tests look at, started once per test JVM and stopped with it. */
    static synchronized ProductionApp shared() throws IOException, InterruptedException {
        if (shared == null) {
            shared = start("shared", List.of());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::closeQuietly));
        }
        return shared;
    }

    /** A separate instance, on its own database, with these extra Spring arguments ({@code --name=value}). */
    static ProductionApp start(String name, List<String> extraArguments) throws IOException, InterruptedException {
        Path work = Path.of("target/browser-it");
        Files.createDirectories(work);
        var db = EmbeddedMariaDb.start(
                Path.of("target/test-db/base"), work.resolve("db-" + name + "-" + System.nanoTime()));
        return startOn(name, db, extraArguments);
    }

    /** An instance on {@code db} (a benchmark's kept data, say), stopped with it. */
    static ProductionApp startOn(String name, EmbeddedMariaDb db, List<String> extraArguments)
            throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("throughline.jar", "target/throughline-0.1.0-SNAPSHOT.jar"));
        if (!Files.exists(jar)) {
            db.stop();
            throw new IllegalStateException("No production jar at " + jar + ": run through `./mvnw verify`");
        }
        Path work = Path.of("target/browser-it");
        Files.createDirectories(work);
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<>(List.of(
                java,
                "-Xmx1g",
                "-Dliquibase.analytics.enabled=false",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + db.jdbcUrl("throughline"),
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--throughline.demo-data.enabled=true"));
        command.addAll(extraArguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("app-" + name + ".log").toFile())
                .start();
        var app = new ProductionApp(name, db, process, "http://localhost:" + port);
        try {
            app.awaitReady(Duration.ofMinutes(3));
        } catch (RuntimeException | InterruptedException failed) {
            app.close();
            throw failed;
        }
        return app;
    }

    /** The app's process id (for jcmd). */
    long pid() {
        return process.pid();
    }

    String url(String path) {
        return baseUrl + path;
    }

    /** The JDBC URL of this app's database, for a test that checks what was stored. */
    String jdbcUrl() {
        return db.jdbcUrl("throughline");
    }

    /** Stops the database under the running app (an outage). */
    void stopDatabase() {
        db.stop();
    }

    /** Starts it again, on the same port and data. */
    void startDatabase() throws Exception {
        db.start();
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped; see target/browser-it/app-" + name + ".log");
            }
            try {
                var response = client.send(
                        HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                "The app did not answer within " + timeout + "; see target/browser-it/app-" + name + ".log");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        db.stop();
    }
}

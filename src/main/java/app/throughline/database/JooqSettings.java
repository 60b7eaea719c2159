package app.throughline.database;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** jOOQ settings for MariaDB. */
@Configuration(proxyBeanMethods = false)
class JooqSettings {

    /**
     * jOOQ emulates {@code multiset} on MariaDB with GROUP_CONCAT and by default prefixes each such
     * query with {@code SET @@group_concat_max_len}, a second statement the driver refuses without
     * allowMultiQueries. The server default (1 MB) is plenty for the nested lists read here.
     */
    @Bean
    DefaultConfigurationCustomizer mariaDbSettings() {
        return configuration -> configuration.settings().withRenderGroupConcatMaxLenSessionVariable(false);
    }
}

package app.throughline.demo;

import app.throughline.database.EmbeddedDatabaseMarker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Fills the database once with the demo organisation, when it is empty and demo data is wanted. */
@Component
@EnableConfigurationProperties(DemoDataProperties.class)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoOrganisation organisation;
    private final DemoDataProperties properties;
    private final boolean embedded;

    DemoDataLoader(
            DemoOrganisation organisation,
            DemoDataProperties properties,
            ObjectProvider<EmbeddedDatabaseMarker> embeddedDatabase) {
        this.organisation = organisation;
        this.properties = properties;
        this.embedded = embeddedDatabase.getIfAvailable() != null;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean wanted = properties.enabled() != null ? properties.enabled() : embedded;
        if (!wanted) {
            return;
        }
        if (organisation.alreadyThere()) {
            log.info("Database already has people; demo data not loaded again");
            return;
        }
        var counts = organisation.create();
        log.info("Demo organisation created: {}. Sign in as strategist / throughline.", counts);
    }
}

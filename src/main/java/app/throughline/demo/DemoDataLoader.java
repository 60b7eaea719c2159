package app.throughline.demo;

import app.throughline.database.EmbeddedDatabaseMarker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Fills the database once with the demo organisation, when it is empty and demo data is wanted,
 * and keeps an existing demo current. Runs once every bean is ready but before the web server
 * opens, so nobody can try to sign in as a demo person who does not exist yet.
 */
@Component
@EnableConfigurationProperties(DemoDataProperties.class)
class DemoDataLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoOrganisation organisation;
    private final DemoRoller roller;
    private final DemoDataProperties properties;
    private final boolean embedded;

    DemoDataLoader(
            DemoOrganisation organisation,
            DemoRoller roller,
            DemoDataProperties properties,
            ObjectProvider<EmbeddedDatabaseMarker> embeddedDatabase) {
        this.organisation = organisation;
        this.roller = roller;
        this.properties = properties;
        this.embedded = embeddedDatabase.getIfAvailable() != null;
    }

    @Override
    public void afterSingletonsInstantiated() {
        boolean wanted = properties.enabled() != null ? properties.enabled() : embedded;
        if (!wanted) {
            return;
        }
        if (organisation.alreadyThere()) {
            int caughtUp = roller.catchUpPeople();
            if (caughtUp > 0) {
                log.info("Demo people given their locales and expertise topics: {}", caughtUp);
            }
            roller.roll()
                    .ifPresentOrElse(
                            rolled -> log.info("Demo organisation kept current: {}", rolled),
                            () -> log.info("Database already has people; demo data not loaded again"));
            return;
        }
        var counts = organisation.create();
        log.info("Demo organisation created: {}. Sign in as strategist / throughline.", counts);
    }
}

package app.throughline.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled fill an empty database with the demo organisation; when unset, only the
 *     embedded database gets it (a new user sees a working calendar at once, a production
 *     database never gets demo logins by accident)
 */
@ConfigurationProperties("throughline.demo-data")
record DemoDataProperties(Boolean enabled) {}

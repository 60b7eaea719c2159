package app.throughline.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are delivered ({@code throughline.webhooks.*}, docs/webhooks.md).
 *
 * @param allowPrivateAddresses whether a hook may point at a loopback, private, link-local or
 *     other internal address; off (refused, as protection against server-side request forgery)
 *     unless set, which the tests do for their local receiver
 * @param pollerEnabled whether the scheduled poller runs; the tests switch it off and deliver
 *     explicitly
 * @param pollInterval the pause between two polls
 * @param batchSize the most deliveries one poll claims
 * @param lease how long a claimed delivery stays claimed: a poller that dies while sending leaves it
 *     due again after this (longer than a batch can take: batch size × (connect + read timeout))
 * @param connectTimeout how long to wait for the receiver's connection
 * @param readTimeout how long to wait for its answer
 * @param maxAttempts attempts in all before a delivery is failed
 * @param firstRetry the wait after the first failure; each further one is {@code backoffFactor}
 *     times longer, at most {@code maxBackoff}
 * @param linkBaseUrl the address of the app as receivers reach it, for the payload's link
 */
@ConfigurationProperties("throughline.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("true") boolean pollerEnabled,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("10m") Duration lease,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("4") int backoffFactor,
        @DefaultValue("12h") Duration maxBackoff,
        @DefaultValue("http://localhost:8080") String linkBaseUrl) {

    /** These settings with another poll interval. */
    WebhookProperties withPollInterval(Duration interval) {
        return new WebhookProperties(
                allowPrivateAddresses,
                pollerEnabled,
                interval,
                batchSize,
                lease,
                connectTimeout,
                readTimeout,
                maxAttempts,
                firstRetry,
                backoffFactor,
                maxBackoff,
                linkBaseUrl);
    }

    /** The wait before the next attempt after {@code failedAttempts} failures (1: 30 s, 2: 2 min, 3: 8 min...). */
    Duration backoff(int failedAttempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(backoffFactor);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}

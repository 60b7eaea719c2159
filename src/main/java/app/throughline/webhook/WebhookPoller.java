package app.throughline.webhook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the {@link Dispatcher} every {@code throughline.webhooks.poll-interval} (a fixed delay:
 * the next poll starts that long after the last one ended). Scheduling is switched on here only,
 * and only when {@code throughline.webhooks.poller-enabled} is not false: the tests switch it off
 * and deliver explicitly, so no poll runs in the middle of another test.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "throughline.webhooks.poller-enabled", havingValue = "true", matchIfMissing = true)
class WebhookPoller implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookPoller.class);

    private final Dispatcher dispatcher;
    private final WebhookProperties properties;

    WebhookPoller(Dispatcher dispatcher, WebhookProperties properties) {
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::poll, properties.pollInterval());
    }

    private void poll() {
        try {
            int batch;
            do {
                batch = dispatcher.deliverDue();
            } while (batch >= properties.batchSize()); // more may be due: go on without waiting
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next poll tries again
            LOG.warn("Webhook poll failed: {}", e.toString());
        }
    }
}

package app.throughline.api;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per API token, in memory on each app node: a token may send {@code perMinute}
 * requests at once and then one every {@code 60 / perMinute} seconds
 * ({@code throughline.api.rate-limit.per-minute}, default 120). Past that a request is answered
 * 429 with {@code Retry-After} (DD019).
 */
@Component
class RateLimiter {

    private static final int MAX_TRACKED = 100_000;

    /** Requests left (fractional while refilling) and when that was worked out. */
    private record Bucket(double left, long atMillis) {}

    private final ConcurrentHashMap<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock;

    RateLimiter(@Value("${throughline.api.rate-limit.per-minute:120}") int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("throughline.api.rate-limit.per-minute must be at least 1");
        }
        this.perMinute = perMinute;
        this.clock = clock;
    }

    int perMinute() {
        return perMinute;
    }

    /**
     * Takes one request from the token's bucket.
     *
     * @return 0 when the request may go on; otherwise how many whole seconds until it may
     */
    long acquire(long tokenId) {
        long now = clock.millis();
        double perMilli = perMinute / 60_000.0;
        var wait = new AtomicLong();
        buckets.compute(tokenId, (id, before) -> {
            double left = before == null
                    ? perMinute
                    : Math.min(perMinute, before.left() + Math.max(0, now - before.atMillis()) * perMilli);
            if (left >= 1) {
                return new Bucket(left - 1, now);
            }
            wait.set(Math.max(1, (long) Math.ceil((1 - left) / perMilli / 1000.0)));
            return new Bucket(left, now);
        });
        if (buckets.size() > MAX_TRACKED) {
            // a bucket untouched for a minute is full again: forgetting it changes nothing
            buckets.values().removeIf(b -> now - b.atMillis() > 60_000);
        }
        return wait.get();
    }
}

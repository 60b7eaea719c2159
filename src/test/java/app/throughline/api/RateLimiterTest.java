package app.throughline.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The token bucket: a burst of the rate, then one request per share of a minute, per token. */
class RateLimiterTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2027-03-01T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void allowsABurstOfTheRateThenSaysHowLongToWait() {
        var clock = new HandClock();
        var limiter = new RateLimiter(60, clock); // one a second
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire(1)).as("request %d", i + 1).isZero();
        }
        assertThat(limiter.acquire(1)).isEqualTo(1);
        assertThat(limiter.acquire(2)).as("another token has its own bucket").isZero();

        clock.now = clock.now.plus(Duration.ofMillis(1500));
        assertThat(limiter.acquire(1)).isZero();
        assertThat(limiter.acquire(1))
                .as("half a request refilled: wait a second")
                .isEqualTo(1);

        clock.now = clock.now.plus(Duration.ofHours(1));
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire(1)).isZero();
        }
        assertThat(limiter.acquire(1))
                .as("the bucket never holds more than the rate")
                .isPositive();
    }

    @Test
    void aSlowRateWaitsLonger() {
        var clock = new HandClock();
        var limiter = new RateLimiter(2, clock); // one every 30 s
        assertThat(limiter.acquire(1)).isZero();
        assertThat(limiter.acquire(1)).isZero();
        assertThat(limiter.acquire(1)).isEqualTo(30);
        clock.now = clock.now.plusSeconds(20);
        assertThat(limiter.acquire(1)).isEqualTo(10);
    }

    @Test
    void aRateBelowOneIsRefused() {
        assertThatThrownBy(() -> new RateLimiter(0, new HandClock())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tokensAreLongRandomAndStoredOnlyAsTheirHash() {
        String a = TokenSecrets.newToken();
        String b = TokenSecrets.newToken();
        assertThat(a).startsWith("tl_").hasSize(46).isNotEqualTo(b);
        assertThat(TokenSecrets.wellFormed(a)).isTrue();
        assertThat(TokenSecrets.hash(a))
                .hasSize(64)
                .isEqualTo(TokenSecrets.hash(a))
                .isNotEqualTo(TokenSecrets.hash(b));
        assertThat(TokenSecrets.hint(a)).hasSize(8);
        assertThat(TokenSecrets.wellFormed("tl_short")).isFalse();
    }
}

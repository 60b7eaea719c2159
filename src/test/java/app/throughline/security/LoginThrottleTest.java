package app.throughline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Password guessing is slowed per login name and per address; a success or time clears it. */
class LoginThrottleTest {

    MutableClock clock = new MutableClock(Instant.parse("2027-03-01T09:00:00Z"));
    LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void theFifthFailureInARowLocksTheNameForThirtySecondsAndTheNextOnesForLonger() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("coach", "10.0.0.1");
        }
        assertThat(throttle.isLocked("coach", "10.0.0.1")).isFalse();
        throttle.failed("coach", "10.0.0.1");
        assertThat(throttle.isLocked("coach", "10.0.0.2"))
                .as("locked from any address")
                .isTrue();
        assertThat(throttle.isLocked("Coach ", "10.0.0.2"))
                .as("however the name is typed")
                .isTrue();

        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.isLocked("coach", "10.0.0.1")).isFalse();
        throttle.failed("coach", "10.0.0.1");
        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.isLocked("coach", "10.0.0.1"))
                .as("the sixth failure locks for a minute")
                .isTrue();
        assertThat(LoginThrottle.lockFor(20)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aNameThatDoesNotExistIsLockedTheSameWaySoALockRevealsNothing() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("nobody-by-this-name", "10.0.0.1");
        }
        assertThat(throttle.isLocked("nobody-by-this-name", "10.0.0.3")).isTrue();
    }

    @Test
    void oneAddressTryingManyNamesIsLockedToo() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("name-" + i, "203.0.113.9");
        }
        assertThat(throttle.isLocked("someone-new", "203.0.113.9")).isTrue();
        assertThat(throttle.isLocked("someone-new", "198.51.100.1")).isFalse();
    }

    @Test
    void aSuccessClearsTheNameAndOldFailuresAreForgiven() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("marketer", "10.0.0.1");
        }
        throttle.succeeded("marketer");
        throttle.failed("marketer", "10.0.0.1");
        assertThat(throttle.isLocked("marketer", "10.0.0.1")).isFalse();

        for (int i = 0; i < 4; i++) {
            throttle.failed("strategist", "10.0.0.1");
        }
        clock.advance(Duration.ofHours(2));
        throttle.failed("strategist", "10.0.0.1");
        assertThat(throttle.isLocked("strategist", "10.0.0.1")).isFalse();
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

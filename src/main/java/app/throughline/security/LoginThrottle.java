package app.throughline.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: failed sign-ins are counted per login name (whether or not it
 * exists, so a lock tells nothing about which names exist) and per network address. From the
 * {@value #FREE_FAILURES}th failure in a row a name is locked, first for 30 s, doubling with every
 * further failure up to 15 minutes; an address gets more room ({@value #FREE_FAILURES_PER_ADDRESS}),
 * since a whole office may share one. A success clears the name. Every failure is logged. Kept in
 * memory per app node (docs/design-decisions/DD008-sign-in-protection.md).
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 30;
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    /** Failures older than this are forgiven. */
    private static final Duration MEMORY = Duration.ofHours(1);

    private static final int MAX_TRACKED = 100_000;
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** Failures in a row for one key, and until when it is locked (null: not locked). */
    private record Failures(
            int count, Instant last, @Nullable Instant lockedUntil) {}

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether a sign-in as {@code login} from {@code address} must wait; checked before the password. */
    public boolean isLocked(@Nullable String login, String address) {
        Instant now = clock.instant();
        return locked(nameKey(login), now) || locked(addressKey(address), now);
    }

    public void failed(@Nullable String login, String address) {
        Instant now = clock.instant();
        int inARow = record(nameKey(login), FREE_FAILURES, now);
        record(addressKey(address), FREE_FAILURES_PER_ADDRESS, now);
        log.warn("Failed sign-in for login \"{}\" from {} ({} in a row)", printable(login), printable(address), inARow);
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> f.last().isBefore(now.minus(MEMORY)));
        }
    }

    public void succeeded(@Nullable String login) {
        failures.remove(nameKey(login));
    }

    private boolean locked(String key, Instant now) {
        Failures f = failures.get(key);
        return f != null && f.lockedUntil() != null && now.isBefore(f.lockedUntil());
    }

    private int record(String key, int free, Instant now) {
        return failures.compute(key, (k, before) -> {
                    int count = before == null || before.last().isBefore(now.minus(MEMORY)) ? 1 : before.count() + 1;
                    Instant lockedUntil = count < free ? null : now.plus(lockFor(count - free));
                    return new Failures(count, now, lockedUntil);
                })
                .count();
    }

    /** 30 s after the first failure past the free ones, doubling, at most 15 minutes. */
    static Duration lockFor(int beyondFree) {
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(beyondFree, 10));
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    private static String nameKey(@Nullable String login) {
        return "login:" + (login == null ? "" : login.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** A name as typed, safe for one log line (no line breaks or control characters, bounded). */
    private static String printable(@Nullable String text) {
        String safe = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        return safe.length() > 80 ? safe.substring(0, 80) + "…" : safe;
    }
}

package app.throughline.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * What a person is told when something they did failed: the one translation from exceptions to
 * words, used by the UI's error handler (and by anything else that answers people). Never a
 * stack trace; an unexpected failure gets an incident id that is also in the log.
 *
 * @param incidentId set for unexpected failures only
 */
public record UserProblem(
        Kind kind, String message, @Nullable String incidentId) {

    private static final Logger log = LoggerFactory.getLogger(UserProblem.class);

    /** The kinds of failure, each with its own way of being shown. */
    public enum Kind {
        /** The person may not do this (their role, or not their tactic). */
        REFUSED,
        /** Their sign-in ended. */
        SIGNED_OUT,
        /** Someone else changed or deleted what they worked on meanwhile. */
        CONFLICT,
        /** What they opened no longer exists. */
        GONE,
        /** Input the server refuses. */
        INVALID,
        /** The database cannot be reached: nothing was saved, try again shortly. */
        UNAVAILABLE,
        /** A bug or an unforeseen failure; logged with the incident id. */
        UNEXPECTED
    }

    /** Spring Security's own message for a refused method call, which says nothing to a person. */
    private static final String SPRING_DENIED = "Access Denied";

    public static final String UNAVAILABLE_MESSAGE =
            "The database cannot be reached just now. Nothing was saved; " + "try again in a moment.";

    /** Translates {@code failure}; unexpected ones are logged with a new incident id. */
    public static UserProblem of(Throwable failure) {
        Throwable cause = unwrap(failure);
        return switch (cause) {
            case AccessDeniedException denied ->
                new UserProblem(
                        Kind.REFUSED,
                        denied.getMessage() == null || SPRING_DENIED.equals(denied.getMessage())
                                ? "Your role does not allow this. Nothing was changed."
                                : denied.getMessage(),
                        null);
            case AuthenticationException signedOut ->
                new UserProblem(Kind.SIGNED_OUT, "Your session has ended. Sign in again to go on.", null);
            case ConcurrentEditException conflict -> new UserProblem(Kind.CONFLICT, conflict.getMessage(), null);
            case NotFoundException gone -> new UserProblem(Kind.GONE, gone.getMessage(), null);
            case ValidationException invalid -> new UserProblem(Kind.INVALID, invalid.getMessage(), null);
            case Throwable t
            when databaseUnreachable(t) -> new UserProblem(Kind.UNAVAILABLE, UNAVAILABLE_MESSAGE, null);
            case DataIntegrityViolationException raced ->
                new UserProblem(
                        Kind.CONFLICT,
                        "Something this refers to "
                                + "was changed or deleted by someone else meanwhile. Nothing was saved: reload and try again.",
                        null);
            case PessimisticLockingFailureException busy ->
                new UserProblem(
                        Kind.CONFLICT,
                        "A colleague was "
                                + "changing the same thing at the same moment. Nothing was saved: try again.",
                        null);
            default -> unexpected(cause);
        };
    }

    /** Whether the failure means the database is out of reach (down, restarting, network). */
    public static boolean databaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException
                    || (t instanceof SQLException sql
                            && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    private static UserProblem unexpected(Throwable cause) {
        String incident = HexFormat.of()
                .toHexDigits(ThreadLocalRandom.current().nextInt())
                .toUpperCase(Locale.ROOT);
        log.error("Incident {}: {}", incident, cause.toString(), cause);
        return new UserProblem(
                Kind.UNEXPECTED,
                "Something went wrong on our side (incident " + incident
                        + "). Your last action may not have been saved: try again, and if it happens again, tell your "
                        + "admin the incident number.",
                incident);
    }

    /** Our own exceptions travel wrapped by frameworks (listener invocation, reflection): find them. */
    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; depth < 10 && t.getCause() != null; depth++) {
            if (t instanceof AccessDeniedException
                    || t instanceof AuthenticationException
                    || t instanceof ConcurrentEditException
                    || t instanceof NotFoundException
                    || t instanceof ValidationException
                    || t instanceof org.springframework.dao.DataAccessException) {
                return t;
            }
            t = t.getCause();
        }
        return t;
    }
}

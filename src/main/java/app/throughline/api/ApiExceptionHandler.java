package app.throughline.api;

import app.throughline.common.ConcurrentEditException;
import app.throughline.common.NotFoundException;
import app.throughline.common.UserProblem;
import app.throughline.common.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every failure of an API controller as an RFC 9457 problem ({@code application/problem+json}),
 * never a stack trace: the app's own exceptions by their meaning (the same translation as the
 * UI's, {@link UserProblem}), input errors with the field named, anything unforeseen as a bare 500
 * with an incident number that is also in the log. Only for this package's controllers.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    /** One field's problem, as listed in a 400's {@code errors}. */
    record FieldError(String field, String message) {}

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalid(ValidationException invalid) {
        return badRequest(invalid.getMessage(), invalid.field());
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException stale) {
        var problem = Problems.of(HttpStatus.CONFLICT, "stale-version", stale.getMessage());
        problem.setProperty("currentVersion", stale.currentVersion());
        return problem;
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ProblemDetail conflict(ConcurrentEditException conflict) {
        return Problems.of(HttpStatus.CONFLICT, "conflict", conflict.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException gone) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", gone.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException denied) {
        return Problems.of(
                HttpStatus.FORBIDDEN, "forbidden", UserProblem.of(denied).message());
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException failure) {
        return Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Send a valid API token");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        Throwable cause = unreadable.getCause();
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        if (cause instanceof JacksonException json) {
            String field = path(json);
            if (cause instanceof StreamReadException && !(cause instanceof MismatchedInputException)) {
                var location = json.getLocation();
                return badRequest(
                        "The body is not valid JSON"
                                + (location == null
                                        ? ""
                                        : " (line " + location.getLineNr() + ", column " + location.getColumnNr()
                                                + ")"),
                        field);
            }
            if (field != null) {
                Class<?> target = cause instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
                String expected = target == null ? "a value of the documented type" : expected(target);
                return badRequest(field + " cannot be read: it must be " + expected, field);
            }
        }
        return badRequest("The body cannot be read: send a JSON object as documented", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException mismatch) {
        Class<?> type = mismatch.getRequiredType();
        return badRequest(
                mismatch.getName() + " must be " + (type == null ? "of the documented type" : expected(type)),
                mismatch.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException missing) {
        return badRequest(missing.getParameterName() + " is required", missing.getParameterName());
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException missing) {
        return badRequest("The header " + missing.getHeaderName() + " is required", missing.getHeaderName());
    }

    /** The rest: the database out of reach (503), a race the database caught (409), or a bug (500, no detail). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        if (failure instanceof ErrorResponse error) {
            // Spring MVC's own refusals (405, 406, 415...) keep their status, in our shape
            HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
            var problem = Problems.of(
                    status, "http-" + status.value(), error.getBody().getDetail());
            return ResponseEntity.status(status).headers(error.getHeaders()).body(problem);
        }
        ProblemDetail problem = translate(UserProblem.of(failure));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ProblemDetail translate(UserProblem problem) {
        return switch (problem.kind()) {
            case UNAVAILABLE -> Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", problem.message());
            case CONFLICT -> Problems.of(HttpStatus.CONFLICT, "conflict", problem.message());
            case REFUSED -> Problems.of(HttpStatus.FORBIDDEN, "forbidden", problem.message());
            case GONE -> Problems.of(HttpStatus.NOT_FOUND, "not-found", problem.message());
            case INVALID -> badRequest(problem.message(), null);
            case SIGNED_OUT -> Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Send a valid API token");
            case UNEXPECTED -> {
                var internal = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", null);
                internal.setProperty("incident", problem.incidentId());
                yield internal;
            }
        };
    }

    private static ProblemDetail badRequest(String message, @Nullable String field) {
        var problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid", message);
        problem.setProperty("errors", field == null ? List.of() : List.of(Map.of("field", field, "message", message)));
        return problem;
    }

    /** The JSON path of the failure as field names ("scheduledStart", "items[2].title"), or null. */
    private static @Nullable String path(JacksonException json) {
        var path = json.getPath();
        if (path.isEmpty()) {
            return null;
        }
        var out = new StringBuilder();
        for (var reference : path) {
            if (reference.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static String expected(Class<?> type) {
        if (type == Instant.class) {
            return "an ISO-8601 instant such as 2027-03-01T09:00:00Z";
        }
        if (type == LocalDate.class) {
            return "an ISO-8601 date such as 2027-03-01";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        return "a " + type.getSimpleName();
    }
}

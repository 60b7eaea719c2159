package app.throughline.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details: the one shape of every API error, built here for the controllers'
 * handler ({@link ApiExceptionHandler}) and written here directly by the security chain, whose
 * refusals (401, 403, 429) happen before any controller.
 */
final class Problems {

    /** The problem types of docs/api.md: {@code https://throughline.app/problems/<name>}. */
    static URI type(String name) {
        return URI.create("https://throughline.app/problems/" + name);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {}

    static ProblemDetail of(HttpStatus status, String type, @Nullable String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(type));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    /** Writes {@code problem} as the whole response (from a filter, outside Spring MVC). */
    static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", String.valueOf(problem.getTitle()));
        body.put("status", problem.getStatus());
        String detail = problem.getDetail();
        if (detail != null) {
            body.put("detail", detail);
        }
        body.put("instance", request.getRequestURI());
        Map<String, Object> properties = problem.getProperties();
        if (properties != null) {
            body.putAll(properties);
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }

    /** 401, with the challenge of RFC 6750 ({@code error} only when a token was sent and refused). */
    static void unauthorized(
            HttpServletRequest request, HttpServletResponse response, @Nullable String error, String detail)
            throws IOException {
        response.setHeader(
                "WWW-Authenticate",
                "Bearer realm=\"throughline\"" + (error == null ? "" : ", error=\"" + error + "\""));
        write(request, response, of(HttpStatus.UNAUTHORIZED, "unauthorized", detail));
    }
}

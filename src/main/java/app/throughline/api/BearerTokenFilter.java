package app.throughline.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in the person of the request's {@code Authorization: Bearer} token, for this request
 * only, as the same principal with the same authorities the UI's sign-in gives; then takes the
 * request from the token's rate limit. A request with no token goes on unauthenticated (the chain
 * then answers 401 unless the address is public); a bad, revoked or refused token is answered 401
 * at once. Not a bean: it runs in the API's security chain only.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenAuthentication tokens;
    private final RateLimiter limiter;

    BearerTokenFilter(ApiTokenAuthentication tokens, RateLimiter limiter) {
        this.tokens = tokens;
        this.limiter = limiter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Problems.unauthorized(
                    request,
                    response,
                    "invalid_request",
                    "Send your API token as \"Authorization: Bearer tl_...\" (make one on your profile page)");
            return;
        }
        var caller = tokens.resolve(header.substring(BEARER.length()).strip());
        if (caller.isEmpty()) {
            Problems.unauthorized(
                    request,
                    response,
                    "invalid_token",
                    "This API token is not valid: it was revoked, mistyped, or its person may not sign in");
            return;
        }
        long wait = limiter.acquire(caller.get().tokenId());
        if (wait > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            var problem = Problems.of(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "rate-limited",
                    "This token sent more than " + limiter.perMinute() + " requests a minute: wait " + wait
                            + " s and try again");
            problem.setProperty("retryAfterSeconds", wait);
            Problems.write(request, response, problem);
            return;
        }
        var principal = caller.get().principal();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

package app.throughline.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The API's own security chain, before the UI's: {@code /api/**} only, stateless (no session is
 * read or made, so no cookie signs anyone in here and CSRF does not arise), a bearer token per
 * request ({@link BearerTokenFilter}), problem details for 401 and 403. The OpenAPI document is
 * public. Method security in the services does the rest, exactly as for the UI (DD019).
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:api.properties")
class ApiSecurityConfiguration {

    static final String OPENAPI_PATH = "/api/v1/openapi.json";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenAuthentication tokens, RateLimiter limiter)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, OPENAPI_PATH)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(
                                (request, response, failure) -> Problems.unauthorized(
                                        request,
                                        response,
                                        null,
                                        "Send an API token as \"Authorization: Bearer tl_...\" (make one on your profile page)"))
                        .accessDeniedHandler((request, response, denied) -> Problems.write(
                                request,
                                response,
                                Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this"))))
                .addFilterBefore(new BearerTokenFilter(tokens, limiter), AnonymousAuthenticationFilter.class);
        return http.build();
    }
}

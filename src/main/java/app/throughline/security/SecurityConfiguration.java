package app.throughline.security;

import app.throughline.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * Form login through the Vaadin login view, protected by a CSRF token and a throttle; every view
 * guarded by its access annotation; method security on, so each service checks the caller's
 * role on the server; and the headers a browser needs to keep the pages to themselves
 * (docs/design-decisions/DD008-sign-in-protection.md).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /**
     * Vaadin Flow runs inline bootstrap scripts and evaluates server-sent JavaScript, so scripts
     * need 'unsafe-inline' and 'unsafe-eval' (Vaadin's documented minimum); everything else is
     * held to this site: no other origin may be loaded from, framed in, or posted to.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            RequestUtil requestUtil,
            UserDetailsService people,
            PasswordEncoder passwords,
            LoginThrottle throttle,
            AuthenticationEventPublisher events,
            SessionRegistry sessions)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**", "/favicon.ico")
                .permitAll()
                // an error response (Vaadin's "session expired" 403 to a heartbeat) keeps its status
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll());
        // Vaadin's own requests carry Vaadin's token; the login form posts Spring's, which the page provides
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.authenticationManager(authenticationManager(people, passwords, throttle, events));
        // a login page left open past the session timeout has a stale token: say so on the login page
        http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new DelegatingAccessDeniedHandler(
                new LinkedHashMap<>(Map.of(CsrfException.class, (AccessDeniedHandler) (request, response, denied) ->
                        response.sendRedirect(request.getContextPath() + "/login?error=expired"))),
                new AccessDeniedHandlerImpl())));
        // every session is registered, so an admin who disables a person ends theirs (SignedInSessions, DD015)
        http.sessionManagement(session -> session.maximumSessions(-1)
                .sessionRegistry(sessions)
                .expiredSessionStrategy(sessionEnded(requestUtil)));
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false)
                        // unknown addresses reach the app's "not found" page instead of a bare 403
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        // after vaadin(): it sets the login page first, or Spring's generated login page would take /login
        http.formLogin(form -> form.failureHandler(failureHandler()));
        return http.build();
    }

    /** The password check, behind the throttle; Boot's publisher still reports successes and failures. */
    private static ProviderManager authenticationManager(
            UserDetailsService people,
            PasswordEncoder passwords,
            LoginThrottle throttle,
            AuthenticationEventPublisher events) {
        var dao = new DaoAuthenticationProvider(people);
        dao.setPasswordEncoder(passwords);
        // "disabled" only after the right password: a wrong one must not tell that the login exists
        dao.setPreAuthenticationChecks(user -> {});
        dao.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("This account is disabled");
            }
        });
        var manager = new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /**
     * A request of a session an admin ended (the person was signed out just before this runs): a
     * page goes to the login page, which says why; Vaadin's own requests get Vaadin's "session
     * expired" answer, on which the open tab reloads and so reaches the login page too.
     */
    private static SessionInformationExpiredStrategy sessionEnded(RequestUtil requestUtil) {
        return event -> {
            var request = event.getRequest();
            var response = event.getResponse();
            if (requestUtil.isFrameworkInternalRequest(request)) {
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("for(;;);[{\"meta\":{\"sessionExpired\":true}}]");
            } else {
                response.sendRedirect(request.getContextPath() + "/login?error=ended");
            }
        };
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends on its own (sign-out, timeout). */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Each reason a sign-in failed has its own message on the login page ({@link LoginView}). */
    private static ExceptionMappingAuthenticationFailureHandler failureHandler() {
        var failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(Map.of(
                LockedException.class.getName(), "/login?error=locked",
                DisabledException.class.getName(), "/login?error=disabled",
                // the person could not be looked up: the database is out of reach
                InternalAuthenticationServiceException.class.getName(), "/login?error=unavailable"));
        return failure;
    }

    /** Delegating encoder: bcrypt today, and old hashes keep working if the default changes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

package app.throughline.feed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The feed URLs have their own filter chain, ahead of the app's: calendar apps send no cookie and
 * no CSRF token and cannot sign in; the token in the path is the credential, checked by
 * {@link FeedController}. Stateless: no session is made or read (DD018).
 */
@Configuration(proxyBeanMethods = false)
class FeedSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain feedFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/feed/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }
}

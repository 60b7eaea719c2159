package app.throughline.api;

import app.throughline.security.PersonPrincipal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Resolves a bearer token to its person, loaded exactly as the sign-in loads them ({@link
 * UserDetailsService}: the same {@link PersonPrincipal}, roles and authorities). A disabled
 * person's token is refused, and so is the token of someone who must replace an admin-set
 * password (they hold no role until they have). "Last used" is written at most once a minute.
 */
@Component
class ApiTokenAuthentication {

    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** A request's token, resolved. */
    record Caller(long tokenId, PersonPrincipal principal) {}

    private final ApiTokenRepository repository;
    private final UserDetailsService people;
    private final Clock clock;

    ApiTokenAuthentication(ApiTokenRepository repository, UserDetailsService people, Clock clock) {
        this.repository = repository;
        this.people = people;
        this.clock = clock;
    }

    Optional<Caller> resolve(String token) {
        if (!TokenSecrets.wellFormed(token)) {
            return Optional.empty();
        }
        var found = repository.byHash(TokenSecrets.hash(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserDetails user;
        try {
            user = people.loadUserByUsername(found.get().login());
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
        if (!(user instanceof PersonPrincipal principal)
                || !principal.isEnabled()
                || principal.person().mustChangePassword()) {
            return Optional.empty();
        }
        principal.eraseCredentials();
        Instant now = clock.instant();
        Instant last = found.get().lastUsedAt();
        if (last == null || last.isBefore(now.minus(TOUCH_EVERY))) {
            repository.touch(found.get().tokenId(), now);
        }
        return Optional.of(new Caller(found.get().tokenId(), principal));
    }
}

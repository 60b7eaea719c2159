package app.throughline.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Reloads the signed-in person after they changed themself (profile, password), so the session
 * sees them as they now are: their name, zone and locale, and, after the forced password change,
 * their roles. The person is loaded exactly as at sign-in ({@link PersonUserDetailsService}) and
 * the new sign-in replaces the old one in the security context and in the HTTP session, where
 * the next request finds it (docs/design-decisions/DD014-people-directory.md).
 */
@Component
public class SignInRefresh {

    private final PersonUserDetailsService people;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SignInRefresh(PersonUserDetailsService people) {
        this.people = people;
    }

    /** Loads the signed-in person again and signs them in as that; returns who they are now. */
    public CurrentUser refresh() {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        if (before == null || !(before.getPrincipal() instanceof PersonPrincipal signedIn)) {
            throw new AccessDeniedException("You need to sign in");
        }
        var fresh = (PersonPrincipal) people.loadUserByUsername(signedIn.getUsername());
        fresh.eraseCredentials(); // the hash stays in the database, not in the session
        var after = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        after.setDetails(before.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(after);
        SecurityContextHolder.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getResponse() != null) {
            sessions.saveContext(context, request.getRequest(), request.getResponse());
        }
        return fresh.person();
    }
}

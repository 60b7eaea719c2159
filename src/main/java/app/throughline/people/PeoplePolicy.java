package app.throughline.people;

import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the people directory, the profile and the password (docs/roles.md,
 * "People"): everyone who holds a role reads the directory, people's pages and expert suggestions,
 * and changes their own profile; only the person themself reads the comments they received or
 * changes their password. A person who must replace an admin-set password holds no role, so they
 * may do nothing but that change.
 */
@Component("peoplePolicy")
public class PeoplePolicy {

    private final CurrentUserProvider currentUser;

    PeoplePolicy(CurrentUserProvider currentUser) {
        this.currentUser = currentUser;
    }

    /** Whether the signed-in person holds any role (for the services' role annotations). */
    public boolean mayUse() {
        return mayUse(currentUser.get());
    }

    public boolean mayUse(CurrentUser user) {
        return !user.roles().isEmpty();
    }

    /** The signed-in person (refused when no one is). */
    CurrentUser signedIn() {
        return currentUser.get();
    }

    /** The signed-in person, refused unless they are {@code personId}. */
    CurrentUser requireSelf(long personId, String refusal) {
        CurrentUser me = currentUser.get();
        if (me.personId() != personId) {
            throw new AccessDeniedException(refusal);
        }
        return me;
    }
}

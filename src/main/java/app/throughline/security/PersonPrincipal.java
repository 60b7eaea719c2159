package app.throughline.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's user, carrying the person it was loaded from. */
public class PersonPrincipal extends User {

    private final CurrentUser person;

    public PersonPrincipal(CurrentUser person, String passwordHash, boolean enabled) {
        super(person.login(), passwordHash, enabled, true, true, true, authorities(person));
        this.person = person;
    }

    public CurrentUser person() {
        return person;
    }

    private static Collection<? extends GrantedAuthority> authorities(CurrentUser person) {
        return person.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }
}

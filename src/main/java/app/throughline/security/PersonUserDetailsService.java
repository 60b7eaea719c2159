package app.throughline.security;

import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_ROLE;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads people and their roles from the database for the login. */
@Service
class PersonUserDetailsService implements UserDetailsService {

    private final DSLContext db;

    PersonUserDetailsService(DSLContext db) {
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String login) {
        return db.select(
                        PERSON.PERSON_ID,
                        PERSON.LOGIN,
                        PERSON.DISPLAY_NAME,
                        PERSON.TIME_ZONE,
                        PERSON.PASSWORD_HASH,
                        PERSON.ENABLED,
                        PERSON.TRAINED_ON,
                        PERSON.LOCALE,
                        PERSON.MUST_CHANGE_PASSWORD,
                        multiset(select(PERSON_ROLE.ROLE)
                                        .from(PERSON_ROLE)
                                        .where(PERSON_ROLE.PERSON_ID.eq(PERSON.PERSON_ID)))
                                .convertFrom(r -> r.map(role -> role.value1())))
                .from(PERSON)
                .where(PERSON.LOGIN.eq(login))
                .fetchOptional(r -> {
                    // Someone who must replace an admin-set password holds no role until they have:
                    // every service refuses them, and the UI offers only the password change.
                    boolean mustChange = Boolean.TRUE.equals(r.value9());
                    Set<Role> roles = mustChange || r.value10().isEmpty()
                            ? EnumSet.noneOf(Role.class)
                            : EnumSet.copyOf(r.value10());
                    Locale locale = r.value8() == null ? null : Locale.forLanguageTag(r.value8());
                    var person = new CurrentUser(
                            r.value1(),
                            r.value2(),
                            r.value3(),
                            ZoneId.of(r.value4()),
                            roles,
                            r.value7() != null,
                            locale,
                            mustChange);
                    return new PersonPrincipal(person, r.value5(), r.value6());
                })
                .orElseThrow(() -> new UsernameNotFoundException("No such login"));
    }
}

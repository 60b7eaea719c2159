package app.throughline.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.common.ConcurrentEditException;
import app.throughline.common.ValidationException;
import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.security.PersonPrincipal;
import app.throughline.security.Role;
import app.throughline.testing.ServiceTestBase;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** One's own profile and password, the forced change included. */
class ProfileServiceTest extends ServiceTestBase {

    static final String GOOD = "correct horse battery staple";

    @Autowired
    ProfileService profiles;

    @Autowired
    PeopleService people;

    @Autowired
    PeopleData peopleData;

    @Autowired
    CurrentUserProvider currentUser;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    UserDetailsService signIns;

    CurrentUser me;

    @BeforeEach
    void setUp() {
        me = data.person("me", Role.CONTRIBUTOR);
        signIn(me);
    }

    // --- profile ----------------------------------------------------------------------------------

    @Test
    void savesNameTopicsZoneAndLocaleAndTheSessionFollowsAtOnce() {
        Profile before = profiles.mine();

        Profile saved = profiles.save(new Profile(
                me.personId(),
                "me",
                "  Maya Meier ",
                List.of(" Pricing ", "retail", "Retail", "", "Customer   service"),
                ZoneId.of("Europe/Zurich"),
                Locale.forLanguageTag("de-CH"),
                before.version()));

        assertThat(saved.displayName()).isEqualTo("Maya Meier");
        assertThat(saved.topics()).containsExactly("Customer service", "Pricing", "retail");
        assertThat(saved.zone()).isEqualTo(ZoneId.of("Europe/Zurich"));
        assertThat(saved.locale()).isEqualTo(Locale.forLanguageTag("de-CH"));
        assertThat(saved.version()).isEqualTo(before.version() + 1);
        CurrentUser now = currentUser.get();
        assertThat(now.displayName()).isEqualTo("Maya Meier");
        assertThat(now.zone()).isEqualTo(ZoneId.of("Europe/Zurich"));
        assertThat(now.locale()).isEqualTo(Locale.forLanguageTag("de-CH"));
        assertThat(now.roles()).containsExactly(Role.CONTRIBUTOR);
    }

    @Test
    void followingTheBrowserIsNoLocale() {
        Profile before = profiles.mine();
        profiles.save(with(before, Locale.forLanguageTag("sv-SE")));
        Profile saved = profiles.save(with(profiles.mine(), null));
        assertThat(saved.locale()).isNull();
        assertThat(currentUser.get().locale()).isNull();
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsOverwritten() {
        Profile read = profiles.mine();
        profiles.save(new Profile(me.personId(), "me", "First tab", List.of("A"), read.zone(), null, read.version()));

        assertThatThrownBy(() -> profiles.save(new Profile(
                        me.personId(), "me", "Second tab", List.of("B"), read.zone(), null, read.version())))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(profiles.mine().displayName()).isEqualTo("First tab");
        assertThat(profiles.mine().topics()).containsExactly("A");
    }

    @Test
    void refusesABlankNameALongTopicTooManyTopicsAndAnUnofferedLocaleNextToTheirFields() {
        Profile read = profiles.mine();
        assertField(
                () -> profiles.save(
                        new Profile(me.personId(), "me", " ", List.of(), read.zone(), null, read.version())),
                "displayName");
        assertField(
                () -> profiles.save(new Profile(
                        me.personId(), "me", "Me", List.of("x".repeat(61)), read.zone(), null, read.version())),
                "topics");
        var many = new ArrayList<String>();
        for (int i = 0; i < 21; i++) {
            many.add("Topic " + i);
        }
        assertField(
                () -> profiles.save(new Profile(me.personId(), "me", "Me", many, read.zone(), null, read.version())),
                "topics");
        assertField(
                () -> profiles.save(new Profile(
                        me.personId(),
                        "me",
                        "Me",
                        List.of(),
                        read.zone(),
                        Locale.forLanguageTag("tlh"),
                        read.version())),
                "locale");
        assertThat(profiles.save(new Profile(
                                me.personId(), "me", "Me", List.of("x".repeat(60)), read.zone(), null, read.version()))
                        .topics())
                .hasSize(1);
    }

    @Test
    void nobodyChangesSomeoneElsesProfile() {
        var other = data.person("other", Role.ADMIN);
        assertThatThrownBy(() -> profiles.save(
                        new Profile(other.personId(), "other", "Hijacked", List.of(), ZoneId.of("UTC"), null, 0)))
                .isInstanceOf(AccessDeniedException.class);
    }

    // --- password ---------------------------------------------------------------------------------

    @Test
    void aNewPasswordNeedsAtLeast12Characters() {
        assertField(() -> profiles.changePassword(me.personId(), "secret", "elevenchars"), "next", "at least 12");
    }

    @Test
    void aNewPasswordMayHaveAtMost72BytesOfUtf8() {
        String fortyAccents = "é".repeat(40); // 40 characters, 80 bytes
        assertField(() -> profiles.changePassword(me.personId(), "secret", fortyAccents), "next", "72 bytes");
        String seventyTwo = "é".repeat(36);
        CurrentUser after = profiles.changePassword(me.personId(), "secret", seventyTwo);
        assertThat(after.login()).isEqualTo("me");
    }

    @Test
    void aCommonPasswordIsRefusedInAnyCase() {
        assertThat(CommonPasswords.size()).isEqualTo(3000);
        assertField(() -> profiles.changePassword(me.personId(), "secret", "QWERTY123456"), "next", "most common");
        assertField(() -> profiles.changePassword(me.personId(), "secret", "LeaveMeAlone"), "next", "most common");
    }

    @Test
    void theCurrentPasswordMustBeRight() {
        assertField(() -> profiles.changePassword(me.personId(), "wrong", GOOD), "current", "not your current");
        assertField(() -> profiles.changePassword(me.personId(), "", GOOD), "current", "not your current");
    }

    @Test
    void afterAChangeTheNewPasswordSignsInAndTheOldOneNoLonger() {
        profiles.changePassword(me.personId(), "secret", GOOD);

        var loaded = (PersonPrincipal) signIns.loadUserByUsername("me");
        assertThat(loaded.getPassword()).startsWith("{bcrypt}");
        assertThat(passwords.matches(GOOD, loaded.getPassword())).isTrue();
        assertThat(passwords.matches("secret", loaded.getPassword())).isFalse();
    }

    @Test
    void nobodyChangesSomeoneElsesPassword() {
        var other = data.person("other", Role.CONTRIBUTOR);
        String before = peopleData.passwordHash(other.personId());
        assertThatThrownBy(() -> profiles.changePassword(other.personId(), "secret", GOOD))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(peopleData.passwordHash(other.personId())).isEqualTo(before);
    }

    // --- the forced change ------------------------------------------------------------------------

    @Test
    void someoneWhoMustChangeTheirPasswordMayDoThatAndNothingElseThenGetsTheirRoles() {
        CurrentUser forced = peopleData.mustChangePassword(me);
        signIn(forced);

        assertThatThrownBy(() -> profiles.mine()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.directory(PeopleFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);

        CurrentUser after = profiles.changePassword(me.personId(), "secret", GOOD);

        assertThat(after.mustChangePassword()).isFalse();
        assertThat(after.roles()).containsExactly(Role.CONTRIBUTOR);
        assertThat(currentUser.get().roles()).containsExactly(Role.CONTRIBUTOR);
        assertThat(peopleData.mustChange(me.personId())).isFalse();
        assertThat(people.directory(PeopleFilter.ALL, 0, 10)).isNotEmpty();
    }

    @Test
    void aForcedChangeMustChooseANewPassword() {
        signIn(peopleData.mustChangePassword(me));
        assertField(() -> profiles.changePassword(me.personId(), "secret", "secret"), "next", "at least 12");
        assertThat(peopleData.mustChange(me.personId())).isTrue();
    }

    private static Profile with(Profile profile, @Nullable Locale locale) {
        return new Profile(
                profile.personId(),
                profile.login(),
                profile.displayName(),
                profile.topics(),
                profile.zone(),
                locale,
                profile.version());
    }

    private static void assertField(Runnable call, String field) {
        assertField(call, field, "");
    }

    private static void assertField(Runnable call, String field, String saying) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class, invalid -> {
            assertThat(invalid.field()).isEqualTo(field);
            assertThat(invalid.getMessage()).contains(saying);
        });
    }
}

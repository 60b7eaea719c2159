package app.throughline.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.channel.ChannelKind;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.Persona;
import app.throughline.testing.RoleTable;
import app.throughline.testing.ServiceTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every cell of docs/roles.md, "People", against the services: "yes" must succeed and show its
 * effect; "no" must be refused ({@link AccessDeniedException}) and change nothing.
 */
class PeopleRolesTest extends ServiceTestBase {

    static final String NEW_PASSWORD = "correct horse battery staple";

    @Autowired
    PeopleService people;

    @Autowired
    ExpertSuggestions experts;

    @Autowired
    ProfileService profiles;

    @Autowired
    PeopleData peopleData;

    @Autowired
    PasswordEncoder passwords;

    static Stream<Arguments> cells() {
        return RoleTable.cells("People").stream();
    }

    /** What each action does, as {@code me}, on a world where {@code other} knows about Pricing. */
    private Map<String, Action> actions(CurrentUser me, CurrentUser other, long myTactic, long otherTactic) {
        return Map.ofEntries(
                Map.entry(
                        "directory",
                        new Action(
                                () -> assertThat(people.directory(new PeopleFilter("pricing", null, null, null), 0, 10))
                                        .extracting(DirectoryEntry::login)
                                        .containsExactly("other"),
                                () -> true)),
                Map.entry(
                        "person-page",
                        new Action(
                                () -> assertThat(people.person("other")
                                                .orElseThrow()
                                                .upcoming())
                                        .extracting(TacticLine::id)
                                        .containsExactly(otherTactic),
                                () -> true)),
                Map.entry(
                        "own-comments",
                        new Action(
                                () -> assertThat(people.commentsReceived(me.personId()))
                                        .extracting(ReceivedComment::tacticId)
                                        .containsExactly(myTactic),
                                () -> true)),
                Map.entry("others-comments", new Action(() -> people.commentsReceived(other.personId()), () -> true)),
                Map.entry(
                        "find-expert",
                        new Action(
                                () -> assertThat(experts.suggest("A question on pricing"))
                                        .extracting(Expert::login)
                                        .containsExactly("other"),
                                () -> true)),
                Map.entry(
                        "edit-own-profile",
                        new Action(
                                () -> {
                                    Profile mine = profiles.mine();
                                    profiles.save(new Profile(
                                            mine.personId(),
                                            mine.login(),
                                            "Renamed",
                                            List.of("Retail"),
                                            mine.zone(),
                                            null,
                                            mine.version()));
                                },
                                () -> people.person("me")
                                        .orElseThrow()
                                        .person()
                                        .displayName()
                                        .equals("Renamed"))),
                Map.entry(
                        "edit-other-profile",
                        new Action(
                                () -> profiles.save(new Profile(
                                        other.personId(), "other", "Renamed", List.of(), other.zone(), null, 0)),
                                () -> false)),
                Map.entry(
                        "change-own-password",
                        new Action(
                                () -> profiles.changePassword(me.personId(), "secret", NEW_PASSWORD),
                                () -> passwords.matches(NEW_PASSWORD, peopleData.passwordHash(me.personId())))),
                Map.entry(
                        "change-other-password",
                        new Action(
                                () -> profiles.changePassword(other.personId(), "secret", NEW_PASSWORD), () -> false)));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void theServicesAllowExactlyWhatTheRoleTableSays(String action, Persona persona, boolean allowed) {
        CurrentUser me = persona.create(data);
        CurrentUser other = data.person("other", Role.CONTRIBUTOR);
        peopleData.topics(other.personId(), "Pricing");
        long channel = data.channel("LinkedIn", ChannelKind.SOCIAL);
        long strategy = data.strategy(data.objective("Grow", other.personId()), "Voice", other.personId());
        Instant soon = Instant.now().plus(Duration.ofDays(3));
        long myTactic = data.tactic(strategy, null, "Mine", channel, soon, null, TacticStatus.DRAFT, me.personId());
        long otherTactic =
                data.tactic(strategy, null, "Theirs", channel, soon, null, TacticStatus.DRAFT, other.personId());
        data.comment(myTactic, other.personId(), "A suggestion for you", Instant.now());
        data.comment(otherTactic, me.personId(), "A suggestion for them", Instant.now());

        Action scenario = actions(me, other, myTactic, otherTactic).get(action);
        assertThat(scenario)
                .as("a scenario for the action “%s” of docs/roles.md", action)
                .isNotNull();
        String before = peopleData.snapshot();
        signIn(me);
        if (allowed) {
            scenario.run().run();
            assertThat(scenario.happened().getAsBoolean())
                    .as("the effect of “%s”", action)
                    .isTrue();
        } else {
            assertThatThrownBy(() -> scenario.run().run()).isInstanceOf(AccessDeniedException.class);
            assertThat(peopleData.snapshot()).as("nothing changed").isEqualTo(before);
        }
    }

    /** @param happened whether the allowed action had its effect */
    private record Action(Runnable run, BooleanSupplier happened) {}
}

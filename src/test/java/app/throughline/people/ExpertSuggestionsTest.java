package app.throughline.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.testing.ServiceTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** "Find an expert": whose topics occur in a text, and why. */
class ExpertSuggestionsTest extends ServiceTestBase {

    @Autowired
    ExpertSuggestions experts;

    @Autowired
    PeopleData peopleData;

    CurrentUser me;

    @BeforeEach
    void setUp() {
        me = data.person("me", Role.CONTRIBUTOR);
        signIn(me);
    }

    @Test
    void suggestsPeopleWhoseTopicsOccurAsWholeWordsInAnyCaseAndSaysWhy() {
        var sam = data.person("sam", Role.CONTRIBUTOR);
        long sales = data.department("Sales");
        data.inDepartment(sam.personId(), sales);
        peopleData.topics(sam.personId(), "Pricing", "Retail", "Logistics");

        var found = experts.suggest("New PRICING for retail stores: what changes?");

        assertThat(found).hasSize(1);
        Expert sam1 = found.getFirst();
        assertThat(sam1.login()).isEqualTo("sam");
        assertThat(sam1.department()).isEqualTo("Sales");
        assertThat(sam1.topics()).containsExactly("Pricing", "Retail");
        assertThat(sam1.why()).isEqualTo("knows about Pricing, Retail");
    }

    @Test
    void aTopicMustBeAWholeWordNotPartOfOne() {
        var sam = data.person("sam", Role.CONTRIBUTOR);
        peopleData.topics(sam.personId(), "Pricing", "AI");

        assertThat(experts.suggest("Repricing our plans, said the email")).isEmpty();
        assertThat(experts.suggest("What AI means for pricing.")).hasSize(1);
    }

    @Test
    void aTopicOfSeveralWordsMustOccurAsThatPhrase() {
        var cara = data.person("cara", Role.CONTRIBUTOR);
        peopleData.topics(cara.personId(), "Customer service");

        assertThat(experts.suggest("A word on service to the customer")).isEmpty();
        assertThat(experts.suggest("Our customer\nservice team answers on Sundays"))
                .extracting(Expert::why)
                .containsExactly("knows about Customer service");
    }

    @Test
    void atMostFiveMostMatchingTopicsFirstThenByName() {
        for (String login : new String[] {"zoe", "yan", "xia", "wes", "val", "uma"}) {
            var person = data.person(login, Role.CONTRIBUTOR);
            peopleData.topics(person.personId(), "Retail");
        }
        var best = data.person("zed", Role.CONTRIBUTOR);
        peopleData.topics(best.personId(), "Retail", "Pricing");

        var found = experts.suggest("Retail pricing");

        assertThat(found).extracting(Expert::login).containsExactly("zed", "uma", "val", "wes", "xia");
    }

    @Test
    void neverSuggestsOneselfNorADisabledPerson() {
        peopleData.topics(me.personId(), "Retail");
        var gone = data.person("gone", Role.CONTRIBUTOR);
        peopleData.topics(gone.personId(), "Retail");
        peopleData.disable(gone.personId());

        assertThat(experts.suggest("Retail")).isEmpty();
    }

    @Test
    void aBlankTextSuggestsNoOne() {
        var sam = data.person("sam", Role.CONTRIBUTOR);
        peopleData.topics(sam.personId(), "Retail");

        assertThat(experts.suggest("  ")).isEmpty();
        assertThat(experts.suggest(null)).isEmpty();
        assertThat(experts.suggest("?!")).isEmpty();
    }

    @Test
    void someoneWhoMustChangeTheirPasswordGetsNoSuggestions() {
        signIn(peopleData.mustChangePassword(me));
        assertThatThrownBy(() -> experts.suggest("Retail")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void wordsAreLowerCaseAndSeparatedBySingleSpaces() {
        assertThat(ExpertSuggestions.words("Café, CRM-Systems!\n42")).isEqualTo(" café crm systems 42 ");
        assertThat(ExpertSuggestions.occurs("CRM systems", ExpertSuggestions.words("new crm-systems")))
                .isTrue();
    }
}

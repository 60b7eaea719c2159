package app.throughline.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.channel.ChannelKind;
import app.throughline.listening.InsightKind;
import app.throughline.people.PeopleData;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ViewTestBase;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Find an expert" on the composer and on an insight's page. */
class ExpertPanelTest extends ViewTestBase {

    @Autowired
    PeopleData peopleData;

    CurrentUser me;

    @BeforeEach
    void setUp() {
        me = data.person("me", Role.MARKETER);
        var sam = data.person("sam", Role.CONTRIBUTOR);
        data.inDepartment(sam.personId(), data.department("Sales"));
        peopleData.topics(sam.personId(), "Pricing", "Retail", "Logistics");
        signIn(me);
    }

    @Test
    void theComposerSuggestsWhoKnowsAboutTheTactic() {
        long channel = data.channel("Newsletter", ChannelKind.OWNED);
        long strategy = data.strategy(data.objective("Grow", me.personId()), "Voice", me.personId());
        long tactic = data.tactic(
                strategy,
                null,
                "Retail pricing, explained",
                channel,
                Instant.parse("2027-03-01T09:00:00Z"),
                null,
                TacticStatus.DRAFT,
                me.personId());

        open("tactics/" + tactic);

        assertSuggestsSam();
    }

    @Test
    void anInsightSuggestsWhoKnowsAboutWhatWasHeard() {
        long insight = data.insight(
                "Shops say our pricing is confusing in retail", InsightKind.COMPLAINT, LocalDate.now(), me.personId());

        open("insights/" + insight);

        assertSuggestsSam();
    }

    private static void assertSuggestsSam() {
        Section panel = _get(Section.class, spec -> spec.withClasses("expert-panel"));
        RouterLink link = _get(panel, RouterLink.class);
        assertThat(link.getText()).isEqualTo("Sam Tester");
        assertThat(link.getHref()).isEqualTo("people/sam");
        assertThat(_get(panel, Span.class, spec -> spec.withClasses("expert-why"))
                        .getText())
                .isEqualTo(" (Sales) knows about Pricing, Retail");
    }
}

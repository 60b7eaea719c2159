package app.throughline.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.channel.ChannelKind;
import app.throughline.people.PeopleData;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ViewTestBase;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A person's page: their topics and tactics, and on one's own page the comments received. */
class PersonViewTest extends ViewTestBase {

    private static final String MARKUP = "<b>Bold</b> <script>alert(1)</script>";

    @Autowired
    PeopleData peopleData;

    CurrentUser sam;
    CurrentUser cora;
    long upcoming;
    long recent;

    @BeforeEach
    void setUp() {
        sam = data.person("sam", Role.CONTRIBUTOR);
        cora = data.person("cora", Role.COACH);
        peopleData.topics(sam.personId(), "Pricing", "Retail");
        long channel = data.channel("LinkedIn", ChannelKind.SOCIAL);
        long strategy = data.strategy(data.objective("Grow", cora.personId()), "Voice", cora.personId());
        Instant now = Instant.now();
        upcoming = data.tactic(
                strategy,
                null,
                "Price list for spring",
                channel,
                now.plus(Duration.ofDays(3)),
                null,
                TacticStatus.DRAFT,
                sam.personId());
        recent = data.tactic(
                strategy,
                null,
                "Winter sale recap",
                channel,
                now.minus(Duration.ofDays(3)),
                null,
                TacticStatus.PUBLISHED,
                sam.personId());
        data.comment(upcoming, cora.personId(), MARKUP, now);
    }

    @Test
    void showsTopicsAndUpcomingAndRecentTacticsLinkedToTheComposer() {
        signIn(cora);
        open("people/sam");

        assertThat(_get(H1.class).getText()).isEqualTo("Sam Tester");
        assertThat(_find(Span.class, spec -> spec.withText("Pricing"))).hasSize(1);
        assertThat(_get(_section("upcoming-tactics"), RouterLink.class).getHref())
                .isEqualTo("tactics/" + upcoming);
        assertThat(_get(_section("recent-tactics"), RouterLink.class, spec -> spec.withText("Winter sale recap"))
                        .getHref())
                .isEqualTo("tactics/" + recent);
        assertThat(_find(H2.class, spec -> spec.withText("Comments you received")))
                .as("someone else's comments are theirs alone")
                .isEmpty();
    }

    @Test
    void onOnesOwnPageTheCommentsReceivedShowAsPlainText() {
        signIn(sam);
        open("people/sam");

        Section comments = _section("received-comments");
        assertThat(_get(
                                comments,
                                com.vaadin.flow.component.html.Div.class,
                                spec -> spec.withClasses("received-comment-body"))
                        .getText())
                .isEqualTo(MARKUP);
        assertThat(_get(comments, RouterLink.class).getHref()).isEqualTo("tactics/" + upcoming);
        assertThat(_find(RouterLink.class, spec -> spec.withText("Edit your profile")))
                .hasSize(1);
    }

    @Test
    void anUnknownLoginSaysNoOneIsThere() {
        signIn(cora);
        open("people/nobody");

        assertThat(_get(H1.class).getText()).isEqualTo("Person not found");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("person-not-found"))
                        .getText())
                .contains("No one in the directory signs in as “nobody”");
    }

    private static Section _section(String className) {
        return _get(Section.class, spec -> spec.withClasses(className));
    }
}

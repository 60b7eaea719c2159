package app.throughline.people.ui;

import app.throughline.people.DirectoryEntry;
import app.throughline.people.PeopleService;
import app.throughline.people.PersonPage;
import app.throughline.people.ReceivedComment;
import app.throughline.people.TacticLine;
import app.throughline.security.CurrentUserProvider;
import app.throughline.tactic.ui.ComposerView;
import app.throughline.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person's page ({@code people/{login}}): what they know about, their department, time zone and
 * training, and their upcoming and recent tactics (each opening the composer). On one's own page,
 * also the coaching comments one received. An unknown login says so.
 */
@Route(PeopleView.PATH + "/:" + PersonView.LOGIN)
@PermitAll
public class PersonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String LOGIN = "login";

    private final PeopleService people;
    private final ZoneId viewerZone;
    private @Nullable String title;

    PersonView(PeopleService people, CurrentUserProvider currentUser) {
        this.people = people;
        this.viewerZone = currentUser.get().zone();
        addClassName("person-view");
        setWidthFull();
    }

    /** The address of the page of whoever signs in as {@code login}. */
    public static RouteParameters of(String login) {
        return new RouteParameters(LOGIN, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String login = event.getRouteParameters().get(LOGIN).orElse("");
        people.person(login).ifPresentOrElse(this::show, () -> notFound(login));
    }

    @Override
    public String getPageTitle() {
        return (title == null ? "Person" : title) + " · Throughline";
    }

    private void notFound(String login) {
        title = "Person not found";
        var heading = new H1("Person not found");
        var why = new Paragraph(
                "No one in the directory signs in as “" + login + "”. They may have left, or the address has a typo.");
        why.addClassName("person-not-found");
        add(heading, why, new RouterLink("Back to People", PeopleView.class));
    }

    private void show(PersonPage page) {
        DirectoryEntry person = page.person();
        title = person.displayName();
        Formats formats = Formats.current();
        add(new RouterLink("Back to People", PeopleView.class), new H1(person.displayName()));
        var facts = new UnorderedList(
                new ListItem("Department: " + (person.department() == null ? "none" : person.department())),
                new ListItem("Time zone: " + person.zone().getId()),
                new ListItem("Roles: " + (person.roles().isEmpty() ? "none" : PeopleView.roles(person.roles()))),
                new ListItem(PeopleView.trainingText(person)));
        facts.addClassName("person-facts");
        add(facts);

        var topics = new Div();
        topics.addClassName("person-topics");
        if (person.topics().isEmpty()) {
            topics.add(
                    new Paragraph(page.me() ? "You have not said what you know about yet." : "No topics given yet."));
        } else {
            for (String topic : person.topics()) {
                var badge = new Span(topic);
                badge.getElement().getThemeList().add("badge");
                badge.getStyle().set("margin-inline-end", "var(--lumo-space-xs)");
                topics.add(badge);
            }
        }
        add(new Section(new H2("Knows about"), topics));
        if (page.me()) {
            add(new RouterLink("Edit your profile", ProfileView.class));
        }

        add(tactics(
                "Upcoming tactics", "upcoming-tactics", page.upcoming(), "Nothing scheduled from now on.", formats));
        add(tactics("Recent tactics", "recent-tactics", page.recent(), "Nothing scheduled before now.", formats));
        if (page.me()) {
            add(comments(page.commentsReceived(), formats));
        }
    }

    private Section tactics(String heading, String className, List<TacticLine> lines, String none, Formats formats) {
        var section = new Section(new H2(heading));
        section.addClassName(className);
        if (lines.isEmpty()) {
            section.add(new Paragraph(none));
            return section;
        }
        var list = new UnorderedList();
        for (TacticLine line : lines) {
            var link = new RouterLink(
                    line.title(), ComposerView.class, new RouteParameters("id", Long.toString(line.id())));
            var about = new Span(" · " + line.channel() + " · " + line.status().label() + " · "
                    + formats.dateTime(line.start(), viewerZone));
            list.add(new ListItem(link, about));
        }
        section.add(list);
        return section;
    }

    private Section comments(List<ReceivedComment> received, Formats formats) {
        var section = new Section(new H2("Comments you received"));
        section.addClassName("received-comments");
        if (received.isEmpty()) {
            section.add(new Paragraph("No one has commented on your tactics yet."));
            return section;
        }
        var list = new UnorderedList();
        for (ReceivedComment comment : received) {
            var on = new RouterLink(
                    comment.tacticTitle(),
                    ComposerView.class,
                    new RouteParameters("id", Long.toString(comment.tacticId())));
            var who = new Span((comment.sentBack() ? "Sent back by " : "From ") + comment.author() + " on ");
            var when = new Span(", " + formats.dateTime(comment.writtenAt(), viewerZone));
            var body = new Div();
            body.setText(comment.body());
            body.getStyle().set("white-space", "pre-line");
            body.addClassName("received-comment-body");
            list.add(new ListItem(new Div(who, on, when), body));
        }
        section.add(list);
        return section;
    }
}

package app.throughline.people.ui;

import app.throughline.people.Expert;
import app.throughline.people.ExpertSuggestions;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Find an expert": a small panel of the people whose topics occur in a text (a tactic's title
 * and copy, an insight), each linked to their page with why they are suggested. It finds {@link
 * ExpertSuggestions} itself (through Vaadin's instantiator, which is Spring's), so a view adds it
 * with one line and no new constructor argument.
 */
public class ExpertPanel extends Section {

    public ExpertPanel(@Nullable String text) {
        this(VaadinService.getCurrent().getInstantiator().getOrCreate(ExpertSuggestions.class), text);
    }

    ExpertPanel(ExpertSuggestions experts, @Nullable String text) {
        addClassName("expert-panel");
        add(new H2("Find an expert"));
        List<Expert> found;
        try {
            found = experts.suggest(text);
        } catch (AccessDeniedException refused) {
            setVisible(false);
            return;
        }
        if (found.isEmpty()) {
            add(new Paragraph("No one's expertise topics occur in this text."));
            return;
        }
        var list = new UnorderedList();
        for (Expert expert : found) {
            var link = new RouterLink(expert.displayName(), PersonView.class, PersonView.of(expert.login()));
            var why = new Span(
                    (expert.department() == null ? "" : " (" + expert.department() + ")") + " " + expert.why());
            why.addClassName("expert-why");
            list.add(new ListItem(link, why));
        }
        add(list);
    }
}

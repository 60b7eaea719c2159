package app.throughline.listening.ui;

import app.throughline.listening.Insight;
import app.throughline.ui.Formats;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;

/**
 * "Heard, so we did this": the insights linked to a tactic (in the composer) or a strategy (in the
 * plan), newest first, each a link to its page in the listening log. The text is shortened and
 * shown as text, never as HTML.
 */
public class InsightsBehind extends Composite<Section> {

    /** Longer insights are cut to this many characters in the list; the insight's page has all. */
    static final int SHOWN_LENGTH = 140;

    private final H2 heading = new H2();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph();

    /** @param what "this tactic" or "this strategy" */
    public InsightsBehind(String what) {
        heading.setText("Insights behind " + what);
        heading.addClassName("tl-section-title");
        empty.setText("No insight is linked to " + what + ". Link one from its page in the listening log.");
        getContent().addClassName("insights-behind");
        getContent().getElement().setAttribute("aria-label", "Insights behind " + what);
        getContent().add(heading, empty, list);
    }

    public InsightsBehind show(List<Insight> insights) {
        list.removeAll();
        empty.setVisible(insights.isEmpty());
        list.setVisible(!insights.isEmpty());
        var formats = Formats.current();
        for (Insight insight : insights) {
            var link = new RouterLink(
                    shortened(insight.heard()),
                    InsightView.class,
                    new RouteParameters("id", String.valueOf(insight.id())));
            var meta = new Span(
                    insight.kind().label() + " · " + insight.source() + " · " + formats.date(insight.heardOn()));
            meta.addClassName("insights-behind-meta");
            list.add(new ListItem(link, new Span(" "), meta));
        }
        return this;
    }

    static String shortened(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.codePointCount(0, oneLine.length()) <= SHOWN_LENGTH) {
            return oneLine;
        }
        int end = oneLine.offsetByCodePoints(0, SHOWN_LENGTH);
        return oneLine.substring(0, end).strip() + "…";
    }
}

package app.throughline.tactic.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * The copy as it will read on its channel: plain text with its line breaks, links as text. Filled
 * with {@code setText} only, so nothing a person typed is ever read as HTML.
 */
class CopyPreview extends Composite<Section> {

    private final Span channel = new Span();
    private final Pre text = new Pre();

    CopyPreview() {
        getContent().addClassName("copy-preview");
        channel.addClassName("copy-preview-channel");
        text.addClassName("copy-preview-text");
        text.getStyle()
                .set("white-space", "pre-wrap")
                .set("overflow-wrap", "anywhere")
                .set("font-family", "inherit")
                .set("margin", "0")
                .set("padding", "var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("min-height", "3em");
        // no aria-label: a pre has no role that may carry one; the heading above names it
        getContent().add(new H2("Preview"), channel, text);
    }

    /** Shows {@code copy} as it would go out on {@code channelLabel} ("LinkedIn · Social"). */
    void show(@Nullable String channelLabel, @Nullable String copy) {
        channel.setText(channelLabel == null ? "No channel chosen" : channelLabel);
        boolean empty = copy == null || copy.isBlank();
        text.setText(empty ? "Nothing written yet." : copy);
        text.getStyle().set("color", empty ? "var(--lumo-secondary-text-color)" : "inherit");
    }

    /** What the preview shows, exactly as text. */
    String text() {
        return text.getText();
    }
}

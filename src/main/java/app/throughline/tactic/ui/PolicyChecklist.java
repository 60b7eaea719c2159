package app.throughline.tactic.ui;

import app.throughline.policy.PolicyItem;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The social policy's checklist for a social tactic: one box per active item. The ticks are given
 * for the copy as it stands; a change of the title or the copy unticks them all (the server clears
 * the stored ones too), and steps that need the policy wait until every box is ticked.
 */
class PolicyChecklist extends Composite<Section> {

    static final String COPY_CHANGED = "The copy changed: tick the policy again";

    private final Map<Long, Checkbox> boxes = new LinkedHashMap<>();
    private final Paragraph note = new Paragraph();
    private final Div problem = new Div();
    private Runnable onChange = () -> {};

    PolicyChecklist(List<PolicyItem> items) {
        getContent().addClassName("policy-checklist");
        var intro = new Paragraph("Before it goes to review or out: tick what holds for this copy.");
        note.addClassName("policy-note");
        note.setVisible(false);
        note.getElement().setAttribute("role", "status");
        problem.addClassName("policy-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        getContent().add(new H2("Social policy"), intro);
        for (PolicyItem item : items) {
            var box = new Checkbox(item.text());
            box.addValueChangeListener(e -> {
                problem.setVisible(false);
                if (e.isFromClient()) {
                    note.setVisible(false);
                }
                onChange.run();
            });
            boxes.put(Objects.requireNonNull(item.id()), box);
            getContent().add(box);
        }
        getContent().add(note, problem);
    }

    /** Runs {@code listener} whenever a box changes. */
    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    /** Ticks exactly the items of {@code ticked}. */
    void setTicks(Set<Long> ticked) {
        boxes.forEach((id, box) -> box.setValue(ticked.contains(id)));
        note.setVisible(false);
        problem.setVisible(false);
    }

    /** The items ticked. */
    Set<Long> ticks() {
        var ticked = new HashSet<Long>();
        boxes.forEach((id, box) -> {
            if (box.getValue()) {
                ticked.add(id);
            }
        });
        return ticked;
    }

    /** Whether every item is ticked. */
    boolean complete() {
        return boxes.values().stream().allMatch(Checkbox::getValue);
    }

    /** The title or the copy changed: the ticks were given for words that no longer stand. */
    void copyChanged() {
        if (boxes.values().stream().anyMatch(Checkbox::getValue)) {
            boxes.values().forEach(box -> box.setValue(false));
            note.setText(COPY_CHANGED);
            note.setVisible(true);
        }
    }

    void setReadOnly(boolean readOnly) {
        boxes.values().forEach(box -> box.setReadOnly(readOnly));
    }

    /** Shows the server's refusal next to the checklist; null hides it. */
    void showProblem(@Nullable String message) {
        problem.setText(message == null ? "" : message);
        problem.setVisible(message != null);
    }
}

package app.throughline.tactic.ui;

import app.throughline.coaching.CoachingService;
import app.throughline.coaching.Comment;
import app.throughline.common.UserProblem;
import app.throughline.common.ValidationException;
import app.throughline.ui.Formats;
import app.throughline.ui.MenuBadges;
import app.throughline.ui.Notifications;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * A tactic's coaching thread in the composer: the comments, oldest first, each with its author,
 * its time in the viewer's zone and whether it came with a send-back; a box to write one for those
 * who may; one's own comment can be changed for 15 minutes. Comments are plain text: set as text,
 * line breaks kept, never read as HTML.
 */
class CoachingThread extends Composite<Section> {

    private final CoachingService coaching;
    private final ZoneId zone;
    private final Clock clock;
    private final long me;
    private final long tacticId;
    private final Div comments = new Div();
    /** How many of the newest comments a thread opens with. */
    static final int RECENT = 20;

    private final Paragraph empty = new Paragraph("No comments yet.");
    private boolean showAll;
    private final TextArea box = new TextArea("Comment");
    private final Button send = new Button("Comment");

    CoachingThread(CoachingService coaching, ZoneId zone, Clock clock, long me, long tacticId, boolean mayComment) {
        this.coaching = coaching;
        this.zone = zone;
        this.clock = clock;
        this.me = me;
        this.tacticId = tacticId;
        getContent().addClassName("coaching-thread");
        comments.addClassName("coaching-comments");
        getContent().add(new H2("Coaching"), empty, comments);
        if (mayComment) {
            box.setWidthFull();
            box.setValueChangeMode(ValueChangeMode.LAZY);
            box.setValueChangeTimeout(150);
            box.addValueChangeListener(e -> count(box));
            count(box);
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.setDisableOnClick(true);
            send.addClickListener(e -> post());
            getContent().add(box, send);
        }
        refresh();
    }

    /** Reads the thread again. */
    void refresh() {
        List<Comment> thread = coaching.thread(tacticId);
        comments.removeAll();
        empty.setVisible(thread.isEmpty());
        // a long thread opens at its newest comments; the earlier ones are one click away
        int earlier = showAll ? 0 : Math.max(0, thread.size() - RECENT);
        if (earlier > 0) {
            var more = new Button("Show " + earlier + " earlier comment" + (earlier == 1 ? "" : "s"), e -> {
                showAll = true;
                refresh();
            });
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            more.addClassName("comment-earlier");
            comments.add(more);
        }
        thread.subList(earlier, thread.size()).forEach(c -> comments.add(entry(c)));
    }

    private Div entry(Comment comment) {
        var author = new Span(comment.author());
        author.addClassName("comment-author");
        author.getStyle().set("font-weight", "600");
        var when = new Span(TacticHistoryList.when(comment.createdAt(), zone));
        when.addClassName("comment-time");
        var head = new Div(author, new Span(" · "), when);
        head.addClassName("comment-head");
        if (comment.sentBack()) {
            var marker = new Span("sent back");
            marker.addClassName("comment-sent-back");
            marker.getElement().getThemeList().add("badge contrast");
            marker.getStyle().set("margin-left", "var(--lumo-space-s)");
            head.add(marker);
        }
        if (comment.editedAt() != null) {
            var edited = new Span(" (edited)");
            edited.addClassName("comment-edited");
            head.add(edited);
        }
        var body = new Div();
        body.setText(comment.body());
        body.addClassName("comment-body");
        body.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        var entry = new Div(head, body);
        entry.addClassName("comment");
        entry.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        if (comment.editableBy(me, clock.instant())) {
            var edit = new Button("Edit", e -> editInPlace(entry, comment));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.getElement().setAttribute("aria-label", "Edit your comment of " + when.getText());
            head.add(edit);
        }
        return entry;
    }

    private void editInPlace(Div entry, Comment comment) {
        var text = new TextArea("Your comment");
        text.setWidthFull();
        text.setValue(comment.body());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(150);
        text.addValueChangeListener(e -> count(text));
        count(text);
        var save = new Button("Save comment", e -> {
            try {
                coaching.edit(comment.id(), comment.version(), text.getValue());
                MenuBadges.refresh();
                refresh();
            } catch (ValidationException invalid) {
                text.setErrorMessage(invalid.getMessage());
                text.setInvalid(true);
            } catch (RuntimeException refused) {
                Notifications.problem(UserProblem.of(refused));
                refresh();
            }
        });
        save.setDisableOnClick(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var cancel = new Button("Cancel", e -> refresh());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        entry.removeAll();
        entry.add(text, new HorizontalLayout(cancel, save));
    }

    private void post() {
        try {
            coaching.comment(tacticId, box.getValue());
            box.clear();
            box.setInvalid(false);
            MenuBadges.refresh();
            refresh();
        } catch (ValidationException invalid) {
            box.setErrorMessage(invalid.getMessage());
            box.setInvalid(true);
        } catch (RuntimeException refused) {
            box.setErrorMessage(UserProblem.of(refused).message());
            box.setInvalid(true);
        } finally {
            send.setEnabled(true);
        }
    }

    /** "120 / 5,000", and red past the limit (the server refuses longer ones, with the message here). */
    private static void count(TextArea area) {
        int length = area.getValue().length();
        var format = Formats.current();
        area.setHelperText(format.number(length) + " / " + format.number(Comment.MAX_LENGTH));
        boolean over = length > Comment.MAX_LENGTH;
        if (over) {
            area.setErrorMessage("A comment can be at most " + format.number(Comment.MAX_LENGTH)
                    + " characters; this has " + format.number(length) + ".");
        }
        area.setInvalid(over);
    }
}

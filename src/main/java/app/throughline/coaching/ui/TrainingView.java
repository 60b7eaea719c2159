package app.throughline.coaching.ui;

import app.throughline.coaching.TrainingService;
import app.throughline.coaching.TrainingStatus;
import app.throughline.common.UserProblem;
import app.throughline.common.ValidationException;
import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.security.Role;
import app.throughline.tactic.TacticPolicy;
import app.throughline.ui.Formats;
import app.throughline.ui.Notifications;
import app.throughline.ui.Responsive;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The social-policy training: everyone sees their own status and what it means; coaches and
 * admins also see every contributor's and record (or take back) that someone completed it. A
 * contributor's trust follows at their next step: the tactic policy reads the record at each check.
 */
@Route("training")
@PageTitle("Training · Throughline")
@PermitAll
public class TrainingView extends VerticalLayout {

    private final TrainingService training;
    private final TacticPolicy policy;
    private final CurrentUser user;
    private final Clock clock;
    private final ZoneId zone;
    private final Paragraph mine = new Paragraph();
    private final Paragraph meaning = new Paragraph();
    private final Grid<TrainingStatus> contributors = new Grid<>();

    TrainingView(TrainingService training, TacticPolicy policy, CurrentUserProvider currentUser, Clock clock) {
        this.training = training;
        this.policy = policy;
        this.user = currentUser.get();
        this.clock = clock;
        this.zone = user.zone();
        addClassName("training-view");
        mine.addClassName("training-mine");
        add(
                new H1("Social-policy training"),
                new Paragraph("The training walks through the social policy: what may be said in public about "
                        + "work, customers and colleagues, and how. Someone who completed it publishes their own "
                        + "posts without waiting for a coach; a coach can still leave a note afterwards."),
                new H2("Your training"),
                mine,
                meaning);
        showMine();
        if (user.hasAny(Role.COACH, Role.ADMIN)) {
            add(new H2("Contributors"), contributorsGrid());
            setSizeFull();
            setFlexGrow(1, contributors);
        }
    }

    private void showMine() {
        TrainingStatus status = training.mine();
        LocalDate on = status.trainedOn();
        mine.setText(
                on == null
                        ? "You have not completed the training yet."
                        : "You completed the training on " + Formats.current().date(on) + ".");
        if (policy.mayReview(user)) {
            meaning.setText("Your role lets you review and approve tactics, whatever your training.");
        } else if (!user.has(Role.CONTRIBUTOR)) {
            meaning.setText(
                    "Your role reads the plan and the calendar; the training matters to those who write " + "tactics.");
        } else if (on == null) {
            meaning.setText("Until then, your drafts go to a coach for review before they are approved. Once you "
                    + "have taken the training, ask a coach to record it: from then on you approve your own "
                    + "tactics after ticking the social policy's checklist.");
        } else {
            meaning.setText("You approve and schedule your own tactics after ticking the social policy's "
                    + "checklist, without waiting for a review. A coach may leave you a note afterwards.");
        }
    }

    private Component contributorsGrid() {
        contributors.addColumn(TrainingStatus::name).setHeader("Name").setFlexGrow(2);
        var department = contributors
                .addColumn(s -> s.department() == null ? "—" : s.department())
                .setHeader("Department")
                .setAutoWidth(true);
        contributors
                .addColumn(s ->
                        s.trainedOn() == null ? "Not yet" : Formats.current().date(s.trainedOn()))
                .setHeader("Trained on")
                .setKey("trainedOn")
                .setAutoWidth(true);
        contributors
                .addComponentColumn(this::actions)
                .setHeader("Record")
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        contributors.setEmptyStateText("Nobody writes tactics as a contributor yet");
        contributors.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        contributors.setSelectionMode(Grid.SelectionMode.NONE);
        contributors.setMinHeight("16rem");
        Responsive.onWidth(contributors, width -> department.setVisible(width <= 0 || width >= Responsive.NARROW));
        refresh();
        return contributors;
    }

    private Component actions(TrainingStatus status) {
        var record = new Button(status.trained() ? "Change date" : "Record training", e -> record(status));
        record.getElement()
                .setAttribute(
                        "aria-label",
                        (status.trained() ? "Change the training date of " : "Record training for ") + status.name());
        record.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var actions = new HorizontalLayout(record);
        if (status.trained()) {
            var takeBack = new Button("Take back", e -> confirmTakeBack(status));
            takeBack.getElement().setAttribute("aria-label", "Take back the training record of " + status.name());
            takeBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(takeBack);
        }
        actions.setPadding(false);
        return actions;
    }

    private void record(TrainingStatus status) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        var dialog = new Dialog();
        dialog.setHeaderTitle("Training of " + status.name());
        var day = new DatePicker("Completed on");
        day.setRequiredIndicatorVisible(true);
        day.setMax(today);
        day.setValue(status.trainedOn() == null ? today : status.trainedOn());
        day.setHelperText("The day they completed the social-policy training (not in the future)");
        dialog.add(day);
        var save = new Button("Record", e -> {
            LocalDate chosen = day.getValue();
            if (chosen == null) {
                day.setErrorMessage("Give the day they completed the training");
                day.setInvalid(true);
                e.getSource().setEnabled(true);
                return;
            }
            if (save(status, chosen, dialog, day)) {
                Notifications.success("Recorded: " + status.name() + " completed the training on "
                        + Formats.current().date(chosen));
            }
            e.getSource().setEnabled(true);
        });
        save.setDisableOnClick(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void confirmTakeBack(TrainingStatus status) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Take back the training record of " + status.name() + "?");
        dialog.add(new Paragraph("Their drafts go to a coach for review again, from their next step on. Use this "
                + "when the training was recorded for the wrong person."));
        var takeBack = new Button("Take back the record", e -> {
            if (save(status, null, dialog, null)) {
                Notifications.success("Took back the training record of " + status.name());
            }
        });
        takeBack.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Keep it", e -> dialog.close()), takeBack);
        dialog.open();
    }

    /** Saves the record; the server's word on the date shows next to the picker, anything else as a message. */
    private boolean save(TrainingStatus status, @Nullable LocalDate day, Dialog dialog, @Nullable DatePicker picker) {
        try {
            training.record(status.personId(), status.version(), day);
            dialog.close();
            refresh();
            return true;
        } catch (ValidationException invalid) {
            if (picker != null && "trainedOn".equals(invalid.field())) {
                picker.setErrorMessage(invalid.getMessage());
                picker.setInvalid(true);
                return false;
            }
            Notifications.problem(UserProblem.of(invalid));
        } catch (RuntimeException refused) {
            Notifications.problem(UserProblem.of(refused));
        }
        dialog.close();
        refresh();
        return false;
    }

    private void refresh() {
        contributors.setItems(training.contributors());
        showMine();
    }
}

package app.throughline.coaching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.channel.ChannelKind;
import app.throughline.coaching.TrainingService;
import app.throughline.coaching.TrainingStatus;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.Tactic;
import app.throughline.tactic.TacticPolicy;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ViewTestBase;
import app.throughline.ui.Formats;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TrainingViewTest extends ViewTestBase {

    @Autowired
    TacticService tactics;

    @Autowired
    TacticPolicy policy;

    @Autowired
    TrainingService training;

    CurrentUser coach;
    CurrentUser carl;
    CurrentUser tess;
    long draft;

    @BeforeEach
    void setUp() {
        coach = data.person("cora", Role.COACH);
        carl = data.person("carl", Role.CONTRIBUTOR);
        tess = data.trainedPerson("tess", Role.CONTRIBUTOR);
        data.inDepartment(carl.personId(), data.department("Customer Service"));
        long strategy = data.strategy(data.objective("Grow", coach.personId()), "Voice", coach.personId());
        draft = data.tactic(
                strategy,
                null,
                "Our support hours",
                data.channel("Newsletter", ChannelKind.OWNED),
                Instant.parse("2027-03-01T08:00:00Z"),
                null,
                TacticStatus.DRAFT,
                carl.personId());
    }

    @Test
    void aCoachRecordsTrainingAndTheContributorsTrustFollowsAtOnce() {
        signIn(coach);
        Tactic carlsDraft = tactics.tactic(draft);
        assertThat(policy.mayApprove(carl, carlsDraft)).isFalse();
        open("training");

        Grid<TrainingStatus> grid = contributors();
        int row = rowOf(grid, "Carl Tester");
        assertThat(GridKt._getFormattedRow(grid, row)).contains("Carl Tester", "Customer Service", "Not yet");
        _click(rowButton(grid, row, "Record training"));
        DatePicker day = _get(_get(Dialog.class), DatePicker.class, spec -> spec.withLabel("Completed on"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(day.getValue()).as("today in the coach's zone").isEqualTo(today);
        _click(_get(Button.class, spec -> spec.withText("Record")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(GridKt._getFormatted(grid, rowOf(grid, "Carl Tester"), "trainedOn"))
                .isEqualTo(Formats.current().date(today));
        // the session's copy of carl still says "untrained": the policy reads the database
        assertThat(carl.trained()).isFalse();
        assertThat(policy.mayApprove(carl, carlsDraft)).isTrue();
    }

    @Test
    void aTrainingInTheFutureIsRefusedNextToTheDate() {
        signIn(coach);
        open("training");
        Grid<TrainingStatus> grid = contributors();

        _click(rowButton(grid, rowOf(grid, "Carl Tester"), "Record training"));
        DatePicker day = _get(_get(Dialog.class), DatePicker.class, spec -> spec.withLabel("Completed on"));
        _setValue(day, LocalDate.now(ZoneOffset.UTC).plusDays(2));
        _click(_get(Button.class, spec -> spec.withText("Record")));

        assertThat(day.isInvalid()).isTrue();
        assertThat(day.getErrorMessage()).isEqualTo("The training cannot be completed in the future");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(trainedOn("Carl Tester")).isNull();
    }

    @Test
    void aCoachTakesARecordBackAfterConfirming() {
        signIn(coach);
        open("training");
        Grid<TrainingStatus> grid = contributors();

        _click(rowButton(grid, rowOf(grid, "Tess Tester"), "Take back"));
        _click(_get(Button.class, spec -> spec.withText("Keep it")));
        assertThat(trainedOn("Tess Tester")).as("kept").isNotNull();

        _click(rowButton(grid, rowOf(grid, "Tess Tester"), "Take back"));
        _click(_get(Button.class, spec -> spec.withText("Take back the record")));

        assertThat(trainedOn("Tess Tester")).isNull();
        assertThat(GridKt._getFormatted(grid, rowOf(grid, "Tess Tester"), "trainedOn"))
                .isEqualTo("Not yet");
    }

    @Test
    void aContributorSeesOnlyTheirOwnStatusAndWhatItMeans() {
        signIn(carl);
        open("training");

        assertThat(texts()).contains("You have not completed the training yet.");
        assertThat(String.join(" ", texts())).contains("your drafts go to a coach for review");
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Record training")))
                .isEmpty();

        signIn(tess);
        open("training");
        assertThat(String.join(" ", texts()))
                .contains("You completed the training on " + Formats.current().date(LocalDate.of(2026, 10, 1)))
                .contains("You approve and schedule your own tactics");
    }

    @Test
    void anExecutiveSeesTheirStatusAndNoList() {
        signIn(data.person("erin", Role.EXECUTIVE));
        open("training");

        assertThat(String.join(" ", texts())).contains("Your role reads the plan and the calendar");
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Record training")))
                .isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Grid<TrainingStatus> contributors() {
        return _get(Grid.class);
    }

    private static int rowOf(Grid<TrainingStatus> grid, String name) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + name);
    }

    private static Button rowButton(Grid<TrainingStatus> grid, int row, String text) {
        Component cell = GridKt._getCellComponent(grid, row, "actions");
        return _get(cell, Button.class, spec -> spec.withText(text));
    }

    private LocalDate trainedOn(String name) {
        return training.contributors().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow()
                .trainedOn();
    }

    private static java.util.List<String> texts() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }
}

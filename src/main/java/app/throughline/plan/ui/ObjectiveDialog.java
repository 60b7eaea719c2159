package app.throughline.plan.ui;

import app.throughline.common.Check;
import app.throughline.people.PersonSummary;
import app.throughline.plan.Objective;
import app.throughline.ui.EditDialog;
import app.throughline.ui.FieldRules;
import app.throughline.ui.PeriodFields;
import app.throughline.ui.Pickers;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;

/** Creates or edits a business objective and its KPI. */
class ObjectiveDialog extends EditDialog<Objective> {

    ObjectiveDialog(
            Objective objective, List<PersonSummary> people, Saver<Objective> save, Consumer<Objective> onSaved) {
        super(
                objective.id() == null ? "New business objective" : "Edit business objective",
                Objective.class,
                save,
                onSaved);
        var name = field("name", new TextField("Name"));
        name.setHelperText("For example: Grow mid-market revenue 20% in FY2027");
        var owner = field("ownerId", Pickers.personPicker("Owner", people));
        var period = new PeriodFields(binder);
        field("startsOn", period.start);
        field("endsOn", period.end);
        var description = field("description", new TextArea("Description"));
        var kpiMetric = field("kpiMetric", new TextField("KPI metric"));
        kpiMetric.setHelperText("For example: Mid-market ARR (EUR m)");
        var baseline = field("kpiBaseline", new BigDecimalField("Baseline"));
        var target = field("kpiTarget", new BigDecimalField("Target"));
        var current = field("kpiCurrent", new BigDecimalField("Current"));

        binder.forField(name)
                .asRequired("Name is required")
                .withValidator(FieldRules.maxLength("Name", Check.NAME_MAX))
                .bind("name");
        Pickers.bindId(binder, owner, people, PersonSummary::id, "ownerId", "Owner is required");
        binder.forField(description)
                .withValidator(FieldRules.maxLength("Description", Check.TEXT_MAX))
                .bind("description");
        binder.forField(kpiMetric)
                .withValidator(FieldRules.maxLength("KPI metric", Check.KPI_METRIC_MAX))
                .bind("kpiMetric");
        binder.forField(baseline).bind("kpiBaseline");
        binder.forField(target).bind("kpiTarget");
        binder.forField(current).bind("kpiCurrent");
        carry("id", "version");

        form.add(name, 2);
        form.add(owner, period.start, period.end, kpiMetric, baseline, target, current);
        form.add(description, 2);
        read(objective);
    }

    @Override
    protected String savedMessage(Objective saved) {
        return "Saved objective “" + saved.name() + "”";
    }
}

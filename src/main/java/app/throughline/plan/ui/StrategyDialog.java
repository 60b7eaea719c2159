package app.throughline.plan.ui;

import app.throughline.common.Check;
import app.throughline.people.PersonSummary;
import app.throughline.plan.PlanNode.ObjectiveNode;
import app.throughline.plan.Strategy;
import app.throughline.ui.EditDialog;
import app.throughline.ui.FieldRules;
import app.throughline.ui.PeriodFields;
import app.throughline.ui.Pickers;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;

/** Creates or edits a marketing strategy under a business objective. */
class StrategyDialog extends EditDialog<Strategy> {

    StrategyDialog(
            Strategy strategy,
            List<ObjectiveNode> objectives,
            List<PersonSummary> people,
            Saver<Strategy> save,
            Consumer<Strategy> onSaved) {
        super(
                strategy.id() == null ? "New marketing strategy" : "Edit marketing strategy",
                Strategy.class,
                save,
                onSaved);
        var objective = field("objectiveId", new ComboBox<ObjectiveNode>("Business objective", objectives));
        objective.setItemLabelGenerator(ObjectiveNode::name);
        var name = field("name", new TextField("Name"));
        name.setHelperText("For example: Be the trusted voice for CFOs on cash flow");
        var owner = field("ownerId", Pickers.personPicker("Owner", people));
        var audience = field("audience", new TextField("Audience"));
        var period = new PeriodFields(binder);
        field("startsOn", period.start);
        field("endsOn", period.end);
        var kpiMetric = field("kpiMetric", new TextField("KPI metric"));
        var kpiTarget = field("kpiTarget", new BigDecimalField("KPI target"));
        var description = field("description", new TextArea("Description"));

        Pickers.bindId(
                binder,
                objective,
                objectives,
                ObjectiveNode::id,
                "objectiveId",
                "Choose the business objective it serves");
        binder.forField(name)
                .asRequired("Name is required")
                .withValidator(FieldRules.maxLength("Name", Check.NAME_MAX))
                .bind("name");
        Pickers.bindId(binder, owner, people, PersonSummary::id, "ownerId", "Owner is required");
        binder.forField(audience)
                .withValidator(FieldRules.maxLength("Audience", Check.NAME_MAX))
                .bind("audience");
        binder.forField(kpiMetric)
                .withValidator(FieldRules.maxLength("KPI metric", Check.KPI_METRIC_MAX))
                .bind("kpiMetric");
        binder.forField(kpiTarget).bind("kpiTarget");
        binder.forField(description)
                .withValidator(FieldRules.maxLength("Description", Check.TEXT_MAX))
                .bind("description");
        carry("id", "version");

        form.add(objective, 2);
        form.add(name, 2);
        form.add(owner, audience, period.start, period.end, kpiMetric, kpiTarget);
        form.add(description, 2);
        read(strategy);
    }

    @Override
    protected String savedMessage(Strategy saved) {
        return "Saved strategy “" + saved.name() + "”";
    }
}

package app.throughline.plan.ui;

import app.throughline.common.Check;
import app.throughline.people.PersonSummary;
import app.throughline.plan.Campaign;
import app.throughline.plan.Intent;
import app.throughline.plan.PlanNode.StrategyNode;
import app.throughline.ui.ColourField;
import app.throughline.ui.EditDialog;
import app.throughline.ui.FieldRules;
import app.throughline.ui.PeriodFields;
import app.throughline.ui.Pickers;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;

/** Creates or edits a campaign under a marketing strategy. */
class CampaignDialog extends EditDialog<Campaign> {

    CampaignDialog(
            Campaign campaign,
            List<StrategyNode> strategies,
            List<PersonSummary> people,
            Saver<Campaign> save,
            Consumer<Campaign> onSaved) {
        super(campaign.id() == null ? "New campaign" : "Edit campaign", Campaign.class, save, onSaved);
        var strategy = field("strategyId", new ComboBox<StrategyNode>("Marketing strategy", strategies));
        strategy.setItemLabelGenerator(StrategyNode::name);
        var name = field("name", new TextField("Name"));
        name.setHelperText("For example: Q2 cash-flow webinar series");
        var intent = new RadioButtonGroup<Intent>("Intent");
        intent.setItems(Intent.values());
        intent.setItemLabelGenerator(
                i -> i == Intent.CAMPAIGN ? "Campaign: a time-boxed push" : "Branding: an always-on theme");
        var owner = field("ownerId", Pickers.personPicker("Owner", people));
        var period = new PeriodFields(binder);
        field("startsOn", period.start);
        field("endsOn", period.end);
        var colour = field("colour", new ColourField("Colour on the calendar"));
        var description = field("description", new TextArea("Description"));

        Pickers.bindId(
                binder, strategy, strategies, StrategyNode::id, "strategyId", "Choose the strategy it carries out");
        binder.forField(name)
                .asRequired("Name is required")
                .withValidator(FieldRules.maxLength("Name", Check.NAME_MAX))
                .bind("name");
        binder.forField(intent).asRequired("Choose campaign or branding").bind("intent");
        Pickers.bindId(binder, owner, people, PersonSummary::id, "ownerId", "Owner is required");
        binder.forField(colour)
                .asRequired("Colour is required")
                .withValidator(FieldRules.hexColour())
                .bind("colour");
        binder.forField(description)
                .withValidator(FieldRules.maxLength("Description", Check.TEXT_MAX))
                .bind("description");
        carry("id", "version");

        form.add(strategy, 2);
        form.add(name, 2);
        form.add(intent, 2);
        form.add(owner, colour, period.start, period.end);
        form.add(description, 2);
        read(campaign);
    }

    @Override
    protected String savedMessage(Campaign saved) {
        return "Saved campaign “" + saved.name() + "”";
    }
}

package app.throughline.admin.ui;

import app.throughline.admin.ChannelEntry;
import app.throughline.channel.ChannelKind;
import app.throughline.channel.CopyCounting;
import app.throughline.ui.ColourField;
import app.throughline.ui.EditDialog;
import app.throughline.ui.FieldRules;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.converter.StringToIntegerConverter;
import java.util.function.Consumer;

/** Creates or edits a channel: its name, kind, colour on the calendar, longest copy and how copy is counted. */
class ChannelDialog extends EditDialog<ChannelEntry> {

    ChannelDialog(ChannelEntry channel, Saver<ChannelEntry> save, Consumer<ChannelEntry> onSaved) {
        super(channel.id() == null ? "New channel" : "Edit channel", ChannelEntry.class, save, onSaved);
        var name = field("name", new TextField("Name"));
        name.setHelperText("For example: LinkedIn, Newsletter, Trade show");
        var kind = field("kind", new ComboBox<ChannelKind>("Kind"));
        kind.setItems(ChannelKind.values());
        kind.setItemLabelGenerator(ChannelKind::label);
        kind.setHelperText("Social channels ask for the social policy's checklist");
        var colour = field("colour", new ColourField("Colour"));
        // a text field, not an IntegerField: the production bundle has no number fields, and the
        // converter's refusal says in words what a browser's number field would only reject
        var maxLength = field("maxLength", new TextField("Maximum length"));
        maxLength.setHelperText("The longest copy it takes, in characters; empty for no limit");
        var counting = new RadioButtonGroup<CopyCounting>("Counting");
        counting.setItems(CopyCounting.values());
        counting.setItemLabelGenerator(CopyCounting::label);
        counting.setHelperText("How the channel counts a copy's length: X counts emoji and links its own way");
        field("counting", counting);

        binder.forField(name)
                .asRequired("Name is required")
                .withValidator(FieldRules.maxLength("Name", ChannelEntry.NAME_MAX))
                .bind("name");
        binder.forField(kind).asRequired("Choose the kind of channel").bind("kind");
        binder.forField(colour)
                .asRequired("Colour is required")
                .withValidator(FieldRules.hexColour())
                .bind("colour");
        binder.forField(maxLength)
                .withNullRepresentation("")
                .withConverter(new StringToIntegerConverter(
                        "Type the maximum length as a whole number of characters, such as 280"))
                .withValidator(
                        length -> length == null || length > 0,
                        "The maximum length is a number of characters above 0, or empty for no limit")
                .bind("maxLength");
        binder.forField(counting).asRequired("Choose how copy is counted").bind("counting");
        carry("id", "retired", "version", "tactics");

        form.add(name, 2);
        form.add(kind, colour);
        form.add(maxLength, 2);
        form.add(counting, 2);
        read(channel);
    }

    @Override
    protected String savedMessage(ChannelEntry saved) {
        return "Saved channel “" + saved.name() + "”";
    }
}

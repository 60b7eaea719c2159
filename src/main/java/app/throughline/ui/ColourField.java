package app.throughline.ui;

import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A colour as #rrggbb: the browser's own colour picker as the field's swatch, and the hex text
 * beside it for those who know the value. Validation (with words) comes from {@link FieldRules#hexColour}.
 */
public final class ColourField extends TextField {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    public ColourField(String label) {
        super(label);
        var picker = new Input(ValueChangeMode.ON_CHANGE);
        picker.setType("color");
        picker.addClassName("colour-picker");
        picker.getElement().setAttribute("aria-label", "Pick the " + label.toLowerCase(Locale.ROOT));
        picker.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                setValue(e.getValue());
            }
        });
        addValueChangeListener(e -> {
            String value = e.getValue() == null ? "" : e.getValue().strip();
            if (HEX.matcher(value).matches()) {
                picker.setValue(value.toLowerCase(Locale.ROOT));
            }
        });
        setPrefixComponent(picker);
        setHelperText("Pick it from the swatch, or type it as #rrggbb");
        setValueChangeMode(ValueChangeMode.ON_BLUR);
    }
}

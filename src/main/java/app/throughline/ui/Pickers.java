package app.throughline.ui;

import app.throughline.people.PersonSummary;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Small helpers for binding pickers of referenced rows to the id a record stores. */
public final class Pickers {

    private Pickers() {}

    public static ComboBox<PersonSummary> personPicker(String label, List<PersonSummary> people) {
        var picker = new ComboBox<PersonSummary>(label, people);
        picker.setItemLabelGenerator(PersonSummary::displayName);
        return picker;
    }

    /** Binds a picker of {@code T} to the record property holding T's id. */
    public static <B, T> Binder.Binding<B, @Nullable Long> bindId(
            Binder<B> binder,
            ComboBox<T> picker,
            List<T> items,
            Function<T, Long> id,
            String property,
            @Nullable String requiredMessage) {
        var binding = binder.forField(picker);
        if (requiredMessage != null) {
            binding = binding.asRequired(requiredMessage);
        }
        return binding.withConverter(
                        item -> item == null ? null : id.apply(item),
                        value -> items.stream()
                                .filter(item -> Objects.equals(id.apply(item), value))
                                .findFirst()
                                .orElse(null))
                .bind(property);
    }
}

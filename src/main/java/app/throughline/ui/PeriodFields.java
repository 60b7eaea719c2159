package app.throughline.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Binder;

/** A start and end date bound to {@code startsOn} / {@code endsOn}, with "end not before start" next to the end. */
public final class PeriodFields {

    public final DatePicker start = new DatePicker("Starts");
    public final DatePicker end = new DatePicker("Ends");

    public <B> PeriodFields(Binder<B> binder) {
        binder.forField(start).asRequired("Start date is required").bind("startsOn");
        var endBinding = binder.forField(end)
                .asRequired("End date is required")
                .withValidator(
                        value -> start.getValue() == null || !value.isBefore(start.getValue()),
                        "The end date cannot be before the start date")
                .bind("endsOn");
        // no end.setMin(): the picker's own min check would show its own (empty) message instead of ours
        start.addValueChangeListener(e -> {
            if (end.getValue() != null) {
                endBinding.validate();
            }
        });
    }
}

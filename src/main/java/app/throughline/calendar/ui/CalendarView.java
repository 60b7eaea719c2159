package app.throughline.calendar.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The integrated calendar: every tactic of every channel on one calendar. */
@Route("")
@PageTitle("Calendar · Throughline")
@PermitAll
public class CalendarView extends VerticalLayout {

    public CalendarView() {
        add(new H2("Calendar"));
    }
}

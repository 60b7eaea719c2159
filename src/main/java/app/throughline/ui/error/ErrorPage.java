package app.throughline.ui.error;

import app.throughline.calendar.ui.CalendarView;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/** The body of the app's error pages: what happened, in words, and the way back to the calendar. */
abstract class ErrorPage extends VerticalLayout {

    ErrorPage() {
        addClassName("error-page");
    }

    protected void show(String heading, String explanation) {
        removeAll();
        add(new H1(heading), new Paragraph(explanation), new RouterLink("Back to the calendar", CalendarView.class));
    }
}

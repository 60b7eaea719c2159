package app.throughline.calendar.ui;

import app.throughline.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A thin Flow component over FullCalendar's free npm packages (no free Vaadin calendar is
 * reachable here). The server pushes exactly what is drawn and keeps no copy of it; the browser
 * reports clicks, drops, "+N more" and day links as events. See frontend/calendar/tl-calendar.ts.
 */
@Tag("tl-calendar")
@JsModule("./calendar/tl-calendar.ts")
@NpmPackage(value = "@fullcalendar/core", version = "6.1.21")
@NpmPackage(value = "@fullcalendar/daygrid", version = "6.1.21")
@NpmPackage(value = "@fullcalendar/timegrid", version = "6.1.21")
@NpmPackage(value = "@fullcalendar/list", version = "6.1.21")
@NpmPackage(value = "@fullcalendar/interaction", version = "6.1.21")
public class FullCalendar extends Component implements HasSize {

    /** Draws day and month names and times in the viewer's locale (read once, when it starts). */
    public FullCalendar() {
        getElement().setAttribute("locale", Formats.current().locale().toLanguageTag());
    }

    /** Shows {@code view} (a FullCalendar view name) around {@code date} with these events (a JSON array). */
    public void show(String view, String date, String eventsJson) {
        getElement().callJsFunction("show", view, date, eventsJson);
    }

    public Registration addEventDropListener(ComponentEventListener<EventDrop> listener) {
        return addListener(EventDrop.class, listener);
    }

    public Registration addEventClickListener(ComponentEventListener<EventClick> listener) {
        return addListener(EventClick.class, listener);
    }

    public Registration addDateClickListener(ComponentEventListener<DateClick> listener) {
        return addListener(DateClick.class, listener);
    }

    public Registration addDayOpenListener(ComponentEventListener<DayOpen> listener) {
        return addListener(DayOpen.class, listener);
    }

    /** A tactic was dragged to a new start (the viewer's wall-clock time). */
    @DomEvent("tl-event-drop")
    public static class EventDrop extends ComponentEvent<FullCalendar> {
        private final long tacticId;
        private final LocalDateTime newStart;
        private final int version;

        public EventDrop(
                FullCalendar source,
                boolean fromClient,
                @EventData("event.detail.id") long tacticId,
                @EventData("event.detail.start") String newStart,
                @EventData("event.detail.version") int version) {
            super(source, fromClient);
            this.tacticId = tacticId;
            this.newStart = LocalDateTime.parse(newStart);
            this.version = version;
        }

        public long tacticId() {
            return tacticId;
        }

        public LocalDateTime newStart() {
            return newStart;
        }

        public int version() {
            return version;
        }
    }

    /** A tactic was clicked (or chosen with the keyboard). */
    @DomEvent("tl-event-click")
    public static class EventClick extends ComponentEvent<FullCalendar> {
        private final long tacticId;

        public EventClick(FullCalendar source, boolean fromClient, @EventData("event.detail.id") long tacticId) {
            super(source, fromClient);
            this.tacticId = tacticId;
        }

        public long tacticId() {
            return tacticId;
        }
    }

    /** An empty day (or time slot) was clicked. */
    @DomEvent("tl-date-click")
    public static class DateClick extends ComponentEvent<FullCalendar> {
        private final LocalDateTime date;
        private final boolean allDay;

        public DateClick(
                FullCalendar source,
                boolean fromClient,
                @EventData("event.detail.date") String date,
                @EventData("event.detail.allDay") boolean allDay) {
            super(source, fromClient);
            this.date = LocalDateTime.parse(date);
            this.allDay = allDay;
        }

        public LocalDateTime date() {
            return date;
        }

        public boolean allDay() {
            return allDay;
        }
    }

    /** A day was opened: its date link, or its "+N more". */
    @DomEvent("tl-day-open")
    public static class DayOpen extends ComponentEvent<FullCalendar> {
        private final LocalDate day;

        public DayOpen(FullCalendar source, boolean fromClient, @EventData("event.detail.day") String day) {
            super(source, fromClient);
            this.day = LocalDate.parse(day);
        }

        public LocalDate day() {
            return day;
        }
    }
}

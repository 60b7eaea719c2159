package app.throughline.spreadsheet.ui;

import app.throughline.alignment.AlignmentFilter;
import app.throughline.alignment.ReportPeriod;
import app.throughline.calendar.CalendarFilter;
import app.throughline.calendar.CalendarPeriod;
import app.throughline.spreadsheet.ExportService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * "Export CSV": a download link of the tactics shown, with the import's columns (DD017). The
 * rows stream from the database to the response as they are read; the link is pointed at the
 * period and filter on screen each time they change.
 */
public class ExportLink extends Anchor {

    /** What an export writes to the response: the service call for the state on screen. */
    @FunctionalInterface
    private interface Rows {
        void write(ExportService exports, java.io.OutputStream out) throws java.io.IOException;
    }

    private final ExportService exports;

    public ExportLink(ExportService exports) {
        this.exports = exports;
        add(VaadinIcon.DOWNLOAD.create(), new Span("Export CSV"));
        addClassName("tl-export-csv");
        getElement().setAttribute("download", true);
        getElement().setAttribute("title", "Download these tactics as CSV (the import's columns)");
    }

    /** Points the link at the calendar's {@code period} and {@code filter}. */
    public void showCalendar(CalendarPeriod period, CalendarFilter filter) {
        point("calendar", (service, out) -> service.calendar(period, filter, out));
    }

    /** Points the link at a dashboard table's tactics. */
    public void showDashboard(ReportPeriod period, AlignmentFilter filter) {
        point("dashboard", (service, out) -> service.dashboard(period, filter, out));
    }

    private void point(String what, Rows rows) {
        DownloadHandler handler = event -> {
            event.setFileName(exports.fileName(what));
            event.setContentType("text/csv; charset=UTF-8");
            rows.write(exports, event.getOutputStream());
        };
        setHref(handler);
    }
}

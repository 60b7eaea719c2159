package app.throughline.spreadsheet.ui;

import app.throughline.spreadsheet.CsvColumn;
import app.throughline.spreadsheet.ImportJobs;
import app.throughline.spreadsheet.ImportReport;
import app.throughline.spreadsheet.ImportService;
import app.throughline.spreadsheet.RowError;
import app.throughline.ui.Formats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The CSV import ({@code import}): the columns, a template, an upload, a progress bar while the
 * file is checked and written off the request thread, then either every bad row (nothing was
 * imported) or a summary. All rows or none (DD017). Text from the file is shown as text only.
 */
@Route(ImportView.PATH)
@PageTitle("Import tactics · Throughline")
@RolesAllowed({"ADMIN", "STRATEGIST", "MARKETER"})
public class ImportView extends VerticalLayout {

    public static final String PATH = "import";

    /** How often the page asks the server for the import's progress, in milliseconds. */
    static final int POLL_MILLIS = 400;

    private final ImportJobs jobs;
    private final Upload upload;
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span progressLabel = new Span();
    private final Paragraph summary = new Paragraph();
    private final H2 errorsTitle = new H2("Rows to fix");
    private final Grid<RowError> errors = new Grid<>();
    /** The person's security context, captured on a request thread, for the import's own thread. */
    private final SecurityContext context = SecurityContextHolder.getContext();

    ImportView(ImportService imports, ImportJobs jobs) {
        this.jobs = jobs;
        addClassName("import-view");
        setWidthFull();
        setMaxWidth("72rem");

        var template = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName("tactics-template.csv");
                    event.setContentType("text/csv; charset=UTF-8");
                    event.getOutputStream().write(imports.template().getBytes(StandardCharsets.UTF_8));
                },
                "");
        template.add(VaadinIcon.DOWNLOAD.create(), new Span("Download the template (two example rows)"));
        template.getElement().setAttribute("download", true);

        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> start(file)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setDropLabel(new Span("Drop a CSV file here (at most 20 MB and 200,000 rows)"));
        upload.getElement().setAttribute("aria-label", "Upload a CSV of tactics");
        upload.addFileRejectedListener(e -> showRefusal(
                e.getErrorMessage().toLowerCase(java.util.Locale.ROOT).contains("size")
                        ? "The file is larger than 20 MB; an import takes at most 20 MB. Split it into smaller files."
                        : "Only CSV files can be imported (" + e.getErrorMessage() + ")"));

        progress.setVisible(false);
        progress.setWidth("24rem");
        progress.getElement().setAttribute("aria-label", "Import progress");
        progressLabel.setVisible(false);
        progressLabel.setId("import-progress-label");
        summary.addClassName("import-summary");
        summary.setVisible(false);
        summary.getElement().setAttribute("role", "status");

        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        errors.addColumn(e -> e.line() == 0 ? "file" : Long.toString(e.line()))
                .setHeader("Line")
                .setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(RowError::column)
                .setHeader("Column")
                .setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(RowError::reason).setHeader("Reason").setFlexGrow(1);
        errors.setHeight("24rem");
        errors.setId("import-errors");
        errors.getElement().setAttribute("aria-label", "Rows to fix");
        errorsTitle.setVisible(false);
        errors.setVisible(false);

        var columns = new Grid<CsvColumn>();
        columns.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        columns.addColumn(CsvColumn::header)
                .setHeader("Column")
                .setAutoWidth(true)
                .setFlexGrow(0);
        columns.addColumn(CsvColumn::description).setHeader("What it holds").setFlexGrow(1);
        columns.setItems(Arrays.asList(CsvColumn.values()));
        columns.setAllRowsVisible(true);
        columns.getElement().setAttribute("aria-label", "The columns of the file");

        add(
                new H1("Import tactics"),
                new Paragraph("Upload a CSV of tactics (UTF-8, with or without BOM; comma or semicolon; a header"
                        + " row). The whole file is checked first with the composer's rules: if any row is bad,"
                        + " nothing is imported and every bad row is listed below. A row whose external id is"
                        + " known already is skipped, so importing the same file again makes no duplicates."),
                template,
                upload,
                progress,
                progressLabel,
                summary,
                errorsTitle,
                errors,
                new H2("Columns"),
                columns);
    }

    /** Hands the uploaded file to an import on its own thread; the page polls for its progress. */
    private void start(File file) {
        UI ui = UI.getCurrent();
        summary.setVisible(false);
        errorsTitle.setVisible(false);
        errors.setVisible(false);
        progress.setValue(0);
        progress.setVisible(true);
        progressLabel.setText("Checking the file…");
        progressLabel.setVisible(true);
        upload.getElement().setEnabled(false);
        ui.setPollInterval(POLL_MILLIS);
        jobs.start(
                        file.toPath(),
                        done -> ui.access(() -> {
                            progress.setValue(done);
                            progressLabel.setText(done < 0.5 ? "Checking the file…" : "Importing…");
                        }),
                        context)
                .whenComplete((report, failure) -> {
                    delete(file);
                    ui.access(() -> finished(ui, report, failure));
                });
    }

    private void finished(UI ui, ImportReport report, Throwable failure) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        progressLabel.setVisible(false);
        upload.getElement().setEnabled(true);
        upload.clearFileList();
        if (failure != null || report == null) {
            showRefusal("The import failed and nothing was imported: "
                    + (failure == null ? "no report" : rootMessage(failure)));
            return;
        }
        if (!report.imported()) {
            showErrors(report.errors(), report.rows());
            return;
        }
        var f = Formats.current();
        summary.setText("Imported: " + f.number(report.created()) + (report.created() == 1 ? " tactic" : " tactics")
                + " created, " + f.number(report.skipped()) + " skipped (already imported), from "
                + f.number(report.rows()) + (report.rows() == 1 ? " row." : " rows."));
        summary.removeClassName("import-failed");
        summary.setVisible(true);
    }

    private void showErrors(List<RowError> list, int rows) {
        long bad = list.stream().map(RowError::line).distinct().count();
        summary.setText("Nothing was imported: " + Formats.current().number(bad) + (bad == 1 ? " row" : " rows")
                + " of " + Formats.current().number(rows) + " need fixing. Fix them and upload the file again.");
        summary.addClassName("import-failed");
        summary.setVisible(true);
        errors.setItems(list);
        errorsTitle.setVisible(true);
        errors.setVisible(true);
    }

    private void showRefusal(String message) {
        showErrors(List.of(new RowError(0, "", message)), 0);
        summary.setText("Nothing was imported: " + message);
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static void delete(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException e) {
            file.deleteOnExit();
        }
    }
}

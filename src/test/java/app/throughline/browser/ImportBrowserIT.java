package app.throughline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The CSV import in a real browser (issue 10): a marketer downloads the template, uploads a file
 * with a bad row, sees it listed with nothing imported, fixes it, imports it, and finds the
 * tactics on the calendar.
 */
class ImportBrowserIT extends BrowserTestBase {

    @Test
    void aMarketerFixesABadRowImportsTheFileAndSeesTheTacticsOnTheCalendar() throws Exception {
        signInAs("marketer");
        page.navigate(url("/import"));
        assertThat(page.locator("h1")).hasText("Import tactics");

        Download template = page.waitForDownload(
                () -> page.getByText("Download the template").click());
        String templateText = Files.readString(template.path(), StandardCharsets.UTF_8);
        CSVRecord example = CSVFormat.RFC4180
                .parse(new StringReader(templateText))
                .getRecords()
                .get(1);
        String parent = example.get(7);
        String zone = example.get(6);
        LocalDate day = LocalDate.now().plusMonths(1).withDayOfMonth(12);
        String header = "Title,Channel,Start,Time zone,Parent\r\n";
        String good = "Imported in the browser one,Blog," + day + " 10:00," + zone + ",\"" + parent + "\"\r\n";
        String bad = "Imported in the browser two,Nope," + day + " 11:00," + zone + ",\"" + parent + "\"\r\n";
        Path file = Files.createTempFile("import", ".csv");
        Files.writeString(file, header + good + bad, StandardCharsets.UTF_8);

        upload(file);
        Locator summary = page.locator(".import-summary");
        assertThat(summary).containsText("Nothing was imported");
        assertThat(page.locator("#import-errors")).containsText("No channel is called “Nope”");
        screenshot("import-bad-row");
        assertAccessible("import-bad-row");

        Files.writeString(file, header + good + bad.replace(",Nope,", ",Blog,"), StandardCharsets.UTF_8);
        upload(file);
        assertThat(summary).containsText("Imported: 2 tactics created");
        screenshot("import-done");
        assertAccessible("import-done");

        page.navigate(url("/?view=day&date=" + day));
        assertThat(page.getByText("Imported in the browser one").first()).isVisible();
        assertThat(page.getByText("Imported in the browser two").first()).isVisible();
    }

    private void upload(Path file) {
        FileChooser chooser = page.waitForFileChooser(
                () -> page.locator("vaadin-upload [slot=add-button], vaadin-upload vaadin-button, vaadin-upload button")
                        .first()
                        .click());
        chooser.setFiles(file);
        page.waitForTimeout(500);
    }
}

package app.throughline.spreadsheet.ui;

import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_ROLE;
import static app.throughline.db.Tables.PLAN_TALLY;
import static app.throughline.db.Tables.TACTIC;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.channel.ChannelKind;
import app.throughline.security.Role;
import app.throughline.spreadsheet.RowError;
import app.throughline.testing.ViewTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import page, browserless. The import runs on its own thread and transaction, so this test
 * commits its data and deletes it afterwards.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ImportViewTest extends ViewTestBase {

    private static final String LOGIN = "kim-import";
    private static final String CHANNEL_NAME = "Karibu blog";

    @Autowired
    DSLContext db;

    @AfterEach
    void removeWhatWasCommitted() {
        var channel = db.select(CHANNEL.CHANNEL_ID).from(CHANNEL).where(CHANNEL.NAME.eq(CHANNEL_NAME));
        db.deleteFrom(TACTIC).where(TACTIC.CHANNEL_ID.in(channel)).execute();
        db.deleteFrom(PLAN_TALLY).where(PLAN_TALLY.CHANNEL_ID.in(channel)).execute();
        db.deleteFrom(CHANNEL).where(CHANNEL.NAME.eq(CHANNEL_NAME)).execute();
        var person = db.select(PERSON.PERSON_ID).from(PERSON).where(PERSON.LOGIN.like("kim-%"));
        db.deleteFrom(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.in(person)).execute();
        db.deleteFrom(PERSON).where(PERSON.LOGIN.like("kim-%")).execute();
    }

    @Test
    void aFileWithABadRowListsItAndImportsNothingThenTheFixedFileImports() throws InterruptedException {
        data.channel(CHANNEL_NAME, ChannelKind.OWNED);
        signIn(data.person(LOGIN, Role.MARKETER));
        open("import");
        assertThat(_get(H1.class).getText()).isEqualTo("Import tactics");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Import");

        upload("Title,Channel\r\nFine idea," + CHANNEL_NAME + "\r\n<img src=x onerror=alert(1)>,Nope\r\n");

        assertThat(summary()).startsWith("Nothing was imported: 1 row of 2 need fixing");
        List<RowError> rows = GridKt._fetch(errors(), 0, 10);
        assertThat(rows).containsExactly(new RowError(3, "Channel", "No channel is called “Nope”"));
        assertThat(GridKt._getFormattedRow(errors(), 0)).containsExactly("3", "Channel", "No channel is called “Nope”");
        assertThat(db.fetchCount(TACTIC, TACTIC.TITLE.eq("Fine idea"))).isZero();

        upload("Title,Channel\r\nFine idea," + CHANNEL_NAME + "\r\n<img src=x onerror=alert(1)>," + CHANNEL_NAME
                + "\r\n");

        assertThat(summary()).isEqualTo("Imported: 2 tactics created, 0 skipped (already imported), from 2 rows.");
        assertThat(_find(Grid.class, spec -> spec.withId("import-errors"))).isEmpty();
        assertThat(db.fetchCount(TACTIC, TACTIC.TITLE.eq("<img src=x onerror=alert(1)>")))
                .isEqualTo(1);
        assertThat(_find(ProgressBar.class)).as("the bar goes once done").isEmpty();
    }

    @Test
    void theColumnsAreListedOnThePage() {
        signIn(data.person(LOGIN, Role.STRATEGIST));
        open("import");

        @SuppressWarnings("unchecked")
        Grid<Object> columns = _get(Grid.class, spec -> spec.withAttribute("aria-label", "The columns of the file"));
        assertThat(GridKt._size(columns)).isEqualTo(12);
        assertThat(GridKt._getFormattedRow(columns, 0).getFirst()).isEqualTo("External id");
    }

    @Test
    void nobodyButAdminsStrategistsAndMarketersOpensIt() {
        for (Role role : List.of(Role.COACH, Role.CONTRIBUTOR, Role.EXECUTIVE)) {
            signIn(data.person("kim-" + role.name().toLowerCase(java.util.Locale.ROOT), role));
            open("");
            assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                    .as(role.name())
                    .isNotEmpty()
                    .doesNotContain("Import");
            open("import");
            assertThat(_get(H1.class).getText()).as(role.name()).isEqualTo("You may not open this");
            assertThat(_find(Upload.class)).isEmpty();
        }
    }

    /** Uploads {@code csv} and waits (polling, as the browser does) until the summary shows. */
    private void upload(String csv) throws InterruptedException {
        UploadKt._upload(_get(Upload.class), "tactics.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
        for (int i = 0;
                i < 200
                        && _find(Paragraph.class, spec -> spec.withClasses("import-summary"))
                                .isEmpty();
                i++) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
    }

    private String summary() {
        return _get(Paragraph.class, spec -> spec.withClasses("import-summary")).getText();
    }

    @SuppressWarnings("unchecked")
    private Grid<RowError> errors() {
        return _get(Grid.class, spec -> spec.withId("import-errors"));
    }
}

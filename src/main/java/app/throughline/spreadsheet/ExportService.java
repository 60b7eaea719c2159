package app.throughline.spreadsheet;

import static app.throughline.db.Tables.BUSINESS_OBJECTIVE;
import static app.throughline.db.Tables.CAMPAIGN;
import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.TACTIC;

import app.throughline.alignment.AlignmentConditions;
import app.throughline.alignment.AlignmentFilter;
import app.throughline.alignment.ReportPeriod;
import app.throughline.calendar.CalendarConditions;
import app.throughline.calendar.CalendarFilter;
import app.throughline.calendar.CalendarPeriod;
import app.throughline.security.CurrentUserProvider;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import org.apache.commons.csv.CSVPrinter;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes tactics as CSV with the import's columns, so an export imports again cleanly (DD017):
 * what the calendar shows for a period and filter, or what a dashboard table lists. Rows stream
 * from a database cursor straight to the output, a fetch size at a time, so memory stays flat
 * however many there are. Anyone who reads the calendar may export it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ExportService {

    /** Rows the database hands over at a time. */
    static final int FETCH_SIZE = 1_000;

    private final DSLContext db;
    private final CurrentUserProvider currentUser;

    ExportService(DSLContext db, CurrentUserProvider currentUser) {
        this.db = db;
        this.currentUser = currentUser;
    }

    /** The calendar's tactics for {@code period} and {@code filter}, by start, in the exporter's zone. */
    public void calendar(CalendarPeriod period, CalendarFilter filter, OutputStream out) throws IOException {
        ZoneId zone = currentUser.get().zone();
        write(CalendarConditions.shown(period.from(zone), period.to(zone), filter), zone, out);
    }

    /** The tactics a dashboard table lists for {@code period} and {@code filter}, by start. */
    public void dashboard(ReportPeriod period, AlignmentFilter filter, OutputStream out) throws IOException {
        ZoneId zone = currentUser.get().zone();
        write(AlignmentConditions.counted(period.start(zone), period.end(zone), filter), zone, out);
    }

    /** A file name for an export made now: "tactics-2027-03-04.csv". */
    public String fileName(String what) {
        return "tactics-" + what + "-"
                + LocalDateTime.now(currentUser.get().zone()).toLocalDate() + ".csv";
    }

    private void write(Condition condition, ZoneId zone, OutputStream out) throws IOException {
        var t = TACTIC;
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        var printer = new CSVPrinter(writer, CsvFile.EXPORT);
        printer.printRecord(Arrays.stream(CsvColumn.values()).map(CsvColumn::header));
        String zoneId = zone.getId();
        try (Cursor<? extends Record> rows = db.select(
                        t.TACTIC_ID,
                        t.EXTERNAL_ID,
                        t.TITLE,
                        t.BODY,
                        CHANNEL.NAME,
                        t.SCHEDULED_START,
                        t.SCHEDULED_END,
                        BUSINESS_OBJECTIVE.NAME,
                        MARKETING_STRATEGY.NAME,
                        CAMPAIGN.NAME,
                        PERSON.LOGIN,
                        t.STATUS,
                        t.INTENT,
                        t.INTERACTION_MODE)
                .from(t)
                .join(CHANNEL)
                .on(CHANNEL.CHANNEL_ID.eq(t.CHANNEL_ID))
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(t.OWNER_ID))
                .leftJoin(MARKETING_STRATEGY)
                .on(MARKETING_STRATEGY.MARKETING_STRATEGY_ID.eq(t.MARKETING_STRATEGY_ID))
                .leftJoin(BUSINESS_OBJECTIVE)
                .on(BUSINESS_OBJECTIVE.BUSINESS_OBJECTIVE_ID.eq(MARKETING_STRATEGY.BUSINESS_OBJECTIVE_ID))
                .leftJoin(CAMPAIGN)
                .on(CAMPAIGN.CAMPAIGN_ID.eq(t.CAMPAIGN_ID))
                .where(condition)
                .orderBy(t.SCHEDULED_START, t.TACTIC_ID)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record r : rows) {
                String externalId = r.get(t.EXTERNAL_ID);
                String strategy = r.get(MARKETING_STRATEGY.NAME);
                String campaign = r.get(CAMPAIGN.NAME);
                String parent = strategy == null
                        ? ""
                        : r.get(BUSINESS_OBJECTIVE.NAME)
                                + CsvFile.PATH_SEPARATOR
                                + strategy
                                + (campaign == null ? "" : CsvFile.PATH_SEPARATOR + campaign);
                printer.printRecord(
                        externalId != null ? externalId : "throughline-" + r.get(t.TACTIC_ID),
                        r.get(t.TITLE),
                        nullToEmpty(r.get(t.BODY)),
                        r.get(CHANNEL.NAME),
                        local(r.get(t.SCHEDULED_START), zone),
                        local(r.get(t.SCHEDULED_END), zone),
                        zoneId,
                        parent,
                        r.get(PERSON.LOGIN),
                        r.get(t.STATUS).label(),
                        r.get(t.INTENT).label(),
                        r.get(t.INTERACTION_MODE).label());
            }
        }
        printer.flush();
    }

    private static String nullToEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static String local(@Nullable Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        return local.getSecond() == 0 && local.getNano() == 0
                ? CsvFile.WRITTEN.format(local)
                : local.withNano(0).toString().replace('T', ' ');
    }
}

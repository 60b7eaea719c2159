package app.throughline.spreadsheet;

import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.spreadsheet.ImportRepository.NewTactic;
import app.throughline.spreadsheet.RowChecker.Cells;
import app.throughline.tactic.Tactic;
import app.throughline.tactic.TacticPolicy;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a CSV of tactics, all or nothing (DD017): the whole file is checked against the
 * composer's rules first and every bad row reported; only a file without any goes in, in this
 * one transaction, a thousand rows per statement. A row whose external id is known already is
 * skipped, so importing the same file twice makes its tactics once.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated() and @spreadsheetPolicy.mayImport()")
public class ImportService {

    /** The largest file taken. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** The most data rows a file may hold. */
    public static final int MAX_ROWS = 200_000;

    /** Rows checked against the database and written together. */
    private static final int CHUNK = 1_000;

    private static final String OWN_ID_PREFIX = "throughline-";

    private final ImportRepository repository;
    private final TacticPolicy tacticPolicy;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    ImportService(
            ImportRepository repository, TacticPolicy tacticPolicy, CurrentUserProvider currentUser, Clock clock) {
        this.repository = repository;
        this.tacticPolicy = tacticPolicy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Checks {@code file} and, when every row is good, imports it. {@code progress} hears how far
     * it is (from the thread the import runs on).
     */
    @Transactional
    @PreAuthorize("isAuthenticated() and @spreadsheetPolicy.mayImport()")
    public ImportReport importCsv(Path file, ImportProgress progress) {
        CurrentUser user = currentUser.get();
        long size = size(file);
        if (size > MAX_BYTES) {
            return refused(
                    0,
                    "The file has " + megabytes(size) + " MB; an import takes at most " + megabytes(MAX_BYTES)
                            + " MB. Split it into smaller files.");
        }
        var checker = new RowChecker(
                user,
                tacticPolicy,
                repository.policyActive(),
                repository.channels(),
                repository.people(),
                repository.parents());
        Pass check = pass(file, size, checker, null, progress, 0, 0.5);
        if (!check.errors.isEmpty()) {
            check.errors.sort(java.util.Comparator.comparingLong(RowError::line));
            return new ImportReport(check.rows, 0, 0, check.errors);
        }
        Instant now = clock.instant();
        Pass write = pass(file, size, checker, rows -> repository.insert(rows, user.personId(), now), progress, 0.5, 1);
        if (!write.errors.isEmpty()) {
            // the plan changed between the two readings: nothing goes in
            throw new IllegalStateException("The plan changed during the import; import the file again");
        }
        progress.at(1);
        return new ImportReport(write.rows, write.created, write.skipped, List.of());
    }

    /** A CSV with the header and two example rows, with the plan's own channel and parent names where it has them. */
    public String template() {
        var channels = repository.channels().stream()
                .filter(c -> !c.retired())
                .map(ImportRepository.ChannelFacts::name)
                .toList();
        var parents = repository.parents();
        String parent = parents.isEmpty() ? "Grow revenue › Thought leadership" : RowChecker.path(parents.getFirst());
        String first = channels.isEmpty() ? "Blog" : channels.getFirst();
        String second = channels.size() > 1 ? channels.get(1) : first;
        String zone = currentUser.get().zone().getId();
        String login = currentUser.get().login();
        var out = new StringBuilder();
        try (var printer = CsvFile.EXPORT.print(out)) {
            printer.printRecord(java.util.Arrays.stream(CsvColumn.values()).map(CsvColumn::header));
            printer.printRecord(
                    "spring-01",
                    "Spring launch post",
                    "We are launching!",
                    first,
                    "2027-03-04 09:30",
                    "",
                    zone,
                    parent,
                    login,
                    "Draft",
                    "Campaign",
                    "Broadcast");
            printer.printRecord(
                    "spring-02",
                    "Spring webinar",
                    "",
                    second,
                    "2027-03-11 15:00",
                    "2027-03-11 16:00",
                    zone,
                    parent,
                    login,
                    "Draft",
                    "",
                    "Conversation");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** What one reading of the file found. */
    private static final class Pass {
        int rows;
        int created;
        int skipped;
        final List<RowError> errors = new ArrayList<>();
    }

    /** Where rows that passed go in the writing pass. */
    @FunctionalInterface
    private interface Sink {
        void write(List<NewTactic> rows);
    }

    /**
     * Reads the file once, a chunk at a time: parses each row, finds the chunk's known keys with
     * one read, checks the unknown rows, and hands them to {@code sink} (the writing pass).
     */
    private Pass pass(
            Path file,
            long size,
            RowChecker checker,
            @Nullable Sink sink,
            ImportProgress progress,
            double from,
            double to) {
        var pass = new Pass();
        var seenKeys = new HashMap<String, Long>();
        var chunk = new ArrayList<Keyed>(CHUNK);
        try (var counting = new CountingStream(Files.newInputStream(file))) {
            CsvFile.Opened opened = CsvFile.open(counting);
            try (CSVParser parser = CSVParser.builder()
                    .setReader(opened.reader())
                    .setFormat(opened.format())
                    .get()) {
                Map<CsvColumn, String> headerOf = header(parser, pass.errors);
                if (!pass.errors.isEmpty()) {
                    return pass;
                }
                var records = parser.iterator();
                long line = parser.getCurrentLineNumber();
                while (true) {
                    CSVRecord record;
                    try {
                        if (!records.hasNext()) {
                            break;
                        }
                        record = records.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        pass.errors.add(
                                new RowError(line + 1, "", "The file is not valid CSV from here: " + reason(e)));
                        return pass;
                    }
                    long rowLine = line + 1;
                    line = parser.getCurrentLineNumber();
                    pass.rows++;
                    if (pass.rows > MAX_ROWS) {
                        pass.errors.clear();
                        pass.errors.add(new RowError(
                                0,
                                "",
                                "The file has more than " + String.format(Locale.ROOT, "%,d", MAX_ROWS)
                                        + " rows; an import takes at most that many. Split it into smaller files."));
                        return pass;
                    }
                    var cells = new EnumMap<CsvColumn, String>(CsvColumn.class);
                    headerOf.forEach((column, name) -> {
                        if (record.isSet(name)) {
                            cells.put(column, record.get(name));
                        }
                    });
                    Keyed keyed = keyed(new Cells(rowLine, cells), record, pass.errors);
                    if (keyed == null) {
                        continue;
                    }
                    Long earlier = seenKeys.putIfAbsent(keyed.key, rowLine);
                    if (earlier != null) {
                        pass.errors.add(new RowError(
                                rowLine,
                                CsvColumn.EXTERNAL_ID.header(),
                                "Line " + earlier + " has the same external id"
                                        + (cells.getOrDefault(CsvColumn.EXTERNAL_ID, "")
                                                        .isBlank()
                                                ? " (both have none and the same cells)"
                                                : "")));
                        continue;
                    }
                    chunk.add(keyed);
                    if (chunk.size() == CHUNK) {
                        flush(chunk, checker, sink, pass);
                        progress.at(from + (to - from) * Math.min(1, counting.read / (double) Math.max(1, size)));
                    }
                }
                flush(chunk, checker, sink, pass);
                if (pass.rows == 0 && pass.errors.isEmpty()) {
                    pass.errors.add(new RowError(0, "", "The file has a header but no rows"));
                }
            }
        } catch (IOException e) {
            pass.errors.add(new RowError(0, "", "The file cannot be read as UTF-8 CSV: " + reason(e)));
        }
        return pass;
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private record Keyed(String key, @Nullable Long ownId, Cells cells) {}

    /** The row's key: its external id, or a digest of its cells when it has none. */
    private static @Nullable Keyed keyed(Cells cells, CSVRecord record, List<RowError> errors) {
        String id = cells.get(CsvColumn.EXTERNAL_ID);
        if (id.length() > 100) {
            errors.add(new RowError(
                    cells.line(), CsvColumn.EXTERNAL_ID.header(), "External id can be at most 100 characters"));
            return null;
        }
        if (id.isEmpty()) {
            return new Keyed(digest(record), null, cells);
        }
        Long ownId = null;
        if (id.startsWith(OWN_ID_PREFIX)) {
            try {
                ownId = Long.parseLong(id.substring(OWN_ID_PREFIX.length()));
            } catch (NumberFormatException e) {
                ownId = null;
            }
        }
        return new Keyed(id, ownId, cells);
    }

    private static String digest(CSVRecord record) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            for (String value : record) {
                sha.update(value.strip().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1f);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Skips the chunk's known rows, checks the others and hands the good ones to the sink. */
    private void flush(List<Keyed> chunk, RowChecker checker, @Nullable Sink sink, Pass pass) {
        if (chunk.isEmpty()) {
            return;
        }
        Set<String> known = repository.knownKeys(chunk.stream().map(Keyed::key).toList());
        Set<Long> ownKnown = repository.knownIds(chunk.stream()
                .map(Keyed::ownId)
                .filter(java.util.Objects::nonNull)
                .map(java.util.Objects::requireNonNull)
                .toList());
        var fresh = new ArrayList<NewTactic>(chunk.size());
        for (Keyed row : chunk) {
            if (known.contains(row.key) || (row.ownId != null && ownKnown.contains(row.ownId))) {
                pass.skipped++;
                continue;
            }
            Tactic tactic = checker.check(row.cells, pass.errors);
            if (tactic != null) {
                fresh.add(new NewTactic(row.key, tactic));
            }
        }
        if (sink != null && pass.errors.isEmpty()) {
            sink.write(fresh);
            pass.created += fresh.size();
        }
        chunk.clear();
    }

    /** The file's columns by the header each has there; unknown or repeated headers are errors. */
    private static Map<CsvColumn, String> header(CSVParser parser, List<RowError> errors) {
        var columns = new EnumMap<CsvColumn, String>(CsvColumn.class);
        for (String name : parser.getHeaderNames()) {
            var column = CsvColumn.ofHeader(name);
            if (column.isEmpty()) {
                errors.add(new RowError(1, name, "Unknown column “" + name + "”: see the list of columns"));
            } else if (columns.putIfAbsent(column.get(), name) != null) {
                errors.add(new RowError(1, name, "The column “" + name + "” comes twice"));
            }
        }
        for (CsvColumn required : List.of(CsvColumn.TITLE, CsvColumn.CHANNEL)) {
            if (!columns.containsKey(required)) {
                errors.add(new RowError(1, required.header(), "The header has no column “" + required.header() + "”"));
            }
        }
        return columns;
    }

    private static ImportReport refused(int rows, String reason) {
        return new ImportReport(rows, 0, 0, List.of(new RowError(0, "", reason)));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {
        long read;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }
}

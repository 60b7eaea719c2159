package app.throughline.spreadsheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;

/** How a tactics CSV is written and read: UTF-8 with or without a BOM, comma or semicolon. */
final class CsvFile {

    /** How the export writes a start or end; the import also takes seconds and a "T". */
    static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    static final DateTimeFormatter READ = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]");

    /** The separator between the names (or ids) of a parent path; ">" is read too. */
    static final String PATH_SEPARATOR = " › ";

    private static final int HEADER_LOOKAHEAD = 64 * 1024;

    private CsvFile() {}

    /** How the export writes: comma, quotes where needed, CRLF (RFC 4180). */
    static final CSVFormat EXPORT = CSVFormat.RFC4180.builder().get();

    /**
     * A reader of the file's text after its BOM (if any), positioned at the header, and the
     * format to parse it: the header line's more frequent separator of ';' and ','.
     */
    record Opened(Reader reader, CSVFormat format) {}

    static Opened open(InputStream in) throws IOException {
        var pushback = new PushbackInputStream(in, 3);
        byte[] bom = new byte[3];
        int read = pushback.readNBytes(bom, 0, 3);
        boolean hasBom = read == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF;
        if (!hasBom && read > 0) {
            pushback.unread(bom, 0, read);
        }
        var reader = new BufferedReader(
                new InputStreamReader(
                        pushback,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)),
                HEADER_LOOKAHEAD);
        reader.mark(HEADER_LOOKAHEAD);
        String header = reader.readLine();
        reader.reset();
        char delimiter = separator(header == null ? "" : header);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .get();
        return new Opened(reader, format);
    }

    static char separator(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}

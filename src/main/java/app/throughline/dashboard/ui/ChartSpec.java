package app.throughline.dashboard.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One chart of the dashboard: the ECharts option drawn in the browser, the same figures as a
 * table (shown on demand, read by screen readers, downloaded as CSV), and what a click on a bar
 * (series id, category) stands for.
 *
 * @param rowSlices for each row of the table, the tactics behind it (the keyboard's way to what
 *     a click on a bar opens)
 */
record ChartSpec(
        String title,
        String fileName,
        Map<String, Object> option,
        List<String> columns,
        List<List<String>> rows,
        List<Slice> rowSlices,
        BiFunction<String, String, Optional<Slice>> click) {

    /** The table as CSV (RFC 4180: fields quoted when they hold a comma, quote or line break). */
    String csv() {
        var csv = new StringBuilder();
        line(csv, columns);
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String f = fields.get(i);
            // a leading =, +, - or @ would run as a formula in a spreadsheet
            if (!f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0 && !f.matches("-?\\d+")) {
                f = "'" + f;
            }
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                f = '"' + f.replace("\"", "\"\"") + '"';
            }
            csv.append(f);
        }
        csv.append("\r\n");
    }
}

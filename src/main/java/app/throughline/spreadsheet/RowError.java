package app.throughline.spreadsheet;

/**
 * Why one row of an import cannot go in.
 *
 * @param line the row's line in the file (the header is line 1); 0 for the file as a whole
 * @param column the column's header, or "" when the reason is about the whole row or file
 */
public record RowError(long line, String column, String reason) {}

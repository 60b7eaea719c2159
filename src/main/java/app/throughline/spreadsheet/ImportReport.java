package app.throughline.spreadsheet;

import java.util.List;

/**
 * What an import did: with any error, nothing (all or nothing); otherwise how many rows made new
 * tactics and how many were skipped because their external id is known already.
 *
 * @param rows the data rows read (without the header)
 * @param errors every bad row, in file order; empty when the import went in
 */
public record ImportReport(int rows, int created, int skipped, List<RowError> errors) {

    public boolean imported() {
        return errors.isEmpty();
    }
}

/**
 * Tactics in and out of spreadsheets: the CSV import (checked as a whole against the composer's
 * rules, then written in one transaction) and the streamed CSV export of the calendar and the
 * dashboard tables, with the same columns (docs/design-decisions/DD017-csv-import-export.md).
 */
@NullMarked
package app.throughline.spreadsheet;

import org.jspecify.annotations.NullMarked;

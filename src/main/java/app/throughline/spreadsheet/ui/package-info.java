/** The import page and the "Export CSV" links of the calendar and the dashboard. */
@NullMarked
package app.throughline.spreadsheet.ui;

import org.jspecify.annotations.NullMarked;

/** The calendar view: month and week grids (FullCalendar), list and day lists, filters in the URL. */
@NullMarked
package app.throughline.calendar.ui;

import org.jspecify.annotations.NullMarked;

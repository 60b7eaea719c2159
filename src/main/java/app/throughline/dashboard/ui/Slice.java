package app.throughline.dashboard.ui;

import app.throughline.alignment.AlignmentFilter;
import app.throughline.alignment.ReportPeriod;

/** The tactics behind one bar: the period and conditions that bar counts, and how to name it. */
record Slice(String label, ReportPeriod period, AlignmentFilter filter) {}

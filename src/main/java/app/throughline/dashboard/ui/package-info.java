/** The executive dashboard's building blocks: charts drawn in the browser by Apache ECharts. */
@NullMarked
package app.throughline.dashboard.ui;

import org.jspecify.annotations.NullMarked;

package app.throughline.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * A thin Flow component over Apache ECharts (free, Apache-2.0): Vaadin Charts is commercial and
 * fails without a licence key (a placeholder in development, a failed production build). The
 * server sends the whole ECharts option as JSON, series colours included, and keeps no copy of
 * it; the browser adds Lumo's text, line and tooltip colours (light or dark), ECharts' generated
 * description for assistive technology, and reports clicks on data items. Tooltips are drawn on
 * the canvas, so no name is ever rendered as HTML. At least 280 pixels high unless a height is
 * set. See frontend/dashboard/tl-chart.ts.
 */
@Tag("tl-chart")
@JsModule("./dashboard/tl-chart.ts")
@NpmPackage(value = "echarts", version = "6.1.0")
public class EChart extends Component implements HasSize {

    /** Draws exactly this ECharts option (a JSON object), replacing what was drawn before. */
    public void show(String optionJson) {
        getElement().callJsFunction("show", optionJson);
    }

    /** Downloads what is drawn as a PNG named {@code fileName}, on the page's background colour. */
    public void savePng(String fileName) {
        getElement().callJsFunction("savePng", fileName);
    }

    public Registration addItemClickListener(ComponentEventListener<ItemClick> listener) {
        return addListener(ItemClick.class, listener);
    }

    /**
     * A data item was clicked: its series' {@code id} in the option (its name when it has no id)
     * and its category (the category axis value, or the item's name in a pie).
     */
    @DomEvent("tl-chart-click")
    public static class ItemClick extends ComponentEvent<EChart> {
        private final String series;
        private final String category;

        public ItemClick(
                EChart source,
                boolean fromClient,
                @EventData("event.detail.series") String series,
                @EventData("event.detail.category") String category) {
            super(source, fromClient);
            this.series = series;
            this.category = category;
        }

        public String series() {
            return series;
        }

        public String category() {
            return category;
        }
    }
}

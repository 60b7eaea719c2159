package app.throughline.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.testing.SentToBrowser;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What the chart sends to the browser, and what it makes of the browser's clicks (no Spring, no database). */
class EChartTest {

    EChart chart;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        chart = new EChart();
        UI.getCurrent().add(chart);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theOptionGoesToTheBrowserAsSent() {
        String option = "{\"xAxis\":{\"type\":\"category\",\"data\":[\"Q1\",\"Q2\"]},"
                + "\"series\":[{\"id\":\"s7\",\"type\":\"bar\",\"data\":[3,5],\"color\":\"#1676f3\"}]}";

        chart.show("{\"series\":[]}");
        chart.show(option);

        assertThat(SentToBrowser.lastCall(chart, "show")).containsExactly(option);
    }

    @Test
    void savePngNamesTheFile() {
        chart.savePng("pipeline-2027-q1.png");

        assertThat(SentToBrowser.lastCall(chart, "savePng")).containsExactly("pipeline-2027-q1.png");
    }

    @Test
    void aClickedItemReachesTheListenerWithItsSeriesAndCategory() {
        List<EChart.ItemClick> clicks = new ArrayList<>();
        chart.addItemClickListener(clicks::add);

        // what tl-chart.ts dispatches, as the browser reports it: the event data the listener asked for
        var eventData = JsonMapper.shared()
                .createObjectNode()
                .put("event.detail.series", "s7")
                .put("event.detail.category", "<b>Q2</b>");
        ElementUtilsKt._fireDomEvent(chart.getElement(), new DomEvent(chart.getElement(), "tl-chart-click", eventData));

        assertThat(clicks).singleElement().satisfies(click -> {
            assertThat(click.getSource()).isSameAs(chart);
            assertThat(click.isFromClient()).isTrue();
            assertThat(click.series()).isEqualTo("s7");
            assertThat(click.category()).isEqualTo("<b>Q2</b>");
        });
    }
}

package app.throughline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.IntConsumer;

/** Lets a view adapt to the browser window's width: once it is known, and whenever it changes. */
public final class Responsive {

    /** Below this width a view shows only its essentials (a phone held upright is about 390 px). */
    public static final int NARROW = 700;

    private Responsive() {}

    /** Calls {@code onWidth} with the window's inner width when {@code view} is attached, and on every resize. */
    public static void onWidth(Component view, IntConsumer onWidth) {
        view.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            width(attach.getUI(), onWidth);
            page.addBrowserWindowResizeListener(resize -> onWidth.accept(resize.getWidth()));
        });
    }

    /** Asks the browser for its window's inner width once. */
    public static void width(UI ui, IntConsumer onWidth) {
        ui.getPage().executeJs("return window.innerWidth").then(Integer.class, onWidth::accept);
    }
}

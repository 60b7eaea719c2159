package app.throughline.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * The menu's counts (tactics waiting in review for a reviewer; one's tactics sent back for a
 * contributor) are read when the layout is built and again whenever a view says a step was
 * taken: {@link #refresh()} after approve, send back, send to review, save.
 */
public final class MenuBadges {

    private MenuBadges() {}

    /** Asks the menu of the current UI to read its counts again (nothing happens outside a UI). */
    public static void refresh() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new Changed(ui));
        }
    }

    /** Runs {@code listener} whenever {@link #refresh()} is called in {@code ui}. */
    public static Registration onChange(UI ui, ComponentEventListener<Changed> listener) {
        return ComponentUtil.addListener(ui, Changed.class, listener);
    }

    /** Something the menu counts may have changed. */
    public static final class Changed extends ComponentEvent<UI> {
        Changed(UI source) {
            super(source, false);
        }
    }
}

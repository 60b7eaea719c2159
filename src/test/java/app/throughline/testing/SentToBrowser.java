package app.throughline.testing;

import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kotlin.Unit;

/**
 * What the views told the browser to do, as Karibu hands it over at each simulated round trip:
 * view tests read what a component was sent to draw without the component keeping a copy.
 */
public final class SentToBrowser {

    private static final List<PendingJavaScriptInvocation> CALLS = new CopyOnWriteArrayList<>();

    static {
        KaribuConfig.getPendingJavascriptInvocationHandlers().add(call -> {
            CALLS.add(call);
            return Unit.INSTANCE;
        });
    }

    private SentToBrowser() {}

    /** Forgets what was sent (each test starts afresh). */
    static void clear() {
        CALLS.clear();
    }

    /** The arguments of the last {@code function} called on {@code component}'s element (after a round trip). */
    public static List<Object> lastCall(Component component, String function) {
        MockVaadin.clientRoundtrip(false);
        List<PendingJavaScriptInvocation> calls = new ArrayList<>(CALLS);
        for (int i = calls.size() - 1; i >= 0; i--) {
            var call = calls.get(i);
            if (call.getOwner().equals(component.getElement().getNode())
                    && call.getInvocation().getExpression().contains("." + function + "(")) {
                List<Object> parameters = call.getInvocation().getParameters();
                return parameters.subList(1, parameters.size());
            }
        }
        throw new AssertionError("Nothing called " + function + " on " + component + " in the browser");
    }
}

package app.throughline.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page shell: Lumo plus the app's own few styles (src/main/resources/META-INF/resources/styles.css). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "description", content = "Throughline: an integrated marketing calendar")
public class AppShell implements AppShellConfigurator {
}

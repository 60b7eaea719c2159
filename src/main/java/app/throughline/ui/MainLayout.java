package app.throughline.ui;

import app.throughline.calendar.ui.CalendarView;
import app.throughline.plan.ui.PlanView;
import app.throughline.security.CurrentUserProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The frame around every view: the menu (only what the person may open), who is signed in, logout. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(
            AccessAnnotationChecker access, AuthenticationContext authentication, CurrentUserProvider currentUser) {
        var title = new Span("Throughline");
        title.addClassName("app-title");
        addToNavbar(new DrawerToggle(), title);

        var nav = new SideNav();
        addItem(nav, access, "Calendar", CalendarView.class, VaadinIcon.CALENDAR.create());
        addItem(nav, access, "Plan", PlanView.class, VaadinIcon.SITEMAP.create());
        addToDrawer(nav);

        if (authentication.isAuthenticated()) {
            var who = new Span(currentUser.get().displayName());
            who.addClassName("signed-in-as");
            var logout = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var user = new HorizontalLayout(who, logout);
            user.setAlignItems(FlexComponent.Alignment.CENTER);
            user.addClassName("user-menu");
            addToNavbar(user);
        }
    }

    private static void addItem(
            SideNav nav,
            AccessAnnotationChecker access,
            String label,
            Class<? extends Component> view,
            Component icon) {
        if (access.hasAccess(view)) {
            nav.addItem(new SideNavItem(label, view, icon));
        }
    }
}

package app.throughline.ui;

import app.throughline.calendar.ui.CalendarView;
import app.throughline.dashboard.ui.DashboardView;
import app.throughline.plan.ui.PlanView;
import app.throughline.security.CurrentUserProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame around every view: the menu (only what the person may open), who is signed in,
 * sign-out. The bar is the page's banner, the menu its navigation and the view its main part,
 * so assistive technology can jump between them.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(
            AccessAnnotationChecker access, AuthenticationContext authentication, CurrentUserProvider currentUser) {
        var title = new Span("Throughline");
        title.addClassName("app-title");
        var banner = new Header(new DrawerToggle(), title);
        banner.addClassName("app-banner");

        var nav = new SideNav();
        nav.setLabel("Menu");
        addItem(nav, access, "Calendar", CalendarView.class, VaadinIcon.CALENDAR.create());
        addItem(nav, access, "Plan", PlanView.class, VaadinIcon.SITEMAP.create());
        addItem(nav, access, "Dashboard", DashboardView.class, VaadinIcon.CHART.create());
        addToDrawer(nav);

        if (authentication.isAuthenticated()) {
            var who = new Span(currentUser.get().displayName());
            who.addClassName("signed-in-as");
            var logout = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var user = new Span(who, logout);
            user.addClassName("user-menu");
            banner.add(user);
        }
        addToNavbar(true, banner);
    }

    /** The view shown is the page's main landmark. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        content.getElement().setAttribute("role", "main");
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

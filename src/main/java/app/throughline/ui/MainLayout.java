package app.throughline.ui;

import app.throughline.admin.ui.AdminView;
import app.throughline.calendar.ui.CalendarView;
import app.throughline.coaching.ReviewService;
import app.throughline.coaching.ui.ReviewView;
import app.throughline.coaching.ui.TrainingView;
import app.throughline.dashboard.ui.DashboardView;
import app.throughline.listening.ui.InsightsView;
import app.throughline.people.ui.PeopleView;
import app.throughline.people.ui.ProfileView;
import app.throughline.plan.ui.PlanView;
import app.throughline.policy.ui.PolicyAdminView;
import app.throughline.security.CurrentUserProvider;
import app.throughline.security.PersonPrincipal;
import app.throughline.share.ui.ShareLinksView;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
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
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The frame around every view: the menu (only what the person may open), who is signed in,
 * sign-out. The bar is the page's banner, the menu its navigation and the view its main part,
 * so assistive technology can jump between them. Two counts ride on the menu: a reviewer's
 * tactics waiting for review (on "Review") and one's own tactics sent back (on "Calendar", where
 * they are); both are read again whenever a view says a step was taken ({@link MenuBadges}).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    static final String BADGE_CLASS = "menu-badge";

    private final ReviewService review;
    private final boolean signedIn;
    private final @Nullable SideNavItem calendar;
    private final @Nullable SideNavItem reviewItem;
    private @Nullable Registration badgeListener;

    public MainLayout(
            AccessAnnotationChecker access,
            AuthenticationContext authentication,
            CurrentUserProvider currentUser,
            ReviewService review) {
        this.review = review;
        this.signedIn = authentication.isAuthenticated();
        var title = new Span("Throughline");
        title.addClassName("app-title");
        var banner = new Header(new DrawerToggle(), title);
        banner.addClassName("app-banner");

        var nav = new SideNav();
        nav.setLabel("Menu");
        // someone who must first replace an admin-set password can open nothing else: no menu
        boolean mustChange = authentication
                .getAuthenticatedUser(PersonPrincipal.class)
                .map(principal -> principal.person().mustChangePassword())
                .orElse(false);
        Predicate<Class<? extends Component>> shown = view -> !mustChange && access.hasAccess(view);
        calendar = addItem(nav, shown, "Calendar", CalendarView.class, VaadinIcon.CALENDAR.create());
        addItem(nav, shown, "Plan", PlanView.class, VaadinIcon.SITEMAP.create());
        addItem(nav, shown, "Dashboard", DashboardView.class, VaadinIcon.CHART.create());
        addItem(nav, shown, "Listening", InsightsView.class, VaadinIcon.COMMENTS_O.create());
        addItem(nav, shown, "People", PeopleView.class, VaadinIcon.USERS.create());
        reviewItem = addItem(nav, shown, "Review", ReviewView.class, VaadinIcon.CHECK_SQUARE_O.create());
        addItem(nav, shown, "Import", app.throughline.spreadsheet.ui.ImportView.class, VaadinIcon.UPLOAD.create());
        addItem(nav, shown, "Training", TrainingView.class, VaadinIcon.ACADEMY_CAP.create());
        addItem(nav, shown, "Share links", ShareLinksView.class, VaadinIcon.LINK.create());
        addItem(nav, shown, "Social policy", PolicyAdminView.class, VaadinIcon.LIST_UL.create());
        addItem(nav, shown, "Admin", AdminView.class, VaadinIcon.COG.create());
        addToDrawer(nav);
        updateBadges();

        if (authentication.isAuthenticated()) {
            var who = new Span(currentUser.get().displayName());
            who.addClassName("signed-in-as");
            var logout = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var profile = new RouterLink("Profile", ProfileView.class);
            profile.addClassName("profile-link");
            profile.setVisible(!mustChange);
            var user = new Span(who, profile, logout);
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

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        badgeListener = MenuBadges.onChange(attachEvent.getUI(), changed -> updateBadges());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (badgeListener != null) {
            badgeListener.remove();
            badgeListener = null;
        }
        super.onDetach(detachEvent);
    }

    /** Reads the menu's counts again: waiting for review (reviewers), sent back to me (authors). */
    private void updateBadges() {
        if (!signedIn) {
            return;
        }
        if (reviewItem != null) {
            int waiting = review.waiting();
            badge(reviewItem, waiting, waiting + " waiting for review");
        }
        if (calendar != null) {
            int sentBack = review.sentBackToMe();
            badge(
                    calendar,
                    sentBack,
                    sentBack == 1 ? "1 of your tactics sent back" : sentBack + " of your tactics sent back");
        }
    }

    /**
     * A count on a menu item, or none at zero. The digits are hidden from screen readers, which
     * read the whole phrase instead ("3 waiting for review"): an aria-label on a span without a
     * role is ignored by several of them.
     */
    private static void badge(SideNavItem item, int count, String spoken) {
        if (count <= 0) {
            item.setSuffixComponent(null);
            return;
        }
        var visible = new Span(Integer.toString(count));
        visible.getElement().setAttribute("aria-hidden", "true");
        var said = new Span(spoken);
        said.addClassName("tl-sr-only");
        var badge = new Span(visible, said);
        badge.getElement().getThemeList().addAll(List.of("badge", "pill", "small"));
        badge.addClassName(BADGE_CLASS);
        badge.getElement().setAttribute("title", spoken);
        item.setSuffixComponent(badge);
    }

    private static @Nullable SideNavItem addItem(
            SideNav nav,
            Predicate<Class<? extends Component>> shown,
            String label,
            Class<? extends Component> view,
            Component icon) {
        if (!shown.test(view)) {
            return null;
        }
        var item = new SideNavItem(label, view, icon);
        nav.addItem(item);
        return item;
    }
}

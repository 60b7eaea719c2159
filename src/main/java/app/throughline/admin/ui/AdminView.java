package app.throughline.admin.ui;

import app.throughline.admin.AdminService;
import app.throughline.admin.PersonAdminService;
import app.throughline.people.PeopleService;
import app.throughline.policy.ui.PolicyAdminView;
import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.webhook.WebhookService;
import app.throughline.webhook.ui.WebhooksSection;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * The admin area: people, departments and channels on one page, one section after the other (no tabs:
 * Vaadin's tab strip fails axe's aria-required-children check), with links to the social policy
 * and to the audit of every admin change. The service checks every call again.
 */
@Route("admin")
@PageTitle("Admin · Throughline")
@RolesAllowed("ADMIN")
public class AdminView extends VerticalLayout {

    AdminView(
            AdminService admin,
            PersonAdminService people,
            PeopleService directory,
            CurrentUserProvider currentUser,
            WebhookService webhooks) {
        setWidthFull();
        addClassName("admin-view");

        var policy = new Section(
                new H2("Social policy"),
                new Paragraph("The checklist an author ticks before a social post goes out."),
                new RouterLink("Edit the social policy", PolicyAdminView.class));
        var audit = new Section(
                new H2("Audit"),
                new Paragraph("Every change made here, on the social policy and to people: who made it, when, "
                        + "and what it was before and after."),
                new RouterLink("See the audit of admin changes", AuditView.class));
        CurrentUser me = currentUser.get();
        add(
                new H1("Admin"),
                new PeopleSection(people, directory::departments, me.personId(), me.zone()),
                new DepartmentsSection(admin),
                new ChannelsSection(admin),
                new WebhooksSection(webhooks, me.zone()),
                policy,
                audit);
    }
}

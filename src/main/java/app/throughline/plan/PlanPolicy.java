package app.throughline.plan;

import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may change the plan tree (docs/roles.md, "The plan tree"): admins and strategists. The
 * service's role annotations call it ({@code @PreAuthorize("@planPolicy.mayEditPlan()")}) and
 * the Plan view asks it what to offer.
 */
@Component("planPolicy")
public class PlanPolicy {

    private final CurrentUserProvider currentUser;

    PlanPolicy(CurrentUserProvider currentUser) {
        this.currentUser = currentUser;
    }

    /** Whether the signed-in person may create, change and delete objectives, strategies and campaigns. */
    public boolean mayEditPlan() {
        return mayEditPlan(currentUser.get());
    }

    public boolean mayEditPlan(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.STRATEGIST);
    }
}

package app.throughline.tactic;

import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may change which tactic. Marketers, strategists and admins schedule anyone's tactics;
 * coaches and contributors change their own; executives change nothing.
 */
public final class TacticPermissions {

    private TacticPermissions() {
    }

    public static boolean mayEditAnyone(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.STRATEGIST, Role.MARKETER);
    }

    public static boolean mayCreate(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.STRATEGIST, Role.MARKETER, Role.COACH, Role.CONTRIBUTOR);
    }

    public static boolean mayEdit(CurrentUser user, long ownerId) {
        return mayEditAnyone(user) || (user.hasAny(Role.COACH, Role.CONTRIBUTOR) && user.personId() == ownerId);
    }

    /**
     * Whether this person may approve (and so schedule and publish) tactics: marketers,
     * strategists, admins, coaches, and contributors who completed the social-policy training.
     * Untrained contributors send their drafts to review.
     */
    public static boolean mayApprove(CurrentUser user) {
        return mayEditAnyone(user) || user.has(Role.COACH) || (user.has(Role.CONTRIBUTOR) && user.trained());
    }

    /** The statuses this person may give a tactic. */
    public static Set<TacticStatus> statusesFor(CurrentUser user) {
        if (mayApprove(user)) {
            return EnumSet.allOf(TacticStatus.class);
        }
        return EnumSet.of(TacticStatus.IDEA, TacticStatus.DRAFT, TacticStatus.IN_REVIEW, TacticStatus.CANCELLED);
    }
}

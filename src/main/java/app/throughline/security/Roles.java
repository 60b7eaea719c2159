package app.throughline.security;

/**
 * Role names as compile-time constants for {@code @RolesAllowed} and {@code @PreAuthorize}.
 * They equal the names of {@link Role}; Spring Security adds the {@code ROLE_} prefix.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String STRATEGIST = "STRATEGIST";
    public static final String MARKETER = "MARKETER";
    public static final String COACH = "COACH";
    public static final String CONTRIBUTOR = "CONTRIBUTOR";
    public static final String EXECUTIVE = "EXECUTIVE";

    /** May change the plan tree (objectives, strategies, campaigns). */
    public static final String CAN_EDIT_PLAN = "hasAnyRole('ADMIN', 'STRATEGIST')";
    /** May create tactics at all; which ones they may then edit is decided per tactic. */
    public static final String CAN_WRITE_TACTICS = "hasAnyRole('ADMIN', 'STRATEGIST', 'MARKETER', 'COACH', 'CONTRIBUTOR')";

    private Roles() {
    }
}

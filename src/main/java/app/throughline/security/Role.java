package app.throughline.security;

/** What a person may do. A person may hold several roles. */
public enum Role {
    /** Users, roles, departments, channels, the social policy. */
    ADMIN,
    /** Owns the plan tree: objectives, strategies, campaigns. */
    STRATEGIST,
    /** Schedules and reschedules anyone's tactics. */
    MARKETER,
    /** Reviews contributors' drafts. */
    COACH,
    /** Drafts and edits their own tactics. */
    CONTRIBUTOR,
    /** Reads everything, changes nothing. */
    EXECUTIVE
}

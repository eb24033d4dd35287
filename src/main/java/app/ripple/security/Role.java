package app.ripple.security;

/** What a signed-in person is. Students arrive with the class-tablet feature. */
public enum Role {
    COORDINATOR,
    TEACHER;

    /** The Spring Security authority, as used by {@code @RolesAllowed} and {@code hasRole}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String TEACHER_NAME = "TEACHER";
}

package app.ripple.security;

/** What a signed-in person is. */
public enum Role {
    COORDINATOR,
    TEACHER,
    /** A student signed in on their class's tablet with their picture password. */
    STUDENT;

    /** The Spring Security authority, as used by {@code @RolesAllowed} and {@code hasRole}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String TEACHER_NAME = "TEACHER";
    public static final String STUDENT_NAME = "STUDENT";
}

package app.ripple.security;

/** What a signed-in person is. */
public enum Role {
    /** Runs the district: its schools, their coordinators, the district overview. Belongs to no school. */
    DISTRICT_ADMIN,
    COORDINATOR,
    TEACHER,
    /** A student signed in on their class's tablet with their picture password. */
    STUDENT;

    /** The Spring Security authority, as used by {@code @RolesAllowed} and {@code hasRole}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static final String DISTRICT_ADMIN_NAME = "DISTRICT_ADMIN";
    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String TEACHER_NAME = "TEACHER";
    public static final String STUDENT_NAME = "STUDENT";
}

package app.ripple.school;

import app.ripple.security.Role;

/** A staff account as views see it: never the password hash. */
public record StaffSummary(long id, String name, String email, Role role, String language, boolean active,
        boolean mustChangePassword) {
}

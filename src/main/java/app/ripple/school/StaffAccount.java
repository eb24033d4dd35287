package app.ripple.school;

import app.ripple.security.Role;

/** A staff account row as this package reads it (the password hash never leaves the package). */
record StaffAccount(long id, @org.jspecify.annotations.Nullable Long schoolId, String name, String email, String passwordHash, Role role, String language,
        boolean active, boolean mustChangePassword) {

    StaffSummary toSummary() {
        return new StaffSummary(id, name, email, role, language, active, mustChangePassword);
    }
}

package app.ripple.security;

/** Who is calling a service method: enough to check permissions and write the audit log. */
public record Caller(long staffId, String email, Role role) {

    public boolean isCoordinator() {
        return role == Role.COORDINATOR;
    }
}

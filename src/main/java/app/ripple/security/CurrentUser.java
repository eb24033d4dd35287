package app.ripple.security;

import app.ripple.base.NotAllowedException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The caller of a service method, read from Spring Security. Services use it for ownership checks
 * ("does this teacher teach that class?") on top of the role checks in {@code @PreAuthorize}.
 */
@Component
public class CurrentUser {

    public Optional<Caller> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof RippleUser u) {
            return Optional.of(new Caller(u.staffId(), u.getUsername(), u.role()));
        }
        return Optional.empty();
    }

    /** The student signed in on a class tablet, if the caller is one. */
    public Optional<StudentPrincipal> student() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof StudentPrincipal s) {
            return Optional.of(s);
        }
        return Optional.empty();
    }

    public StudentPrincipal requireStudent() {
        return student().orElseThrow(() -> new NotAllowedException("no student signed in"));
    }

    /** The caller, or {@link NotAllowedException} when nobody (or no staff member) is signed in. */
    public Caller require() {
        return get().orElseThrow(() -> new NotAllowedException("no staff member signed in"));
    }

    /** A name for the audit log, also for anonymous callers (first-run setup, failed sign-ins). */
    public String auditName() {
        return get().map(Caller::email)
                .or(() -> student().map(s -> "student:" + s.studentId()))
                .orElse("anonymous");
    }
}

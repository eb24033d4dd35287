package app.ripple.school;

import app.ripple.security.LoginThrottledException;
import app.ripple.security.RippleUser;
import app.ripple.security.SsoOnlyException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Staff sign-in: checks the throttle first, then the password, and writes every failure and
 * lock-out to the audit log.
 */
@Component
class StaffAuthentication implements AuthenticationProvider {

    private final LoginThrottle throttle;
    private final AuditService audit;
    private final DaoAuthenticationProvider passwords;
    private final StaffSso sso;

    StaffAuthentication(SchoolRows rows, PasswordEncoder passwordEncoder, LoginThrottle throttle,
            AuditService audit, StaffSso sso) {
        this.throttle = throttle;
        this.sso = sso;
        this.audit = audit;
        UserDetailsService users = username -> rows.staffByEmail(username.strip())
                .map(a -> new RippleUser(a.id(), a.schoolId(), a.email(), a.name(), a.role(), a.active(), a.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
    }

    /** Before sign-in nobody has a school yet: the name is looked up in every school of the district. */
    @Override
    public Authentication authenticate(Authentication authentication) {
        return app.ripple.base.SchoolScope.allSchools(() -> authenticateInDistrict(authentication));
    }

    private Authentication authenticateInDistrict(Authentication authentication) {
        String username = String.valueOf(authentication.getPrincipal());
        Optional<Instant> locked = throttle.lockedUntil(username);
        if (locked.isPresent()) {
            audit.recordSignIn(username, AuditService.SignInEvent.LOGIN_REFUSED_LOCKED, "until " + locked.get());
            throw new LoginThrottledException(locked.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            audit.recordSignIn(username, AuditService.SignInEvent.LOGIN_FAILED, e.getClass().getSimpleName());
            Optional<Instant> nowLocked = throttle.recordFailure(username);
            if (nowLocked.isPresent()) {
                audit.recordSignIn(username, AuditService.SignInEvent.LOGIN_LOCKED_OUT, "until " + nowLocked.get());
            }
            throw e;
        }
        throttle.clear(username);
        // "Staff sign in only with the school's provider": the password was right, but only the break-glass
        // coordinator may use it (docs/sso.md).
        if (result.getPrincipal() instanceof RippleUser u && u.schoolId() != null
                && !app.ripple.base.SchoolScope.of(u.schoolId(), () -> sso.passwordAllowed(u.staffId()))) {
            audit.recordSignIn(username, AuditService.SignInEvent.LOGIN_FAILED, "sso-only");
            throw new SsoOnlyException();
        }
        audit.recordSignIn(username, AuditService.SignInEvent.LOGIN, null);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

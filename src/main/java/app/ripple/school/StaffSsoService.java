package app.ripple.school;

import app.ripple.base.InvalidInputException;
import app.ripple.security.Caller;
import app.ripple.security.CurrentUser;
import app.ripple.security.SsoLogin;
import app.ripple.security.StaffOnly;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How staff sign in: the account page's summary and the school setting "staff sign in only with the
 * school's provider" (docs/sso.md).
 */
@Service
public class StaffSsoService {

    /** One provider this staff member has signed in through, and when last. */
    public record ProviderSignIn(String provider, Instant first, Instant last) {
    }

    /** How the caller signs in: their providers, and whether their password still works. */
    public record MySignIn(List<ProviderSignIn> providers, boolean passwordAllowed, boolean breakGlass) {
    }

    /**
     * The school's setting: whether it is on, who keeps a password (break-glass), whether any provider is
     * configured and whether the caller has signed in through one (required to turn it on).
     */
    public record SsoOnlyStatus(boolean on, @Nullable String breakGlassName, boolean providersConfigured,
            boolean callerHasSignedInThroughProvider) {
    }

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final StaffSso sso;
    private final SsoLogin login;
    private final AuditService audit;

    StaffSsoService(JdbcClient jdbc, CurrentUser currentUser, StaffSso sso, SsoLogin login, AuditService audit) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.sso = sso;
        this.login = login;
        this.audit = audit;
    }

    /** The caller's own sign-in methods, for the account page. */
    @StaffOnly
    @Transactional(readOnly = true)
    public MySignIn mySignIn() {
        Caller me = currentUser.require();
        return new MySignIn(providersOf(me.staffId()), sso.passwordAllowed(me.staffId()), isBreakGlass(me.staffId()));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public SsoOnlyStatus ssoOnlyStatus() {
        Caller me = currentUser.require();
        boolean on = jdbc.sql("select staff_sso_only from school where id = ripple_school()").query(Boolean.class).optional()
                .orElse(false);
        String breakGlass = jdbc.sql("""
                select a.name from school s join staff_account a on a.id = s.sso_break_glass_staff_id
                where s.id = ripple_school() and s.staff_sso_only""").query(String.class).optional().orElse(null);
        return new SsoOnlyStatus(on, breakGlass, login.enabled(), !providersOf(me.staffId()).isEmpty());
    }

    /**
     * Turns "staff sign in only with the school's provider" on or off. Turning it on needs a configured
     * provider and a sign-in of the calling coordinator through it, and makes the caller the break-glass
     * account that keeps password sign-in.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void setStaffSsoOnly(boolean on) {
        Caller me = currentUser.require();
        if (on) {
            if (!login.enabled()) {
                throw new InvalidInputException("ssoOnly", "sso.settings.error.noProvider");
            }
            if (providersOf(me.staffId()).isEmpty()) {
                throw new InvalidInputException("ssoOnly", "sso.settings.error.notSignedIn");
            }
            jdbc.sql("update school set staff_sso_only = true, sso_break_glass_staff_id = ?").param(me.staffId()).update();
            audit.record("SCHOOL_SSO_ONLY_ON", "staff:" + me.staffId(), "break-glass password kept by staff:" + me.staffId());
        } else {
            jdbc.sql("update school set staff_sso_only = false, sso_break_glass_staff_id = null").update();
            audit.record("SCHOOL_SSO_ONLY_OFF", null, null);
        }
    }

    private List<ProviderSignIn> providersOf(long staffId) {
        return jdbc.sql("select provider, first_at, last_at from staff_sso_sign_in where staff_id = ? order by last_at desc")
                .param(staffId)
                .query((rs, n) -> new ProviderSignIn(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()))
                .list();
    }

    private boolean isBreakGlass(long staffId) {
        return jdbc.sql("select exists (select 1 from school where staff_sso_only and sso_break_glass_staff_id = ?)")
                .param(staffId).query(Boolean.class).single();
    }
}

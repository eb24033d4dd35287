package app.ripple.school;

import app.ripple.security.Role;
import app.ripple.security.RippleUser;
import app.ripple.security.SsoLogin;
import app.ripple.security.SsoProperties;
import app.ripple.security.SsoRippleUser;
import app.ripple.security.SsoSignInPolicy;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matches a staff member signed in at an OpenID Connect provider to their Ripple account (docs/sso.md):
 * the provider's verified e-mail, case-insensitively, to an active staff account; optionally creates a
 * TEACHER account for an allowed domain. Every sign-in and refusal goes to the audit log with the
 * provider's name. Spring Security has checked {@code state}, the PKCE verifier, the ID token's signature,
 * issuer, audience, expiry and {@code nonce} before this runs.
 */
@Component
public class StaffSso implements OAuth2UserService<OidcUserRequest, OidcUser>, SsoSignInPolicy {

    /** Why Ripple refused a provider's sign-in; the sign-in-refused page explains each. */
    public enum Refusal {
        /** No e-mail, or the provider does not say it verified it. */
        UNVERIFIED,
        /** The e-mail's domain is not one the provider is allowed for. */
        DOMAIN,
        /** No staff account has this e-mail (and just-in-time creation is off). */
        UNKNOWN,
        /** The account is deactivated. */
        DEACTIVATED;

        String code() {
            return SsoLogin.REFUSAL_PREFIX + name().toLowerCase(Locale.ROOT);
        }
    }

    /** What Ripple reads from the provider's ID token (and user info). */
    public record Claims(String subject, @Nullable String email, boolean emailVerified, @Nullable String name) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OidcUserService delegate = new OidcUserService();
    private final SsoLogin sso;
    private final SchoolRows rows;
    private final AuditService audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;

    StaffSso(SsoLogin sso, SchoolRows rows, AuditService audit, JdbcClient jdbc, Clock clock, PasswordEncoder passwordEncoder,
            PlatformTransactionManager transactions) {
        this.sso = sso;
        this.rows = rows;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.passwordEncoder = passwordEncoder;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        String registrationId = request.getClientRegistration().getRegistrationId();
        // Before sign-in nobody has a school yet: the address is looked up in every school of the district.
        RippleUser staff = app.ripple.base.SchoolScope.allSchools(() -> match(registrationId, claims(oidc)));
        return new SsoRippleUser(staff, sso.providerName(registrationId), oidc.getIdToken(), oidc.getUserInfo());
    }

    /**
     * The claims Ripple trusts. {@code email_verified} must be {@code true}; Microsoft Entra ID does not
     * send it, its documented equivalent is the optional claim {@code xms_edov} ("email domain owner
     * verified"), which the tenant adds to the ID token.
     */
    static Claims claims(OidcUser user) {
        Object verified = user.getClaims().get("email_verified");
        Object entraVerified = user.getClaims().get("xms_edov");
        boolean ok = isTrue(verified) || (verified == null && isTrue(entraVerified));
        return new Claims(user.getSubject(), user.getEmail(), ok, user.getFullName());
    }

    private static boolean isTrue(@Nullable Object claim) {
        return Boolean.TRUE.equals(claim) || "true".equalsIgnoreCase(String.valueOf(claim)) || "1".equals(String.valueOf(claim));
    }

    /**
     * The staff account these claims sign in as, or {@link OAuth2AuthenticationException} with a
     * {@link Refusal} code. Records the sign-in (or the refusal) in the audit log.
     */
    public RippleUser match(String registrationId, Claims claims) {
        String provider = sso.providerName(registrationId);
        SsoProperties.Provider config = sso.provider(registrationId)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("unknown_provider")));
        String email = claims.email() == null ? "" : claims.email().strip();
        if (email.isEmpty() || !email.contains("@") || !claims.emailVerified()) {
            throw refuse(email, provider, Refusal.UNVERIFIED);
        }
        String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        if (!config.domains().isEmpty() && !config.domains().contains(domain)) {
            throw refuse(email, provider, Refusal.DOMAIN);
        }
        Optional<StaffAccount> found = rows.staffByEmail(email);
        StaffAccount account;
        if (found.isPresent()) {
            account = found.get();
        } else if (config.createTeachers() && !config.domains().isEmpty()) {
            account = createTeacher(email, claims.name(), provider);
        } else {
            throw refuse(email, provider, Refusal.UNKNOWN);
        }
        if (!account.active()) {
            throw refuse(account.email(), provider, Refusal.DEACTIVATED);
        }
        recordSignIn(account.id(), provider, claims.subject());
        audit.recordSignIn(account.email(), AuditService.SignInEvent.SSO_LOGIN, "provider=" + provider);
        return new RippleUser(account.id(), account.schoolId(), account.email(), account.name(), account.role(), true, null);
    }

    private OAuth2AuthenticationException refuse(String email, String provider, Refusal refusal) {
        audit.recordSignIn(email.isEmpty() ? "anonymous" : email, AuditService.SignInEvent.SSO_LOGIN_REFUSED,
                "provider=" + provider + " reason=" + refusal.name().toLowerCase(Locale.ROOT));
        return new OAuth2AuthenticationException(new OAuth2Error(refusal.code(), "refused: " + refusal, null));
    }

    private StaffAccount createTeacher(String email, @Nullable String name, String provider) {
        return transaction.execute(status -> {
            // A new teacher joins the installation's only open school; in a district with several, a
            // coordinator creates the account first (docs/sso.md).
            List<Long> open = jdbc.sql("select id from school where archived_at is null").query(Long.class).list();
            if (open.size() != 1) {
                throw refuse(email, provider, Refusal.UNKNOWN);
            }
            long schoolId = open.get(0);
            String displayName = name == null || name.isBlank() ? email.substring(0, email.indexOf('@')) : name.strip();
            if (displayName.length() > 100) {
                displayName = displayName.substring(0, 100);
            }
            // No password anybody knows: a random one, hashed; a coordinator's reset gives them one.
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            String hash = passwordEncoder.encode(Base64.getEncoder().encodeToString(secret));
            jdbc.sql("""
                    insert into staff_account (school_id, name, email, password_hash, role, language, active, must_change_password, created_at)
                    values (?, ?, ?, ?, ?, (select default_language from school where id = ?), true, false, ?)""")
                    .params(schoolId, displayName, email, hash, Role.TEACHER.name(), schoolId, Timestamp.from(clock.instant()))
                    .update();
            audit.recordSignIn(email, AuditService.SignInEvent.SSO_ACCOUNT_CREATED, "provider=" + provider + " role=TEACHER");
            return rows.staffByEmail(email).orElseThrow();
        });
    }

    private void recordSignIn(long staffId, String provider, String subject) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into staff_sso_sign_in (staff_id, provider, subject, first_at, last_at, school_id)
                values (?, ?, ?, ?, ?, (select school_id from staff_account where id = ?))
                on conflict (staff_id, provider) do update set subject = excluded.subject, last_at = excluded.last_at""")
                .params(staffId, truncate(provider, 60), truncate(subject, 254), now, now, staffId)
                .update();
    }

    @Override
    public boolean staffSsoOnly() {
        // The sign-in page is the district's: its password form hides only when every open school signs
        // in through its provider only (one school: that school's setting, as before).
        return app.ripple.base.SchoolScope.allSchools(() -> jdbc.sql(
                "select coalesce(bool_and(staff_sso_only), false) from school where archived_at is null").query(Boolean.class).single());
    }

    /** Whether this staff member may still sign in with a password (always, unless "SSO only" is on and they are not the break-glass coordinator). */
    boolean passwordAllowed(long staffId) {
        return jdbc.sql("select not coalesce(bool_or(staff_sso_only and sso_break_glass_staff_id is distinct from ?), false) from school")
                .param(staffId).query(Boolean.class).single();
    }

    @Override
    public void recordFailure(String providerName, String reason) {
        // Nobody is signed in: a district-level entry.
        app.ripple.base.SchoolScope.allSchools(() -> audit.recordSignIn("anonymous", AuditService.SignInEvent.SSO_LOGIN_FAILED,
                "provider=" + providerName + " reason=" + reason));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}

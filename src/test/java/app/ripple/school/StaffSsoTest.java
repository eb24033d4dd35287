package app.ripple.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.InvalidInputException;
import app.ripple.security.RippleUser;
import app.ripple.security.Role;
import app.ripple.security.SsoOnlyException;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.TestPropertySource;

/**
 * Matching a provider's sign-in to a staff account: verified e-mail only, case-insensitive, active accounts
 * only, the domain allow-list and just-in-time TEACHER accounts; and the "SSO only" school setting. The
 * providers here are never contacted (registrations are resolved on first use, and these tests call the
 * matching directly); the browser test signs in through a real provider.
 */
@RippleTest
@TestPropertySource(properties = {
        "ripple.sso.providers.idp.display-name=Test ID",
        "ripple.sso.providers.idp.issuer-uri=http://127.0.0.1:9/never",
        "ripple.sso.providers.idp.client-id=ripple",
        "ripple.sso.providers.strict.issuer-uri=http://127.0.0.1:9/never",
        "ripple.sso.providers.strict.client-id=ripple",
        "ripple.sso.providers.strict.allowed-domains=School.test, @other-school.test",
        "ripple.sso.providers.jit.issuer-uri=http://127.0.0.1:9/never",
        "ripple.sso.providers.jit.client-id=ripple",
        "ripple.sso.providers.jit.allowed-domains=school.test",
        "ripple.sso.providers.jit.create-teachers=true",
        "ripple.sso.providers.anyjit.issuer-uri=http://127.0.0.1:9/never",
        "ripple.sso.providers.anyjit.client-id=ripple",
        "ripple.sso.providers.anyjit.create-teachers=true"})
class StaffSsoTest {

    @Autowired Fixtures fixtures;
    @Autowired StaffSso sso;
    @Autowired StaffSsoService service;
    @Autowired StaffAuthentication passwords;

    long coordinator;
    long teacher;

    @BeforeEach
    void school() {
        fixtures.reset();
        coordinator = fixtures.school();
        teacher = fixtures.teacher("Sam Teacher", "sam@school.test");
    }

    private static StaffSso.Claims verified(String email) {
        return new StaffSso.Claims("sub-" + email, email, true, "Someone New");
    }

    private String refusal(String provider, StaffSso.Claims claims) {
        try {
            sso.match(provider, claims);
        } catch (OAuth2AuthenticationException e) {
            return e.getError().getErrorCode();
        }
        throw new AssertionError("not refused");
    }

    private List<String> audit(String action) {
        return fixtures.jdbc().sql("select actor || ' | ' || coalesce(details, '') from audit_log where action = ? order by id")
                .param(action).query(String.class).list();
    }

    @Test
    void aVerifiedEmailMatchesTheActiveAccountCaseInsensitively() {
        RippleUser user = sso.match("idp", verified("  SAM@School.TEST "));
        assertThat(user.staffId()).isEqualTo(teacher);
        assertThat(user.role()).isEqualTo(Role.TEACHER);
        assertThat(user.getPassword()).isNull();
        assertThat(audit("SSO_LOGIN")).containsExactly("sam@school.test | provider=Test ID");
        assertThat(fixtures.jdbc().sql("select provider from staff_sso_sign_in where staff_id = ?").param(teacher)
                .query(String.class).list()).containsExactly("Test ID");
    }

    @Test
    void anUnverifiedOrMissingEmailIsRefusedAndAudited() {
        assertThat(refusal("idp", new StaffSso.Claims("s1", "sam@school.test", false, null))).isEqualTo("ripple_unverified");
        assertThat(refusal("idp", new StaffSso.Claims("s2", null, true, null))).isEqualTo("ripple_unverified");
        assertThat(audit("SSO_LOGIN_REFUSED")).containsExactly("sam@school.test | provider=Test ID reason=unverified",
                "anonymous | provider=Test ID reason=unverified");
        assertThat(audit("SSO_LOGIN")).isEmpty();
    }

    @Test
    void anUnknownEmailIsRefusedAndAuditedWithoutCreatingAnAccount() {
        assertThat(refusal("idp", verified("new@school.test"))).isEqualTo("ripple_unknown");
        assertThat(audit("SSO_LOGIN_REFUSED")).containsExactly("new@school.test | provider=Test ID reason=unknown");
        assertThat(fixtures.jdbc().sql("select count(*) from staff_account").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aDeactivatedAccountIsRefused() {
        fixtures.jdbc().sql("update staff_account set active = false where id = ?").param(teacher).update();
        assertThat(refusal("idp", verified("sam@school.test"))).isEqualTo("ripple_deactivated");
        assertThat(audit("SSO_LOGIN_REFUSED")).containsExactly("sam@school.test | provider=Test ID reason=deactivated");
    }

    @Test
    void theDomainAllowListRefusesOtherDomains() {
        assertThat(sso.match("strict", verified("sam@school.test")).staffId()).isEqualTo(teacher);
        long other = fixtures.teacher("Olive Other", "olive@other-school.test");
        assertThat(sso.match("strict", verified("OLIVE@other-school.test")).staffId()).isEqualTo(other);
        fixtures.teacher("Eve Elsewhere", "eve@elsewhere.test");
        assertThat(refusal("strict", verified("eve@elsewhere.test"))).isEqualTo("ripple_domain");
        // A look-alike subdomain is another domain.
        assertThat(refusal("strict", verified("sam@evil.school.test"))).isEqualTo("ripple_domain");
    }

    @Test
    void justInTimeCreationMakesATeacherForAnAllowedDomainOnly() {
        RippleUser created = sso.match("jit", verified("New.Teacher@school.test"));
        assertThat(created.role()).isEqualTo(Role.TEACHER);
        assertThat(created.displayName()).isEqualTo("Someone New");
        assertThat(fixtures.jdbc().sql("select role from staff_account where id = ?").param(created.staffId())
                .query(String.class).single()).isEqualTo("TEACHER");
        assertThat(audit("SSO_ACCOUNT_CREATED")).singleElement().asString().startsWith("New.Teacher@school.test | provider=jit");
        // The second sign-in finds the account.
        assertThat(sso.match("jit", verified("new.teacher@school.test")).staffId()).isEqualTo(created.staffId());
        assertThat(refusal("jit", verified("someone@elsewhere.test"))).isEqualTo("ripple_domain");
    }

    @Test
    void justInTimeCreationNeedsAnAllowList() {
        assertThat(refusal("anyjit", verified("anyone@anywhere.test"))).isEqualTo("ripple_unknown");
    }

    @Test
    void entraIdsVerifiedDomainClaimCountsAsVerified() {
        Instant now = Instant.now();
        OidcIdToken entra = new OidcIdToken("t", now, now.plusSeconds(60),
                Map.of("sub", "x", "email", "sam@school.test", "xms_edov", true));
        assertThat(StaffSso.claims(new DefaultOidcUser(List.of(), entra)).emailVerified()).isTrue();
        OidcIdToken unverified = new OidcIdToken("t", now, now.plusSeconds(60),
                Map.of("sub", "x", "email", "sam@school.test", "email_verified", false, "xms_edov", true));
        assertThat(StaffSso.claims(new DefaultOidcUser(List.of(), unverified)).emailVerified()).isFalse();
        OidcIdToken plain = new OidcIdToken("t", now, now.plusSeconds(60), Map.of("sub", "x", "email", "sam@school.test"));
        assertThat(StaffSso.claims(new DefaultOidcUser(List.of(), plain)).emailVerified()).isFalse();
    }

    @Test
    void ssoOnlyNeedsTheCoordinatorsOwnProviderSignInAndKeepsTheirPassword() {
        fixtures.signIn(coordinator);
        assertThat(service.ssoOnlyStatus().callerHasSignedInThroughProvider()).isFalse();
        assertThatThrownBy(() -> service.setStaffSsoOnly(true)).isInstanceOf(InvalidInputException.class);

        sso.match("idp", verified(Fixtures.COORDINATOR_EMAIL));
        service.setStaffSsoOnly(true);
        StaffSsoService.SsoOnlyStatus status = service.ssoOnlyStatus();
        assertThat(status.on()).isTrue();
        assertThat(status.breakGlassName()).isEqualTo("Casey Coordinator");
        assertThat(service.mySignIn().breakGlass()).isTrue();
        assertThat(audit("SCHOOL_SSO_ONLY_ON")).hasSize(1);
        fixtures.signOut();

        // The teacher's correct password is refused, the break-glass coordinator's works.
        assertThatThrownBy(() -> passwords.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("sam@school.test", Fixtures.PASSWORD)))
                .isInstanceOf(SsoOnlyException.class);
        assertThat(audit("LOGIN_FAILED")).containsExactly("sam@school.test | sso-only");
        assertThat(passwords.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(Fixtures.COORDINATOR_EMAIL, Fixtures.PASSWORD)).isAuthenticated())
                .isTrue();

        fixtures.signIn(teacher);
        StaffSsoService.MySignIn mine = service.mySignIn();
        assertThat(mine.passwordAllowed()).isFalse();
        assertThat(mine.providers()).isEmpty();
        fixtures.signIn(coordinator);
        service.setStaffSsoOnly(false);
        fixtures.signIn(teacher);
        assertThat(service.mySignIn().passwordAllowed()).isTrue();
    }

    @Test
    void onlyACoordinatorChangesTheSetting() {
        sso.match("idp", verified("sam@school.test"));
        fixtures.signIn(teacher);
        assertThatThrownBy(() -> service.setStaffSsoOnly(true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.ssoOnlyStatus()).isInstanceOf(AccessDeniedException.class);
        fixtures.signOut();
        assertThatThrownBy(() -> service.mySignIn())
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}

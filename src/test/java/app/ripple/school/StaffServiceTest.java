package app.ripple.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.InvalidInputException;
import app.ripple.security.LoginThrottledException;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;

@RippleTest
class StaffServiceTest {

    @Autowired Fixtures fixtures;
    @Autowired StaffService staff;
    @Autowired SetupService setup;
    @Autowired StaffAuthentication authentication;
    @Autowired AuditService audit;

    long coordinator;
    long teacher;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        coordinator = fixtures.school();
        teacher = fixtures.teacher("Tess Teacher", "tess@test.example");
    }

    private Authentication signIn(String email, String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private long auditCount(String action) {
        return fixtures.jdbc().sql("select count(*) from audit_log where action = ?").param(action).query(Long.class).single();
    }

    @Test
    void fiveFailedSignInsLockTheAccountForFifteenMinutesEvenWithTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn("tess@test.example", "wrong password " + 1))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("TESS@test.example", Fixtures.PASSWORD)).isInstanceOf(LoginThrottledException.class);
        assertThat(auditCount("LOGIN_FAILED")).isEqualTo(5);
        assertThat(auditCount("LOGIN_LOCKED_OUT")).isEqualTo(1);
        assertThat(auditCount("LOGIN_REFUSED_LOCKED")).isEqualTo(1);

        fixtures.clock().advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> signIn("tess@test.example", Fixtures.PASSWORD)).isInstanceOf(LoginThrottledException.class);

        fixtures.clock().advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(signIn("tess@test.example", Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void fourFailuresThenSuccessStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn("tess@test.example", "nope nope nope")).isInstanceOf(BadCredentialsException.class);
        }
        signIn("tess@test.example", Fixtures.PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn("tess@test.example", "nope nope nope")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn("tess@test.example", Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void unknownAccountsAreThrottledLikeRealOnesSoNothingRevealsWhoExists() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn("nobody@test.example", "whatever whatever")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("nobody@test.example", "whatever whatever")).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void deactivatedTeachersCannotSignIn() {
        fixtures.signIn(coordinator);
        staff.setActive(teacher, false);
        fixtures.signOut();
        assertThatThrownBy(() -> signIn("tess@test.example", Fixtures.PASSWORD))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void coordinatorCreatesATeacherWhoMustChangeTheOneTimePassword() {
        fixtures.signIn(coordinator);
        StaffService.OneTimePassword otp = staff.createTeacher("  Nia Nuevo ", "Nia@Test.Example ");
        assertThat(otp.email()).isEqualTo("nia@test.example");
        assertThat(otp.password()).hasSizeGreaterThanOrEqualTo(12);
        fixtures.signOut();

        assertThat(signIn("nia@test.example", otp.password()).isAuthenticated()).isTrue();
        fixtures.signIn(otp.staffId());
        assertThat(staff.me().mustChangePassword()).isTrue();
        assertThat(staff.me().name()).isEqualTo("Nia Nuevo");
        staff.changeOwnPassword(otp.password(), "my own long passphrase", "my own long passphrase");
        assertThat(staff.me().mustChangePassword()).isFalse();
        assertThat(fixtures.jdbc().sql("select password_hash from staff_account where id = ?").param(otp.staffId())
                .query(String.class).single()).doesNotContain(otp.password()).startsWith("{bcrypt}");
    }

    @Test
    void duplicateEmailsAreRefusedWhateverTheirCase() {
        fixtures.signIn(coordinator);
        assertThatThrownBy(() -> staff.createTeacher("Other Tess", "TESS@test.example"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("email")).isTrue());
    }

    @Test
    void passwordRulesRefuseShortCommonAndMismatchedPasswordsAndSaveNothing() {
        fixtures.signIn(teacher);
        String before = fixtures.jdbc().sql("select password_hash from staff_account where id = ?").param(teacher)
                .query(String.class).single();
        assertThatThrownBy(() -> staff.changeOwnPassword(Fixtures.PASSWORD, "short", "short"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::messageKey).contains("password.tooShort"));
        assertThatThrownBy(() -> staff.changeOwnPassword(Fixtures.PASSWORD, "Password1234", "Password1234"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::messageKey).contains("password.common"));
        assertThatThrownBy(() -> staff.changeOwnPassword(Fixtures.PASSWORD, "aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> staff.changeOwnPassword("not my password", "a brand new passphrase", "a brand new passphrase"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("current")).isTrue());
        assertThatThrownBy(() -> staff.changeOwnPassword(Fixtures.PASSWORD, "a brand new passphrase", "a brand new passphrase!"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("repeat")).isTrue());
        assertThat(fixtures.jdbc().sql("select password_hash from staff_account where id = ?").param(teacher)
                .query(String.class).single()).isEqualTo(before);
    }

    @Test
    void teachersCannotUseCoordinatorOperations() {
        fixtures.signIn(teacher);
        assertThatThrownBy(() -> staff.list()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> staff.createTeacher("X Y", "x@test.example")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> staff.setActive(coordinator, false)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> staff.resetPassword(coordinator)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> audit.recent(10)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void anonymousCallersCannotUseStaffOperations() {
        fixtures.signOut();
        assertThatThrownBy(() -> staff.me()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> staff.changeOwnLanguage("es")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> staff.list()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aCoordinatorCannotDeactivateThemselves() {
        fixtures.signIn(coordinator);
        assertThatThrownBy(() -> staff.setActive(coordinator, false)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void resettingAPasswordLiftsTheLockOut() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn("tess@test.example", "wrong wrong wrong")).isInstanceOf(BadCredentialsException.class);
        }
        fixtures.signIn(coordinator);
        StaffService.OneTimePassword otp = staff.resetPassword(teacher);
        fixtures.signOut();
        assertThat(signIn("tess@test.example", otp.password()).isAuthenticated()).isTrue();
    }

    @Test
    void setupRunsOnlyOnce() {
        assertThat(setup.isSetupNeeded()).isFalse();
        assertThatThrownBy(() -> setup.setUp(new SetupService.SetupForm("Second", "UTC", "en", "Eve", "eve@test.example",
                "another long passphrase"))).isInstanceOf(IllegalStateException.class);
        assertThat(fixtures.jdbc().sql("select count(*) from school").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void setupValidatesEveryFieldAndSavesNothingWhenOneIsWrong() {
        fixtures.reset();
        assertThatThrownBy(() -> setup.setUp(new SetupService.SetupForm(" ", "Mars/Olympus", "xx", "", "not-an-email", "123")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .contains("schoolName", "timeZone", "language", "coordinatorName", "email", "password"));
        assertThat(setup.isSetupNeeded()).isTrue();
        assertThat(fixtures.jdbc().sql("select count(*) from school").query(Long.class).single()).isZero();
    }

    @Test
    void theAuditLogRefusesUpdatesAndDeletes() {
        assertThatThrownBy(() -> fixtures.jdbc().sql("update audit_log set actor = 'someone else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> fixtures.jdbc().sql("delete from audit_log").update()).hasMessageContaining("append-only");
    }
}

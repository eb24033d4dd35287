package app.ripple.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.school.AuditService.AuditEntry;
import app.ripple.school.AuditService.AuditFilter;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authorization.AuthorizationDeniedException;

@RippleTest
class AuditLogTest {

    @Autowired Fixtures fixtures;
    @Autowired AuditService audit;

    long coordinator;
    long teacher;

    @BeforeEach
    void school() {
        fixtures.reset();
        coordinator = fixtures.school();
        teacher = fixtures.teacher("Tess Teacher", "tess@test.example");
    }

    private long count() {
        return fixtures.jdbc().sql("select count(*) from audit_log").query(Long.class).single();
    }

    @Test
    void noPublicMethodLetsACallerChooseTheActor() {
        // Public writers name the caller (CurrentUser), a tablet or the system; the two that take an
        // account name (sign-in attempts, first-run setup) are package-private to this module.
        java.util.Set<String> publicWriters = new java.util.TreeSet<>();
        for (java.lang.reflect.Method m : AuditService.class.getDeclaredMethods()) {
            if (java.lang.reflect.Modifier.isPublic(m.getModifiers()) && m.getName().startsWith("record")) {
                publicWriters.add(m.getName() + java.util.Arrays.toString(m.getParameterTypes()));
            }
        }
        assertThat(publicWriters).containsExactlyInAnyOrder(
                "record[class java.lang.String, class java.lang.String, class java.lang.String]",
                "recordRead[class java.lang.String, class java.lang.String, class java.lang.String]",
                "recordTabletEvent[long, class app.ripple.school.AuditService$TabletEvent, class java.lang.String, class java.lang.String]",
                "recordSystemJob[class java.lang.String, class java.lang.String, class java.lang.String, class java.lang.String]");
    }

    @Test
    void aSignedInCallerIsRecordedAsThemselvesAndCannotWriteAsTheSystem() {
        fixtures.signIn(teacher);
        audit.record("CLASS_CREATED", "class:1", "as coordinator@test.example, please");
        audit.recordRead("ROSTER_VIEWED", "class:1", null);
        assertThat(fixtures.jdbc().sql("select distinct actor from audit_log where action in ('CLASS_CREATED', 'ROSTER_VIEWED')")
                .query(String.class).list()).containsExactly("tess@test.example");

        long before = count();
        assertThatThrownBy(() -> audit.recordSystemJob("retention", "RETENTION_RUN", null, "forged"))
                .isInstanceOf(app.ripple.base.NotAllowedException.class);
        assertThat(count()).isEqualTo(before);

        // A tablet event is always written as a tablet, never as a person.
        audit.recordTabletEvent(7, AuditService.TabletEvent.KIOSK_SIGN_IN_FAILED, "student:3", null);
        assertThat(fixtures.jdbc().sql("select actor from audit_log where action = 'KIOSK_SIGN_IN_FAILED'").query(String.class).single())
                .isEqualTo("tablet:7");

        fixtures.signOut();
        audit.recordSystemJob("retention", "RETENTION_RUN", null, "nightly");
        assertThat(fixtures.jdbc().sql("select actor from audit_log where action = 'RETENTION_RUN'").query(String.class).single())
                .isEqualTo("system:retention");
        assertThatThrownBy(() -> audit.recordSystemJob("coordinator@test.example", "X", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theApplicationCannotUpdateDeleteOrTruncateAuditRows() throws Exception {
        fixtures.signIn(teacher);
        audit.record("CLASS_CREATED", "class:1", "4B");
        long rows = count();
        String before = fixtures.jdbc().sql("select string_agg(id || action || coalesce(details, ''), ',' order by id) from audit_log")
                .query(String.class).single();

        assertThatThrownBy(() -> fixtures.jdbc().sql("update audit_log set details = 'nothing happened'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> fixtures.jdbc().sql("delete from audit_log where action = 'CLASS_CREATED'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        // The app's runtime role may not truncate at all (docs/district.md); the owner is refused by the trigger.
        assertThatThrownBy(() -> fixtures.jdbc().sql("truncate audit_log").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> fixtures.jdbc().sql("truncate audit_log, school cascade").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        try (java.sql.Connection owner = app.ripple.testsupport.TestDatabase.ownerConnection(app.ripple.testsupport.TestDatabase.jdbcUrl());
                java.sql.Statement s = owner.createStatement()) {
            assertThatThrownBy(() -> s.execute("truncate audit_log")).hasMessageContaining("append-only");
        }

        assertThat(count()).isEqualTo(rows);
        assertThat(fixtures.jdbc().sql("select string_agg(id || action || coalesce(details, ''), ',' order by id) from audit_log")
                .query(String.class).single()).isEqualTo(before);
    }

    @Test
    void theViewerFiltersByDateActorActionAndTargetAndPagesNewestFirst() {
        fixtures.signIn(teacher);
        for (int i = 1; i <= 30; i++) {
            audit.record("ROSTER_IMPORTED", "class:" + i, "row " + i);
        }
        fixtures.clock().advance(Duration.ofDays(2));
        audit.record("CLASS_ARCHIVED", "class:7", null);
        fixtures.signIn(coordinator);
        audit.record("STUDENT_ERASED", "student:12", "ref E-1");

        assertThat(audit.count(new AuditFilter(null, null, "TESS@", null, null))).isEqualTo(31);
        assertThat(audit.count(new AuditFilter(null, null, null, "ROSTER_IMPORTED", null))).isEqualTo(30);
        assertThat(audit.count(new AuditFilter(null, null, null, null, "class:7"))).isEqualTo(2);
        Instant twoDaysOn = fixtures.clock().instant().minus(Duration.ofHours(1));
        assertThat(audit.count(new AuditFilter(twoDaysOn, null, null, null, null))).isEqualTo(2);
        assertThat(audit.count(new AuditFilter(null, twoDaysOn, "tess", null, null))).isEqualTo(30);

        AuditFilter imports = new AuditFilter(null, null, null, "ROSTER_IMPORTED", null);
        assertThat(audit.page(imports, 0, 10)).extracting(AuditEntry::target).first().isEqualTo("class:30");
        assertThat(audit.page(imports, 25, 10)).extracting(AuditEntry::target)
                .containsExactly("class:5", "class:4", "class:3", "class:2", "class:1");
        assertThat(audit.actions()).contains("ROSTER_IMPORTED", "CLASS_ARCHIVED", "STUDENT_ERASED", "AUDIT_LOG_VIEWED");
        // Wildcards are plain text, not patterns.
        assertThat(audit.count(new AuditFilter(null, null, "%", null, null))).isZero();
    }

    @Test
    void viewingTheLogAndReadsAreRecordedOnceInTenMinutes() {
        fixtures.signIn(coordinator);
        audit.page(AuditFilter.none(), 0, 50);
        audit.page(AuditFilter.none(), 50, 50);
        audit.page(AuditFilter.none(), 0, 50);
        assertThat(fixtures.jdbc().sql("select count(*) from audit_log where action = 'AUDIT_LOG_VIEWED'").query(Long.class).single())
                .isEqualTo(1);
        fixtures.clock().advance(Duration.ofMinutes(11));
        audit.page(AuditFilter.none(), 0, 50);
        audit.recordRead("ROSTER_VIEWED", "class:1", null);
        audit.recordRead("ROSTER_VIEWED", "class:2", null);
        audit.recordRead("ROSTER_VIEWED", "class:1", null);
        assertThat(fixtures.jdbc().sql("select count(*) from audit_log where action = 'AUDIT_LOG_VIEWED'").query(Long.class).single())
                .isEqualTo(2);
        assertThat(fixtures.jdbc().sql("select count(*) from audit_log where action = 'ROSTER_VIEWED'").query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void theCsvExportQuotesDefusesFormulasAndIsItselfAudited() throws Exception {
        fixtures.signIn(teacher);
        audit.record("CONCERN_PHRASE_ADDED", null, "en: \"hurt\", =cmd|' /C calc'!A0\nsecond line");
        fixtures.signIn(coordinator);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = audit.exportCsv(new AuditFilter(null, null, null, "CONCERN_PHRASE_ADDED", null), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(rows).isEqualTo(1);
        // UTF-8 with a byte-order mark like every other CSV, so spreadsheet programs keep the accents
        assertThat(csv).startsWith("\uFEFFid,at,actor,action,target,details\r\n")
                .contains(",tess@test.example,CONCERN_PHRASE_ADDED,,\"en: \"\"hurt\"\", =cmd|' /C calc'!A0\nsecond line\"\r\n");
        assertThat(fixtures.jdbc().sql("select details from audit_log where action = 'AUDIT_EXPORTED'").query(String.class).single())
                .isEqualTo("action=CONCERN_PHRASE_ADDED");
    }

    @Test
    void onlyCoordinatorsReadOrExportTheLog() {
        fixtures.signIn(teacher);
        assertThatThrownBy(() -> audit.page(AuditFilter.none(), 0, 10)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> audit.count(AuditFilter.none())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> audit.actions()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> audit.exportCsv(AuditFilter.none(), new ByteArrayOutputStream()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}

package app.ripple.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.InvalidInputException;
import app.ripple.privacy.RetentionService.ClassDue;
import app.ripple.privacy.RetentionService.ClassWaiting;
import app.ripple.privacy.RetentionService.Preview;
import app.ripple.privacy.RetentionService.Run;
import app.ripple.school.SchoolService;
import app.ripple.testsupport.RippleTest;
import app.ripple.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;

@RippleTest
class RetentionServiceTest {

    @Autowired ApplicationContext context;
    PrivacyFixtures data;
    @Autowired RetentionService retention;
    @Autowired RetentionRunner runner;
    @Autowired SchoolService school;

    long oldClass;
    long recentClass;
    long noTermClass;
    long oldA;
    long oldB;
    long recentStudent;
    long noTermStudent;

    long oldTerm;
    long recentTerm;

    /**
     * Today is 2026-11-25 (school in Europe/Madrid): one class of a term that ended in June 2025 and
     * was closed in July 2025, one of a term that ended last summer (not closed), one without a term.
     */
    @BeforeEach
    void classesOfOldAndRecentTerms() {
        data = new PrivacyFixtures(context);
        data.school();
        oldTerm = data.term("Spring 2025", LocalDate.of(2025, 1, 8), LocalDate.of(2025, 6, 30));
        recentTerm = data.term("Spring 2026", LocalDate.of(2026, 1, 8), LocalDate.of(2026, 7, 15));
        oldClass = data.classIn(oldTerm, "3A 2025");
        recentClass = data.classIn(recentTerm, "4A 2026");
        noTermClass = data.classIn(null, "Club");
        oldA = data.student(oldClass, "Olga A.");
        oldB = data.student(oldClass, "Omar B.");
        recentStudent = data.student(recentClass, "Rita C.");
        noTermStudent = data.student(noTermClass, "Nico D.");
        data.fillEverything(oldClass, oldTerm, oldA, "Olga's act");
        data.fillEverything(recentClass, recentTerm, recentStudent, "Rita's act");
        closeAt(oldTerm, Instant.parse("2025-07-02T10:00:00Z"));
        data.fixtures.signIn(data.coordinator);
    }

    /** Closes the term through the service as if it were {@code when}, then puts the clock back. */
    private void closeAt(long termId, Instant when) {
        Instant now = data.fixtures.clock().instant();
        data.fixtures.clock().set(when);
        try {
            data.fixtures.signIn(data.coordinator);
            school.closeTerm(termId);
        } finally {
            data.fixtures.clock().set(now);
        }
    }

    @Test
    void retentionIsOffByDefaultAndDeletesNothing() {
        assertThat(school.retentionMonths()).isEmpty();
        assertThat(retention.preview().months()).isNull();
        assertThat(retention.preview().classes()).isEmpty();
        assertThat(retention.runNow()).isEmpty();
        assertThat(runner.runScheduled()).isEmpty();
        assertThat(data.rowsOf(oldA).get("student")).isEqualTo(1);
    }

    @Test
    void theDryRunShowsExactlyWhatTheRealRunDeletesAndASecondRunDeletesNothing() {
        school.updateRetentionMonths(12);
        Preview preview = retention.preview();
        assertThat(preview.cutoff()).isEqualTo(LocalDate.of(2025, 11, 25));
        assertThat(preview.classes()).extracting(ClassDue::classId, ClassDue::students).containsExactly(org.assertj.core.groups.Tuple.tuple(oldClass, 2));
        assertThat(data.rowsOf(oldA).get("student")).as("the dry run deletes nothing").isEqualTo(1);

        Run run = retention.runNow().orElseThrow();
        assertThat(run.students()).isEqualTo(preview.students());
        assertThat(run.classes()).isEqualTo(preview.classes().size());
        assertThat(run.rowsDeleted()).isGreaterThan(2);
        assertThat(run.details()).contains("class:" + oldClass).doesNotContain("Olga").doesNotContain("3A");
        assertThat(data.rowsOf(oldA).values()).allMatch(n -> n == 0);
        assertThat(data.rowsOf(oldB).values()).allMatch(n -> n == 0);
        assertThat(data.rowsOf(recentStudent).values()).allMatch(n -> n > 0);
        assertThat(data.rowsOf(noTermStudent).get("student")).isEqualTo(1);
        assertThat(data.fixtures.jdbc().sql("select count(*) from school_class").query(Long.class).single())
                .as("classes stay").isEqualTo(3);

        assertThat(retention.preview().classes()).isEmpty();
        Run second = retention.runNow().orElseThrow();
        assertThat(second.students()).isZero();
        assertThat(second.rowsDeleted()).isZero();
        assertThat(retention.recentRuns(10)).extracting(Run::students).containsExactly(0, 2);
        assertThat(data.fixtures.jdbc().sql("select count(*) from audit_log where action = 'RETENTION_RUN'").query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void theDailyRunHappensOncePerSchoolDayAsTheSystem() {
        school.updateRetentionMonths(12);
        data.fixtures.signOut();
        Optional<Run> first = runner.runScheduled();
        assertThat(first).map(Run::students).hasValue(2);
        assertThat(first).map(Run::actor).hasValue("system:retention");
        assertThat(runner.runScheduled()).as("same day").isEmpty();
        data.fixtures.clock().advance(Duration.ofDays(1));
        assertThat(runner.runScheduled()).map(Run::students).hasValue(0);
        assertThat(data.fixtures.jdbc().sql("select actor from audit_log where action = 'RETENTION_RUN' order by id")
                .query(String.class).list()).containsExactly("system:retention", "system:retention");
    }

    @Test
    void aRunWaitsForNoOneWhenAnotherNodeHoldsTheLock() throws Exception {
        school.updateRetentionMonths(12);
        try (Connection other = DriverManager.getConnection(TestDatabase.jdbcUrl(), System.getProperty("spring.datasource.username"),
                System.getProperty("spring.datasource.password"));
                Statement st = other.createStatement()) {
            try (ResultSet rs = st.executeQuery("select pg_advisory_lock(" + RetentionRunner.LOCK_KEY + ")")) {
                rs.next();
            }
            assertThat(runner.runScheduled()).isEmpty();
            assertThat(retention.runNow()).isEmpty();
            assertThat(data.rowsOf(oldA).get("student")).isEqualTo(1);
            st.execute("select pg_advisory_unlock(" + RetentionRunner.LOCK_KEY + ")");
        }
        assertThat(runner.runScheduled()).map(Run::students).hasValue(2);
    }

    @Test
    void theSettingIsCheckedAndAudited() {
        assertThatThrownBy(() -> school.updateRetentionMonths(0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("retentionMonths")).isTrue());
        assertThatThrownBy(() -> school.updateRetentionMonths(121)).isInstanceOf(InvalidInputException.class);
        school.updateRetentionMonths(24);
        assertThat(school.retentionMonths()).hasValue(24);
        school.updateRetentionMonths(null);
        assertThat(school.retentionMonths()).isEmpty();
        assertThat(data.fixtures.jdbc().sql("select details from audit_log where action = 'RETENTION_SETTING_CHANGED' order by id")
                .query(String.class).list()).containsExactly("24 months", "off");
    }

    @Test
    void teachersCannotSeeOrChangeRetention() {
        data.fixtures.signIn(data.teacher);
        assertThatThrownBy(() -> retention.preview()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> retention.runNow()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> retention.recentRuns(5)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> school.updateRetentionMonths(6)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void aTermClosedLongAgoIsDueAndCountsFromItsClosingDay() {
        school.updateRetentionMonths(3);
        Preview preview = retention.preview();
        assertThat(preview.cutoff()).isEqualTo(LocalDate.of(2026, 8, 25));
        assertThat(preview.classes()).singleElement().satisfies(c -> {
            assertThat(c.classId()).isEqualTo(oldClass);
            assertThat(c.termEnd()).isEqualTo(LocalDate.of(2025, 6, 30));
            assertThat(c.countsFrom()).isEqualTo(LocalDate.of(2025, 7, 2));
            assertThat(c.students()).isEqualTo(2);
        });
        Run run = retention.runNow().orElseThrow();
        assertThat(run.details()).contains("class:" + oldClass + " (term closed 2025-07-02)=2 students");
    }

    @Test
    void aTermClosedRecentlyIsNotDueEvenIfItEndedLongAgo() {
        // Ended 2026-07-15, more than 3 months ago; closed only last week.
        closeAt(recentTerm, Instant.parse("2026-11-18T12:00:00Z"));
        school.updateRetentionMonths(3);
        Preview preview = retention.preview();
        assertThat(preview.classes()).extracting(ClassDue::classId).containsExactly(oldClass);
        assertThat(preview.waiting()).isEmpty();
        retention.runNow().orElseThrow();
        assertThat(data.rowsOf(recentStudent).values()).allMatch(n -> n > 0);

        // Four months later (2027-03-25; cutoff 2026-12-25) it is due.
        data.fixtures.clock().advance(Duration.ofDays(120));
        assertThat(retention.preview().classes()).extracting(ClassDue::classId).containsExactly(recentClass);
    }

    @Test
    void aTermThatEndedButWasNeverClosedIsNotDueAndIsListedAsWaiting() {
        long autumn = data.term("Autumn 2024", LocalDate.of(2024, 9, 9), LocalDate.of(2024, 12, 20));
        long openClass = data.classIn(autumn, "2B 2024");
        long pia = data.student(openClass, "Pia E.");
        data.student(openClass, "Pau F.");
        data.fixtures.signIn(data.coordinator);
        school.updateRetentionMonths(3);

        Preview preview = retention.preview();
        assertThat(preview.classes()).extracting(ClassDue::classId).containsExactly(oldClass);
        assertThat(preview.waiting()).extracting(ClassWaiting::classId, ClassWaiting::termEnd, ClassWaiting::students)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(openClass, LocalDate.of(2024, 12, 20), 2),
                        org.assertj.core.groups.Tuple.tuple(recentClass, LocalDate.of(2026, 7, 15), 1));
        assertThat(retention.runNow().orElseThrow().students()).isEqualTo(2);
        assertThat(data.rowsOf(pia).get("student")).as("an open term waits, however long ago it ended").isEqualTo(1);
        assertThat(data.rowsOf(recentStudent).get("student")).isEqualTo(1);

        // Closing it today starts the clock today: still not due, no longer waiting.
        school.closeTerm(autumn);
        assertThat(retention.preview().classes()).isEmpty();
        assertThat(retention.preview().waiting()).extracting(ClassWaiting::classId).containsExactly(recentClass);
    }

    @Test
    void reopeningATermStopsTheClockAndClosingAgainRestartsIt() {
        school.updateRetentionMonths(3);
        school.reopenTerm(oldTerm);
        assertThat(data.fixtures.jdbc().sql("select closed_at is null from term where id = ?").param(oldTerm).query(Boolean.class).single())
                .as("reopening clears the closing time").isTrue();
        Preview reopened = retention.preview();
        assertThat(reopened.classes()).isEmpty();
        assertThat(reopened.waiting()).extracting(ClassWaiting::classId).contains(oldClass);

        school.closeTerm(oldTerm);
        assertThat(retention.preview().classes()).as("closed again today").isEmpty();
    }

    @Test
    void theClosingDayIsTheSchoolsDayAndATermClosedEarlyCountsFromItsEnd() {
        // 2026-08-24 22:30 UTC is already 2026-08-25 in Madrid: not before the cutoff 2026-08-25.
        closeAt(recentTerm, Instant.parse("2026-08-24T22:30:00Z"));
        school.updateRetentionMonths(3);
        assertThat(retention.preview().classes()).extracting(ClassDue::classId).containsExactly(oldClass);
        data.fixtures.clock().advance(Duration.ofDays(1));
        assertThat(retention.preview().classes()).extracting(ClassDue::classId).containsExactly(oldClass, recentClass);

        // Closed in June, before it ended in July: counts from the end date (2026-07-15).
        school.reopenTerm(recentTerm);
        closeAt(recentTerm, Instant.parse("2026-06-01T10:00:00Z"));
        school.updateRetentionMonths(5); // cutoff 2026-06-26 (today 2026-11-26)
        assertThat(retention.preview().classes()).extracting(ClassDue::classId).containsExactly(oldClass);
        assertThat(retention.preview().classes().getFirst().countsFrom()).isEqualTo(LocalDate.of(2025, 7, 2));
    }
}

package app.ripple.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.InvalidInputException;
import app.ripple.privacy.RetentionService.ClassDue;
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

    /** Today is 2026-11-25: one class of a term that ended in June 2025, one of last summer, one without a term. */
    @BeforeEach
    void classesOfOldAndRecentTerms() {
        data = new PrivacyFixtures(context);
        data.school();
        long oldTerm = data.term("Spring 2025", LocalDate.of(2025, 1, 8), LocalDate.of(2025, 6, 30));
        long recentTerm = data.term("Spring 2026", LocalDate.of(2026, 1, 8), LocalDate.of(2026, 7, 15));
        oldClass = data.classIn(oldTerm, "3A 2025");
        recentClass = data.classIn(recentTerm, "4A 2026");
        noTermClass = data.classIn(null, "Club");
        oldA = data.student(oldClass, "Olga A.");
        oldB = data.student(oldClass, "Omar B.");
        recentStudent = data.student(recentClass, "Rita C.");
        noTermStudent = data.student(noTermClass, "Nico D.");
        data.fillEverything(oldClass, oldTerm, oldA, "Olga's act");
        data.fillEverything(recentClass, recentTerm, recentStudent, "Rita's act");
        data.fixtures.signIn(data.coordinator);
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
}

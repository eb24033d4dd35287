package app.ripple.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.NotAllowedException;
import app.ripple.testsupport.RippleTest;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Teacher A cannot read or export anything of teacher B's class; coordinators see every class. */
@RippleTest
class ReportAuthorizationTest {

    @Autowired org.springframework.context.ApplicationContext context;
    ReportFixtures f;

    void reportFixtures() {
        f = ReportFixtures.from(context);
    }
    @Autowired ReportService reports;

    long teacherA;
    long teacherB;
    long classOfA;
    long classOfB;

    @BeforeEach
    void twoTeachers() {
        reportFixtures();
        ReportFixtures.TwoClasses two = f.twoTeachersWithAClassEach("A's class", "B's class");
        teacherA = two.teacherA();
        teacherB = two.teacherB();
        classOfA = two.classOfA();
        classOfB = two.classOfB();
        f.students(teacherB, classOfB, "Zoë K.");
    }

    private void deniedToA(ThrowingCallable call) {
        f.fixtures.signIn(teacherA);
        assertThatThrownBy(call).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void teacherACannotReadOrExportTeacherBsClass() {
        Locale en = Locale.ENGLISH;
        deniedToA(() -> reports.classReport(classOfB, en));
        deniedToA(() -> reports.pdf(classOfB, en));
        deniedToA(() -> reports.familyPages(classOfB, en));
        for (ReportService.CsvKind kind : ReportService.CsvKind.values()) {
            deniedToA(() -> reports.csv(classOfB, kind, en));
        }
        deniedToA(() -> reports.json(classOfB, en));
        deniedToA(() -> reports.highlightCandidates(classOfB, en));
        deniedToA(() -> reports.note(classOfB));
        deniedToA(() -> reports.saveNote(classOfB, List.of(), "mine"));
        deniedToA(() -> reports.pdf(999_999, en));
        f.fixtures.signIn(teacherA);
        assertThatThrownBy(() -> reports.bulkZip(f.termId, en, (d, t) -> { })).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(reports.reportList()).extracting(ReportData.ReportListItem::classId).containsExactly(classOfA);
        assertThat(f.jdbc().sql("select count(*) from audit_log where action like 'REPORT%' or action like 'FAMILY%'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void coordinatorsSeeAndExportEveryClass() {
        f.fixtures.signIn(f.coordinator);
        assertThat(reports.reportList()).extracting(ReportData.ReportListItem::classId).containsExactlyInAnyOrder(classOfA, classOfB);
        assertThat(reports.pdf(classOfB, Locale.ENGLISH)).isNotEmpty();
    }

    @Test
    void anonymousCallersGetNothing() {
        f.fixtures.signOut();
        assertThatThrownBy(() -> reports.pdf(classOfB, Locale.ENGLISH)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> reports.reportList()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theTermArchiveListsOnlyClosedTermsAndOnlyTheTeachersOwnClasses() {
        f.fixtures.signIn(teacherA);
        assertThat(reports.termArchive(f.termId)).isEmpty();
        f.fixtures.signIn(f.coordinator);
        f.school.closeTerm(f.termId);
        assertThat(reports.termArchive(f.termId)).hasSize(2);
        f.fixtures.signIn(teacherA);
        assertThat(reports.termArchive(f.termId)).extracting(ReportData.ReportListItem::classId).containsExactly(classOfA);
    }
}

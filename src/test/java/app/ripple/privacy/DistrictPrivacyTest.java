package app.ripple.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.NotAllowedException;
import app.ripple.base.SchoolScope;
import app.ripple.classroom.StudentDirectory.StudentRef;
import app.ripple.hardening.OtherSchool;
import app.ripple.testsupport.ViewTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Privacy requests across the district (docs/district.md): the district administrator runs a school's
 * search, export and erasure inside that school's scope, audited in that school under their name; never
 * in the all-schools scope; and a coordinator still reaches only their own school's students.
 */
class DistrictPrivacyTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired PrivacyService privacy;

    long coordinatorA;
    long admin;
    OtherSchool b;

    @BeforeEach
    void twoSchools() {
        fixtures.reset();
        coordinatorA = fixtures.school();
        admin = fixtures.districtAdmin("district@test.example");
        b = new OtherSchool(context, "Zephyr").build();
        fixtures.signOut();
    }

    private String auditOf(String action) {
        return SchoolScope.allSchools(() -> fixtures.jdbc().sql(
                        "select actor || '|' || coalesce(school_id::text, 'district') from audit_log where action = ? order by id")
                .param(action).query(String.class).list().toString());
    }

    private boolean studentExists(long id) {
        return SchoolScope.allSchools(() -> fixtures.jdbc().sql("select count(*) from student where id = ?").param(id)
                .query(Integer.class).single()) == 1;
    }

    @Test
    void theDistrictAdministratorExportsAStudentOfAnotherSchoolInsideThatSchoolsScope() {
        fixtures.signIn(admin);
        assertThat(SchoolScope.of(b.schoolId, () -> privacy.find(null, "zephyr"))).extracting(StudentRef::id)
                .containsExactly(b.studentId);
        PrivacyService.Export export = SchoolScope.of(b.schoolId, () -> privacy.export(b.studentId));
        String json = new String(export.json(), StandardCharsets.UTF_8);
        assertThat(json).contains("Zephyr Student").contains("\"exportedBy\" : \"district@test.example\"");
        fixtures.signOut();
        assertThat(auditOf("STUDENT_DATA_EXPORTED")).isEqualTo("[district@test.example|" + b.schoolId + "]");
    }

    @Test
    void theDistrictAdministratorIsRefusedOutsideOneSchoolsScope() {
        fixtures.signIn(admin);
        assertThatThrownBy(() -> privacy.find(null, "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> privacy.export(b.studentId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SchoolScope.allSchools(() -> privacy.erase(b.studentId, "Zephyr Student")))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.signOut();
        assertThat(studentExists(b.studentId)).isTrue();
        assertThat(auditOf("STUDENT_ERASED")).isEqualTo("[]");
    }

    @Test
    void aCoordinatorCannotReachAnotherSchoolsStudent() {
        fixtures.signIn(coordinatorA);
        assertThat(privacy.find(null, "zephyr")).isEmpty();
        assertThatThrownBy(() -> privacy.export(b.studentId)).isInstanceOf(NotAllowedException.class);
        // Erasing an id that is not the school's erases nothing (the same answer as a student already gone).
        assertThat(privacy.erase(b.studentId, "Zephyr Student").total()).isZero();
        fixtures.signOut();
        assertThat(studentExists(b.studentId)).isTrue();
        assertThat(auditOf("STUDENT_DATA_EXPORTED")).isEqualTo("[]");
    }

    @Test
    void theDistrictPrivacyPageChoosesASchoolThenFindsAndErasesItsStudent() {
        signInAs(admin);
        DistrictPrivacyView view = navigate(DistrictPrivacyView.class);
        assertThat(view.requests).isNull();
        test(view.school).selectItem("Zephyr School");
        StudentRequestsCard card = view.requests;
        assertThat(card).isNotNull();
        assertThat(card.classFilter.isVisible()).isFalse();
        assertThat(test(card.students).size()).isEqualTo(1);
        assertThat(test(card.students).getRow(0).displayName()).isEqualTo("Zephyr Student");

        card.openErase(test(card.students).getRow(0));
        test(card.confirmName).setValue("Zephyr Student");
        test(card.confirmErase).click();
        assertThat(card.receiptDialog).isNotNull();
        assertThat(card.receiptDialog.isOpened()).isTrue();
        assertThat(test(card.students).size()).isZero();
        assertThat(studentExists(b.studentId)).isFalse();
        assertThat(auditOf("STUDENT_ERASED")).isEqualTo("[district@test.example|" + b.schoolId + "]");

        // The fixture school's own page is untouched: its coordinator still sees only their school.
        test(view.school).selectItem("Test School");
        assertThat(test(view.requests.students).size()).isZero();
    }
}

package app.ripple.lesson.checks;

import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassRecords;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.KioskService;
import app.ripple.classroom.RosterService;
import app.ripple.classroom.TabletService;
import app.ripple.school.SchoolService;
import app.ripple.security.KioskSession;
import app.ripple.testsupport.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;

/** A school with a running term and classes with students and a tablet, built through the real services. */
@TestComponent
class AttitudeFixtures {

    @Autowired Fixtures fixtures;
    @Autowired SchoolService school;
    @Autowired ClassService classes;
    @Autowired RosterService roster;
    @Autowired TabletService tablets;
    @Autowired KioskService kiosk;
    @Autowired KioskSession kioskSession;
    @Autowired CheckService checks;
    @Autowired ConsentService consent;

    long coordinator;
    long termId;

    /** A class of one teacher with a tablet. */
    record TestClass(long teacher, long classId, String token, List<Long> students) {
    }

    void school() {
        coordinator = fixtures.school();
        fixtures.signIn(coordinator);
        // The test clock stands at 2026-11-25.
        termId = school.addTerm("Autumn 2026", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 20)).id();
    }

    TestClass classWith(String teacherEmail, String name, int students) {
        long teacher = fixtures.teacher("Teacher " + name, teacherEmail);
        fixtures.signIn(teacher);
        long classId = classes.create(new ClassRecords.ClassForm(name, AgeBand.AGES_9_11, termId, List.of(teacher), 60));
        String token = tablets.bind(classId, "Tablet").token();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < students; i++) {
            ids.add(roster.addStudent(classId, new ClassRecords.StudentForm("Student " + (char) ('A' + i) + ".", null, null)));
        }
        fixtures.signOut();
        return new TestClass(teacher, classId, token, ids);
    }

    /** Records a family's yes for every student of the class. */
    void consentAll(TestClass c, String code) {
        fixtures.signIn(c.teacher());
        c.students().forEach(s -> consent.record(c.classId(), s, code, true));
        fixtures.signOut();
    }

    long open(TestClass c, String code, AttitudeRecords.Phase phase) {
        fixtures.signIn(c.teacher());
        long id = checks.open(c.classId(), code, phase);
        fixtures.signOut();
        return id;
    }

    void close(TestClass c, long checkId) {
        fixtures.signIn(c.teacher());
        checks.close(checkId);
        fixtures.signOut();
    }

    /** Signs the student in on the class tablet, as the picture password would. */
    void signInStudent(TestClass c, long studentId) {
        fixtures.signOut();
        List<String> pictures = List.of(fixtures.jdbc().sql("select picture_password from student where id = ?").param(studentId)
                .query(String.class).single().split(","));
        KioskService.SignInResult r = kiosk.signIn(c.token(), studentId, pictures);
        kioskSession.signIn(r.student());
    }

    void answer(TestClass c, long studentId, long checkId, List<Integer> answers) {
        signInStudent(c, studentId);
        checks.answer(checkId, answers);
        kioskSession.signOut();
        fixtures.signOut();
    }
}

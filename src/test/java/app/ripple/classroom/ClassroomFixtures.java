package app.ripple.classroom;

import app.ripple.classroom.ClassRecords.ClassForm;
import app.ripple.classroom.ClassRecords.StudentForm;
import app.ripple.testsupport.Fixtures;
import java.util.List;

/** Small helpers to build classes and rosters through the real services. */
final class ClassroomFixtures {

    private ClassroomFixtures() {
    }

    static long classOf(Fixtures fixtures, ClassService classes, long teacherId, String name) {
        fixtures.signIn(teacherId);
        return classes.create(new ClassForm(name, AgeBand.AGES_9_11, null, List.of(teacherId), 60));
    }

    static long student(Fixtures fixtures, RosterService roster, long teacherId, long classId, String name) {
        fixtures.signIn(teacherId);
        return roster.addStudent(classId, new StudentForm(name, null, null));
    }

    static List<String> password(Fixtures fixtures, long studentId) {
        return List.of(fixtures.jdbc().sql("select picture_password from student where id = ?").param(studentId)
                .query(String.class).single().split(","));
    }
}

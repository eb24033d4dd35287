package app.ripple.classroom;

import app.ripple.classroom.ClassRecords.ClassForm;
import app.ripple.classroom.ClassRecords.StudentForm;
import app.ripple.testsupport.Fixtures;
import java.util.List;

/** Small helpers to build classes and rosters through the real services. */
final class ClassroomFixtures {

    private ClassroomFixtures() {
    }

    /**
     * A teacher in another school than the first (e.g. one made by {@code Fixtures.otherSchool}), with
     * the password of that school's first account.
     */
    static long teacherIn(Fixtures fixtures, long schoolId, String name, String email) {
        return fixtures.jdbc().sql("""
                insert into staff_account (school_id, name, email, password_hash, role, language, active, must_change_password, created_at)
                select ?, ?, ?, password_hash, 'TEACHER', 'en', true, false, created_at
                from staff_account where school_id = ? order by id limit 1 returning id""")
                .params(schoolId, name, email, schoolId).query(Long.class).single();
    }

    static long classOf(Fixtures fixtures, ClassService classes, long teacherId, String name) {
        fixtures.signIn(teacherId);
        return classes.create(new ClassForm(name, AgeBand.AGES_9_11, null, List.of(teacherId), 60));
    }

    static long student(Fixtures fixtures, RosterService roster, long teacherId, long classId, String name) {
        fixtures.signIn(teacherId);
        return roster.addStudent(classId, new StudentForm(name, null, null));
    }

    /** A class "4B" of Tess Teacher with Zoë K. and Sam O. and one bound tablet; nobody signed in afterwards. */
    record TabletClass(long teacher, long classId, long zoe, long sam, String token) {
    }

    static TabletClass zoeAndSamWithATablet(Fixtures fixtures, ClassService classes, RosterService roster, TabletService tablets) {
        fixtures.reset();
        fixtures.school();
        long teacher = fixtures.teacher("Tess Teacher", "tess@test.example");
        long classId = classOf(fixtures, classes, teacher, "4B");
        long zoe = student(fixtures, roster, teacher, classId, "Zoë K.");
        long sam = student(fixtures, roster, teacher, classId, "Sam O.");
        String token = tablets.bind(classId, "Reading corner").token();
        fixtures.signOut();
        return new TabletClass(teacher, classId, zoe, sam, token);
    }

    /** The student's pictures with the last one wrong (a picture of theirs, so it is on the pad). */
    static List<String> wrongPassword(Fixtures fixtures, long studentId) {
        List<String> right = password(fixtures, studentId);
        List<String> wrong = new java.util.ArrayList<>(right);
        wrong.set(2, right.get(0).equals(right.get(2)) ? right.get(1) : right.get(0));
        return wrong;
    }

    static List<String> password(Fixtures fixtures, long studentId) {
        return List.of(fixtures.jdbc().sql("select picture_password from student where id = ?").param(studentId)
                .query(String.class).single().split(","));
    }
}

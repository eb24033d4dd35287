package app.ripple.challenge;

import app.ripple.challenge.ChallengeRecords.ChallengeForm;
import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassRecords;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.KioskService;
import app.ripple.classroom.RosterService;
import app.ripple.classroom.TabletService;
import app.ripple.security.KioskSession;
import app.ripple.testsupport.Fixtures;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;

/** A class with students, a tablet and a running challenge, built through the real services. */
@TestComponent
class ChallengeFixtures {

    @Autowired Fixtures fixtures;
    @Autowired ClassService classes;
    @Autowired RosterService roster;
    @Autowired TabletService tablets;
    @Autowired KioskService kiosk;
    @Autowired KioskSession kioskSession;
    @Autowired ChallengeService challenges;

    long teacher;
    long classId;
    String token;

    void classWithTablet(String teacherEmail, String className) {
        teacher = fixtures.teacher("Teacher " + className, teacherEmail);
        fixtures.signIn(teacher);
        classId = classes.create(new ClassRecords.ClassForm(className, AgeBand.AGES_9_11, null, List.of(teacher), 60));
        token = tablets.bind(classId, "Tablet").token();
    }

    long student(String name) {
        fixtures.signIn(teacher);
        return roster.addStudent(classId, new ClassRecords.StudentForm(name, null, null));
    }

    long challenge(int goal, boolean selfCounts) {
        fixtures.signIn(teacher);
        LocalDate today = LocalDate.of(2026, 11, 25);
        return challenges.create(classId, new ChallengeForm("Kindness week", "Let us fill the class with kindness.", today.minusDays(2),
                today.plusDays(4), goal, EnumSet.allOf(Category.class), List.of("lib:held_door", "lib:went_to_bed_on_time"), selfCounts, null));
    }

    /** What {@link #classWithTabletInATerm} made. */
    record ClassInTerm(long coordinator, long termId, long student, long challenge) {
    }

    /**
     * A fresh school whose class "4B" (teacher tess, one tablet) has the student Zoë K. and a running
     * challenge (goal 10), in the open term "Autumn 2026"; the coordinator is signed in afterwards.
     */
    ClassInTerm classWithTabletInATerm(app.ripple.school.SchoolService school) {
        fixtures.reset();
        long coordinator = fixtures.school();
        classWithTablet("tess@test.example", "4B");
        long zoe = student("Zoë K.");
        long challenge = challenge(10, false);
        fixtures.signIn(coordinator);
        long termId = school.addTerm("Autumn 2026", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 20)).id();
        fixtures.jdbc().sql("update school_class set term_id = ? where id = ?").params(termId, classId).update();
        return new ClassInTerm(coordinator, termId, zoe, challenge);
    }

    /** Signs the student in on the tablet, as the picture password would. */
    void signInStudent(long studentId) {
        fixtures.signOut();
        List<String> pictures = List.of(fixtures.jdbc().sql("select picture_password from student where id = ?").param(studentId)
                .query(String.class).single().split(","));
        KioskService.SignInResult r = kiosk.signIn(token, studentId, pictures);
        kioskSession.signIn(r.student());
    }
}

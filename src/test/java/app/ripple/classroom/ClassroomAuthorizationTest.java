package app.ripple.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.NotAllowedException;
import app.ripple.classroom.ClassRecords.ClassForm;
import app.ripple.classroom.ClassRecords.StudentForm;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Teacher A cannot read or change anything of teacher B's class, whatever id they guess. */
@RippleTest
class ClassroomAuthorizationTest {

    @Autowired Fixtures fixtures;
    @Autowired ClassService classes;
    @Autowired RosterService roster;
    @Autowired TabletService tablets;
    @Autowired KioskService kiosk;

    long coordinator;
    long teacherA;
    long teacherB;
    long classOfB;
    long studentOfB;
    long tabletOfB;

    @BeforeEach
    void twoTeachers() {
        fixtures.reset();
        coordinator = fixtures.school();
        teacherA = fixtures.teacher("Ada A", "ada@test.example");
        teacherB = fixtures.teacher("Bea B", "bea@test.example");
        classOfB = ClassroomFixtures.classOf(fixtures, classes, teacherB, "B's class");
        studentOfB = ClassroomFixtures.student(fixtures, roster, teacherB, classOfB, "Zoë K.");
        tabletOfB = tablets.bind(classOfB, "Tablet 1").tabletId();
    }

    private void deniedToA(ThrowingCallable call) {
        fixtures.signIn(teacherA);
        assertThatThrownBy(call).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void teacherACannotReadOrChangeTeacherBsClassThroughAnyServiceMethod() {
        deniedToA(() -> classes.requireAccess(classOfB));
        deniedToA(() -> classes.get(classOfB));
        deniedToA(() -> classes.update(classOfB, new ClassForm("Mine now", AgeBand.AGES_6_8, null, List.of(teacherA), 60)));
        deniedToA(() -> classes.setArchived(classOfB, true));
        deniedToA(() -> roster.students(classOfB));
        deniedToA(() -> roster.addStudent(classOfB, new StudentForm("Intruder I.", null, null)));
        deniedToA(() -> roster.updateStudent(classOfB, studentOfB, new StudentForm("Renamed", null, "fox")));
        deniedToA(() -> roster.removeStudent(classOfB, studentOfB));
        deniedToA(() -> roster.resetPicturePassword(classOfB, studentOfB));
        deniedToA(() -> roster.availableAvatars(classOfB, null));
        deniedToA(() -> tablets.bind(classOfB, "Sneaky"));
        deniedToA(() -> tablets.tablets(classOfB));
        deniedToA(() -> tablets.revoke(classOfB, tabletOfB));
        deniedToA(() -> tablets.lockedStudents(classOfB));
        deniedToA(() -> tablets.unlockStudent(classOfB, studentOfB));
        deniedToA(() -> tablets.pausedUntil(classOfB));
        deniedToA(() -> tablets.resumeSignIn(classOfB));

        fixtures.signIn(teacherA);
        assertThat(classes.myClasses(true)).isEmpty();
        fixtures.signIn(teacherB);
        assertThat(classes.get(classOfB).name()).isEqualTo("B's class");
        assertThat(roster.students(classOfB)).extracting(s -> s.displayName()).containsExactly("Zoë K.");
    }

    @Test
    void guessedIdsOfStudentsAndTabletsInAnotherClassAreRefusedEvenThroughOwnClass() {
        long classOfA = ClassroomFixtures.classOf(fixtures, classes, teacherA, "A's class");
        fixtures.signIn(teacherA);
        assertThatThrownBy(() -> roster.removeStudent(classOfA, studentOfB)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> roster.resetPicturePassword(classOfA, studentOfB)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> roster.updateStudent(classOfA, studentOfB, new StudentForm("X", null, "fox")))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> tablets.revoke(classOfA, tabletOfB)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> classes.get(999_999)).isInstanceOf(NotAllowedException.class);
        fixtures.signIn(teacherB);
        assertThat(roster.students(classOfB)).hasSize(1);
        assertThat(tablets.tablets(classOfB)).extracting(t -> t.revoked()).containsExactly(false);
    }

    @Test
    void coordinatorsSeeEveryClass() {
        fixtures.signIn(coordinator);
        assertThat(classes.myClasses(false)).extracting(c -> c.name()).containsExactly("B's class");
        assertThat(roster.students(classOfB)).hasSize(1);
    }

    @Test
    void anonymousCallersAndStudentsCannotUseTeacherMethods() {
        fixtures.signOut();
        assertThatThrownBy(() -> classes.myClasses(false)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> roster.students(classOfB)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> kiosk.me()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        fixtures.signIn(teacherB);
        assertThatThrownBy(() -> kiosk.me()).isInstanceOf(AuthorizationDeniedException.class);
    }
}

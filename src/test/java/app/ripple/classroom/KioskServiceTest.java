package app.ripple.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.NotAllowedException;
import app.ripple.classroom.KioskService.Outcome;
import app.ripple.classroom.KioskService.SignInResult;
import app.ripple.security.KioskSession;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@RippleTest
class KioskServiceTest {

    @Autowired Fixtures fixtures;
    @Autowired ClassService classes;
    @Autowired RosterService roster;
    @Autowired TabletService tablets;
    @Autowired KioskService kiosk;
    @Autowired KioskSession kioskSession;

    long teacher;
    long classId;
    long zoe;
    long sam;
    String token;

    @BeforeEach
    void classWithTablet() {
        ClassroomFixtures.TabletClass c = ClassroomFixtures.zoeAndSamWithATablet(fixtures, classes, roster, tablets);
        teacher = c.teacher();
        classId = c.classId();
        zoe = c.zoe();
        sam = c.sam();
        token = c.token();
    }

    private List<String> wrong(long studentId) {
        return ClassroomFixtures.wrongPassword(fixtures, studentId);
    }

    @Test
    void theRightPicturesInTheRightOrderSignTheStudentIn() {
        SignInResult r = kiosk.signIn(token, zoe, ClassroomFixtures.password(fixtures, zoe));
        assertThat(r.outcome()).isEqualTo(Outcome.SIGNED_IN);
        assertThat(r.student().displayName()).isEqualTo("Zoë K.");
        assertThat(r.student().classId()).isEqualTo(classId);
        List<String> reversed = new ArrayList<>(ClassroomFixtures.password(fixtures, sam));
        java.util.Collections.reverse(reversed);
        assertThat(kiosk.signIn(token, sam, reversed).outcome()).isEqualTo(Outcome.WRONG_PICTURES);
    }

    @Test
    void theTabletShowsOnlyNamesAndAvatarsOfItsOwnClass() {
        assertThat(kiosk.students(token)).extracting(KioskService.KioskStudent::displayName).containsExactly("Sam O.", "Zoë K.");
        assertThatThrownBy(() -> kiosk.students("forged-token")).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void fiveWrongAttemptsLockTheStudentOnEveryTabletForTenMinutes() {
        fixtures.signIn(teacher);
        String otherTablet = tablets.bind(classId, "Second tablet").token();
        fixtures.signOut();
        for (int i = 0; i < 4; i++) {
            assertThat(kiosk.signIn(token, zoe, wrong(zoe)).outcome()).isEqualTo(Outcome.WRONG_PICTURES);
        }
        assertThat(kiosk.signIn(token, zoe, wrong(zoe)).outcome()).isEqualTo(Outcome.STUDENT_LOCKED);
        assertThat(kiosk.signIn(otherTablet, zoe, ClassroomFixtures.password(fixtures, zoe)).outcome())
                .isEqualTo(Outcome.STUDENT_LOCKED);
        // Other students are not affected.
        assertThat(kiosk.signIn(token, sam, ClassroomFixtures.password(fixtures, sam)).outcome()).isEqualTo(Outcome.SIGNED_IN);

        fixtures.signIn(teacher);
        assertThat(tablets.lockedStudents(classId)).extracting(ClassRecords.LockedStudent::displayName).containsExactly("Zoë K.");
        fixtures.signOut();

        fixtures.clock().advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(kiosk.signIn(token, zoe, ClassroomFixtures.password(fixtures, zoe)).outcome()).isEqualTo(Outcome.SIGNED_IN);
        assertThat(fixtures.jdbc().sql("select count(*) from audit_log where action = 'KIOSK_STUDENT_LOCKED'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theTeacherCanUnlockAStudentAtOnce() {
        for (int i = 0; i < 5; i++) {
            kiosk.signIn(token, zoe, wrong(zoe));
        }
        fixtures.signIn(teacher);
        tablets.unlockStudent(classId, zoe);
        fixtures.signOut();
        assertThat(kiosk.signIn(token, zoe, ClassroomFixtures.password(fixtures, zoe)).outcome()).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void thousandWrongAttemptsAreNeverAcceptedAndTheRightPasswordIsRefusedWhileLocked() {
        int accepted = 0;
        for (int i = 0; i < 1000; i++) {
            long who = i % 2 == 0 ? zoe : sam;
            if (kiosk.signIn(token, who, wrong(who)).outcome() == Outcome.SIGNED_IN) {
                accepted++;
            }
        }
        assertThat(accepted).isZero();
        SignInResult r = kiosk.signIn(token, zoe, ClassroomFixtures.password(fixtures, zoe));
        assertThat(r.outcome()).isIn(Outcome.STUDENT_LOCKED, Outcome.CLASS_PAUSED);
        assertThat(r.student()).isNull();
    }

    @Test
    void thirtyFailuresInTenMinutesPauseTheWholeClassForFiveMinutes() {
        // Spread over many (made-up) students' attempts, so no single student is locked first.
        List<Long> students = new ArrayList<>();
        fixtures.signIn(teacher);
        for (int i = 0; i < 8; i++) {
            students.add(roster.addStudent(classId, new ClassRecords.StudentForm("Kid " + i, null, null)));
        }
        fixtures.signOut();
        Outcome last = null;
        for (int i = 0; i < 30; i++) {
            long who = students.get(i % students.size());
            last = kiosk.signIn(token, who, wrong(who)).outcome();
        }
        assertThat(last).isEqualTo(Outcome.CLASS_PAUSED);
        assertThat(kiosk.signIn(token, sam, ClassroomFixtures.password(fixtures, sam)).outcome()).isEqualTo(Outcome.CLASS_PAUSED);
        fixtures.clock().advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(kiosk.signIn(token, sam, ClassroomFixtures.password(fixtures, sam)).outcome()).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void aRevokedTabletCanNoLongerSignAnyoneIn() {
        fixtures.signIn(teacher);
        long tabletId = tablets.tablets(classId).getFirst().id();
        tablets.revoke(classId, tabletId);
        fixtures.signOut();
        assertThat(kiosk.identify(token)).isEmpty();
        assertThat(kiosk.signIn(token, zoe, ClassroomFixtures.password(fixtures, zoe)).outcome()).isEqualTo(Outcome.TABLET_UNKNOWN);
    }

    @Test
    void aSignedInStudentReadsOnlyThemselvesAndLosesAccessWhenTheTabletIsRevoked() {
        SignInResult r = kiosk.signIn(token, zoe, ClassroomFixtures.password(fixtures, zoe));
        kioskSession.signIn(r.student());
        assertThat(kiosk.me().displayName()).isEqualTo("Zoë K.");
        fixtures.signIn(teacher);
        tablets.revoke(classId, r.student().tabletId());
        kioskSession.signIn(r.student());
        assertThatThrownBy(() -> kiosk.me()).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void onlyTheTokensHashIsStored() {
        assertThat(fixtures.jdbc().sql("select token_hash from class_tablet").query(String.class).single())
                .hasSize(64).isNotEqualTo(token).doesNotContain(token);
    }
}

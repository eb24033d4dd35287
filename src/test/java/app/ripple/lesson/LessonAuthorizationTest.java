package app.ripple.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.NotAllowedException;
import app.ripple.lesson.LessonRecords.DeliveryForm;
import app.ripple.lesson.LessonRecords.Participation;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** Teacher A cannot read, plan or record anything of teacher B's class, nor change B's own lessons; students see only their own. */
@RippleTest
class LessonAuthorizationTest {

    @Autowired ApplicationContext ctx;
    @Autowired Fixtures fixtures;
    @Autowired LessonService lessons;
    @Autowired DeliveryService deliveries;
    @Autowired ReflectionService reflections;
    LessonFixtures f;

    long coordinator;
    long teacherA;
    long teacherB;
    long classOfA;
    long classOfB;
    long studentOfA;
    long studentOfB;
    String tabletOfA;
    String tabletOfB;
    long deliveryOfB;
    long planOfB;
    String lessonOfB;

    @BeforeEach
    void twoTeachers() {
        f = new LessonFixtures(ctx);
        fixtures.reset();
        coordinator = fixtures.school();
        teacherA = fixtures.teacher("Ada A", "ada@test.example");
        teacherB = fixtures.teacher("Bea B", "bea@test.example");
        f.at(LocalDate.of(2026, 10, 1));
        classOfA = f.classOf(teacherA, "A's class");
        classOfB = f.classOf(teacherB, "B's class");
        studentOfA = f.student(teacherA, classOfA, "Al A.");
        studentOfB = f.student(teacherB, classOfB, "Bo B.");
        fixtures.clock().set(app.ripple.testsupport.TestClockConfig.START);
        tabletOfA = f.tablet(teacherA, classOfA);
        tabletOfB = f.tablet(teacherB, classOfB);
        lessonOfB = f.ownLesson(teacherB, "B's lesson");
        deliveryOfB = f.deliver(teacherB, classOfB, lessonOfB, LocalDate.of(2026, 11, 24));
        fixtures.signIn(teacherB);
        planOfB = deliveries.plan(classOfB, "words_matter", LocalDate.of(2026, 12, 1));
    }

    private void deniedToA(ThrowingCallable call) {
        fixtures.signIn(teacherA);
        assertThatThrownBy(call).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void teacherACannotReadPlanOrRecordForTeacherBsClass() {
        deniedToA(() -> deliveries.plans(classOfB));
        deniedToA(() -> deliveries.planInfo(planOfB));
        deniedToA(() -> deliveries.plan(classOfB, "words_matter", LocalDate.of(2026, 12, 2)));
        deniedToA(() -> deliveries.deletePlan(planOfB));
        deniedToA(() -> deliveries.deliveries(classOfB));
        deniedToA(() -> deliveries.delivery(deliveryOfB));
        deniedToA(() -> deliveries.record(classOfB, new DeliveryForm(null, "words_matter", LocalDate.of(2026, 11, 20), 30,
                EnumSet.noneOf(EvidenceComponent.class), "")));
        deniedToA(() -> deliveries.deleteDelivery(deliveryOfB));
        deniedToA(() -> deliveries.participation(deliveryOfB));
        deniedToA(() -> deliveries.setParticipation(deliveryOfB, studentOfB, Participation.ABSENT));
        deniedToA(() -> deliveries.markMadeUp(deliveryOfB, studentOfB));
        deniedToA(() -> deliveries.openMakeUps(classOfB));
        deniedToA(() -> deliveries.doses(classOfB));
        deniedToA(() -> deliveries.termProgress(classOfB));
        deniedToA(() -> deliveries.progress(classOfB, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18)));
        deniedToA(() -> reflections.forDelivery(deliveryOfB));
        // A's own class with B's plan id or B's student: still no.
        deniedToA(() -> deliveries.record(classOfA, new DeliveryForm(planOfB, null, LocalDate.of(2026, 11, 20), 30,
                EnumSet.noneOf(EvidenceComponent.class), "")));
        fixtures.signIn(teacherA);
        long deliveryOfA = f.deliver(teacherA, classOfA, "words_matter", LocalDate.of(2026, 11, 24));
        assertThatThrownBy(() -> deliveries.setParticipation(deliveryOfA, studentOfB, Participation.ABSENT))
                .isInstanceOf(NotAllowedException.class);
        assertThat(fixtures.jdbc().sql("select status from lesson_participation where student_id = ?").param(studentOfB)
                .query(String.class).single()).isEqualTo("PARTICIPATED");
    }

    @Test
    void teacherACannotReadEditOrPlanTeacherBsOwnLesson() {
        long id = LessonService.customId(lessonOfB).orElseThrow();
        deniedToA(() -> lessons.lesson(lessonOfB, Locale.ENGLISH));
        deniedToA(() -> lessons.form(id));
        deniedToA(() -> lessons.update(id, LessonFixtures.form("Mine now", "x")));
        deniedToA(() -> lessons.archive(id));
        deniedToA(() -> lessons.copy(lessonOfB, Locale.ENGLISH));
        deniedToA(() -> deliveries.plan(classOfA, lessonOfB, LocalDate.of(2026, 12, 2)));
        fixtures.signIn(teacherA);
        assertThat(lessons.library(null, null, Locale.ENGLISH)).noneMatch(c -> c.ref().equals(lessonOfB));
    }

    @Test
    void aCoTeacherAndTheCoordinatorMayReadButNotEditALessonUsedInTheirClass() {
        fixtures.signIn(coordinator);
        assertThat(lessons.lesson(lessonOfB, Locale.ENGLISH).editable()).isFalse();
        assertThat(deliveries.doses(classOfB)).hasSize(1);
        assertThatThrownBy(() -> lessons.update(LessonService.customId(lessonOfB).orElseThrow(), LessonFixtures.form("x", "y")))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aStudentReadsOnlyTheirOwnReflectionsAndAnswersOnlyTheirClasssLessons() {
        long deliveryOfA = f.deliver(teacherA, classOfA, "words_matter", LocalDate.of(2026, 11, 24));
        f.signInStudent(tabletOfB, studentOfB);
        UUID key = UUID.randomUUID();
        reflections.answer(key, deliveryOfB, "Be kind to Bo");
        assertThat(reflections.mine()).singleElement().extracting(LessonRecords.ReflectionInfo::text).isEqualTo("Be kind to Bo");
        assertThatThrownBy(() -> reflections.forDelivery(deliveryOfB)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> deliveries.participation(deliveryOfB)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reflections.answer(UUID.randomUUID(), deliveryOfA, "Not my class")).isInstanceOf(NotAllowedException.class);

        f.signInStudent(tabletOfA, studentOfA);
        assertThat(reflections.mine()).isEmpty();
        // Reusing another student's key reveals nothing and saves nothing.
        assertThatThrownBy(() -> reflections.answer(key, deliveryOfA, "Hijack")).isInstanceOf(NotAllowedException.class);
        assertThat(reflections.openPrompts()).extracting(LessonRecords.ReflectionPrompt::deliveryId).containsExactly(deliveryOfA);

        fixtures.signIn(teacherA);
        assertThatThrownBy(() -> reflections.mine()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallersAreRefused() {
        fixtures.signOut();
        assertThatThrownBy(() -> deliveries.doses(classOfB)).isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThatThrownBy(() -> lessons.library(null, null, Locale.ENGLISH))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}

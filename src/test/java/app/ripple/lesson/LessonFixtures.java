package app.ripple.lesson;

import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassRecords;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.KioskService;
import app.ripple.classroom.RosterService;
import app.ripple.classroom.TabletService;
import app.ripple.lesson.LessonRecords.DeliveryForm;
import app.ripple.lesson.LessonRecords.LessonForm;
import app.ripple.lesson.LessonRecords.StepForm;
import app.ripple.lesson.library.StepKind;
import app.ripple.security.KioskSession;
import app.ripple.testsupport.Fixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * Classes, students, tablets and lessons built through the real services. A plain object (not a
 * test component), so lesson tests share the Spring context of every other {@code @RippleTest}.
 */
final class LessonFixtures {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    final Fixtures fixtures;
    final ClassService classes;
    final RosterService roster;
    final TabletService tablets;
    final KioskService kiosk;
    final KioskSession kioskSession;
    final DeliveryService deliveries;
    final LessonService lessons;

    LessonFixtures(ApplicationContext ctx) {
        fixtures = ctx.getBean(Fixtures.class);
        classes = ctx.getBean(ClassService.class);
        roster = ctx.getBean(RosterService.class);
        tablets = ctx.getBean(TabletService.class);
        kiosk = ctx.getBean(KioskService.class);
        kioskSession = ctx.getBean(KioskSession.class);
        deliveries = ctx.getBean(DeliveryService.class);
        lessons = ctx.getBean(LessonService.class);
    }

    long classOf(long teacher, String name) {
        fixtures.signIn(teacher);
        return classes.create(new ClassRecords.ClassForm(name, AgeBand.AGES_9_11, null, List.of(teacher), 60));
    }

    String tablet(long teacher, long classId) {
        fixtures.signIn(teacher);
        return tablets.bind(classId, "Tablet").token();
    }

    long student(long teacher, long classId, String name) {
        fixtures.signIn(teacher);
        return roster.addStudent(classId, new ClassRecords.StudentForm(name, null, null));
    }

    /** Moves the test clock to 09:00 (Madrid) of a day, e.g. to add a student who joins later. */
    void at(LocalDate day) {
        fixtures.clock().set(day.atTime(9, 0).atZone(MADRID).toInstant());
    }

    long deliver(long teacher, long classId, String lessonRef, LocalDate on) {
        fixtures.signIn(teacher);
        return deliveries.record(classId, new DeliveryForm(null, lessonRef, on, 40, EnumSet.of(EvidenceComponent.FACTS), ""));
    }

    /** An own lesson of the signed-in teacher. */
    String ownLesson(long teacher, String title) {
        fixtures.signIn(teacher);
        return lessons.create(form(title, "Talk about **kind words**."));
    }

    static LessonForm form(String title, String body) {
        return new LessonForm(title, "A short lesson.", EnumSet.of(AgeBand.AGES_9_11), 30, "Name one kind word\nUse it today",
                EnumSet.of(EvidenceComponent.FACTS, EvidenceComponent.DISCUSSION), "What kind word will you use?", "Keep it light.",
                null, List.of(new StepForm(StepKind.TALK, "Kind words", body, 10), new StepForm(StepKind.ACTIVITY, "Pairs", "- one\n- two", 15)));
    }

    void signInStudent(String token, long studentId) {
        fixtures.signOut();
        List<String> pictures = List.of(fixtures.jdbc().sql("select picture_password from student where id = ?").param(studentId)
                .query(String.class).single().split(","));
        KioskService.SignInResult r = kiosk.signIn(token, studentId, pictures);
        kioskSession.signIn(r.student());
    }
}

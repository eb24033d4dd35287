package app.ripple.hardening;

import app.ripple.challenge.Category;
import app.ripple.challenge.ChallengeRecords.ChallengeForm;
import app.ripple.challenge.ChallengeService;
import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassRecords.ClassForm;
import app.ripple.classroom.ClassRecords.StudentForm;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.KioskService;
import app.ripple.classroom.RosterService;
import app.ripple.classroom.TabletService;
import app.ripple.security.KioskSession;
import app.ripple.testsupport.Fixtures;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * One school for the hardening tests, built through the real services: a coordinator, the class's
 * teacher, another teacher with a class of their own, a student, a class tablet and a running challenge.
 * Made from the test's application context rather than imported as a bean, so the hardening tests
 * share the Spring context of the other tests instead of starting one more.
 */
public class HardeningFixtures {

    final Fixtures fixtures;
    final ClassService classes;
    final RosterService roster;
    final TabletService tablets;
    final ChallengeService challenges;
    final KioskService kiosk;
    final KioskSession kioskSession;

    public HardeningFixtures(ApplicationContext context) {
        fixtures = context.getBean(Fixtures.class);
        classes = context.getBean(ClassService.class);
        roster = context.getBean(RosterService.class);
        tablets = context.getBean(TabletService.class);
        challenges = context.getBean(ChallengeService.class);
        kiosk = context.getBean(KioskService.class);
        kioskSession = context.getBean(KioskSession.class);
    }

    public long coordinator;
    public long teacher;
    public long otherTeacher;
    public long classId;
    public long otherClassId;
    public long studentId;
    public long challengeId;
    public long deliveryId;
    public long customLessonId;
    public long termId;
    public String token;

    /** Empties the database and builds the school. */
    public HardeningFixtures build() {
        fixtures.reset();
        coordinator = fixtures.school();
        teacher = fixtures.teacher("Tess Teacher", "tess@test.example");
        otherTeacher = fixtures.teacher("Otto Other", "otto@test.example");
        fixtures.signIn(otherTeacher);
        otherClassId = classes.create(new ClassForm("Bluebell 5C", AgeBand.AGES_9_11, null, List.of(otherTeacher), 60));
        fixtures.signIn(teacher);
        classId = classes.create(new ClassForm("Marigold 4B", AgeBand.AGES_9_11, null, List.of(teacher), 60));
        studentId = roster.addStudent(classId, new StudentForm("Zoë K.", null, null));
        token = tablets.bind(classId, "Tablet").token();
        LocalDate today = LocalDate.of(2026, 11, 25);
        challengeId = challenges.create(classId, new ChallengeForm("Marigold kindness week", "Let us fill the class with kindness.",
                today.minusDays(2), today.plusDays(4), 10, EnumSet.allOf(Category.class),
                List.of("lib:held_door", "lib:went_to_bed_on_time"), false, null));
        // A delivered lesson, a teacher's own lesson and a term, for the lesson and report routes.
        var jdbc = fixtures.jdbc();
        deliveryId = jdbc.sql("""
                insert into lesson_delivery (class_id, builtin_lesson_id, delivered_on, minutes, recorded_by, created_at)
                values (?, ?, ?, 40, ?, now()) returning id""")
                .params(classId, app.ripple.lesson.library.LessonLibrary.all().getFirst().id(), today.minusDays(1), teacher)
                .query(Long.class).single();
        customLessonId = jdbc.sql("""
                insert into custom_lesson (school_id, owner_id, language, title, age_bands, minutes, components,
                                           reflection_question, created_at, updated_at)
                values ((select id from school limit 1), ?, 'en', 'Marigold own lesson', '9-11', 30, 'FACTS',
                        'What did you notice?', now(), now()) returning id""")
                .param(teacher).query(Long.class).single();
        termId = jdbc.sql("select id from term order by id limit 1").query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("""
                        insert into term (school_id, name, start_date, end_date, closed)
                        values ((select id from school limit 1), 'Autumn', ?, ?, false) returning id""")
                        .params(today.minusDays(60), today.plusDays(30)).query(Long.class).single());
        fixtures.signOut();
        return this;
    }

    /** The student's picture password, as the tablet would take it. */
    public List<String> password() {
        return List.of(fixtures.jdbc().sql("select picture_password from student where id = ?").param(studentId)
                .query(String.class).single().split(","));
    }

    /** Signs the student in on the class tablet (in the current Vaadin session, if any). */
    public void signInStudent() {
        fixtures.signOut();
        KioskService.SignInResult r = kiosk.signIn(token, studentId, password());
        kioskSession.signIn(r.student());
    }
}

package app.ripple.lesson;

import app.ripple.lesson.library.BuiltInLesson;
import app.ripple.lesson.library.LessonLibrary;
import app.ripple.school.DemoSchoolCreated;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo lessons: each demo class has six lessons delivered over the last weeks (with a few
 * absences, some made up), three planned ahead, and a few private reflections on the latest one.
 * Runs after the demo classes and challenges exist.
 */
@Component
@Profile("demo")
class DemoLessons {

    private static final String[] REFLECTIONS = {"I could sit with someone who is alone at lunch.",
        "Ask them if they are OK and listen.", "I would tell my friend it is not their fault.", "Say something kind to myself when I make a mistake."};

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoLessons(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Order(200)
    void on(DemoSchoolCreated event) {
        Random random = new Random(11);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Timestamp now = Timestamp.from(clock.instant());
        long teacher = event.teacherIds().length > 0 ? event.teacherIds()[0] : event.coordinatorId();
        LocalDate start = event.term().startDate().isBefore(today.minusDays(45)) ? event.term().startDate() : today.minusDays(45);
        Timestamp since = Timestamp.from(start.atStartOfDay().toInstant(ZoneOffset.UTC));
        for (long classId : jdbc.sql("select id from school_class where school_id = ? order by id").param(event.schoolId())
                .query(Long.class).list()) {
            String band = jdbc.sql("select age_band from school_class where id = ?").param(classId).query(String.class).single();
            List<BuiltInLesson> suitable = LessonLibrary.all().stream()
                    .filter(l -> l.ageBands().stream().anyMatch(b -> b.code().equals(band))).toList();
            // The demo roster is made "now"; its students have been in the class since the term began.
            jdbc.sql("update student set created_at = ? where class_id = ? and created_at > ?")
                    .params(since, classId, since)
                    .update();
            List<Long> students = jdbc.sql("select id from student where class_id = ? and active order by id").param(classId)
                    .query(Long.class).list();
            // Six lessons, one a week, the latest three days ago (moved off weekends).
            long latest = 0;
            for (int i = 0; i < 6; i++) {
                BuiltInLesson lesson = suitable.get(i % suitable.size());
                LessonDate planned = schoolDay(today.minusDays(3 + 7L * (5 - i)));
                long plan = jdbc.sql("""
                        insert into lesson_plan (class_id, builtin_lesson_id, planned_on, created_by, created_at)
                        values (?, ?, ?, ?, ?) returning id""")
                        .params(classId, lesson.id(), Date.valueOf(planned.date()), teacher, now).query(Long.class).single();
                long delivery = jdbc.sql("""
                        insert into lesson_delivery (class_id, plan_id, builtin_lesson_id, delivered_on, minutes, components, notes,
                            recorded_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                        .params(classId, plan, lesson.id(), Date.valueOf(planned.date()), lesson.minutes() - random.nextInt(6),
                                LessonService.componentNames(lesson.components()), i == 2 ? "Ran short: discussion cut to 5 minutes." : "",
                                teacher, now)
                        .query(Long.class).single();
                latest = delivery;
                for (long student : students) {
                    int roll = random.nextInt(20);
                    String status = roll == 0 ? "ABSENT" : roll == 1 ? "PRESENT" : roll == 2 && i < 4 ? "ABSENT" : "PARTICIPATED";
                    LocalDate madeUp = "ABSENT".equals(status) && i < 4 && random.nextBoolean() ? planned.date().plusDays(2) : null;
                    jdbc.sql("insert into lesson_participation (delivery_id, student_id, status, made_up_on) values (?, ?, ?, ?)")
                            .params(delivery, student, status, madeUp == null ? null : Date.valueOf(madeUp)).update();
                }
            }
            for (int i = 0; i < 3 && i < students.size(); i++) {
                jdbc.sql("""
                        insert into lesson_reflection (class_id, delivery_id, student_id, idempotency_key, text, created_at)
                        values (?, ?, ?, ?, ?, ?)""")
                        .params(classId, latest, students.get(i), UUID.randomUUID(), REFLECTIONS[(int) ((classId + i) % REFLECTIONS.length)], now)
                        .update();
            }
            // Three lessons planned ahead, one a week.
            for (int i = 0; i < 3; i++) {
                BuiltInLesson lesson = suitable.get((6 + i) % suitable.size());
                jdbc.sql("""
                        insert into lesson_plan (class_id, builtin_lesson_id, planned_on, created_by, created_at)
                        values (?, ?, ?, ?, ?)""")
                        .params(classId, lesson.id(), Date.valueOf(schoolDay(today.plusDays(4 + 7L * i)).date()), teacher, now).update();
            }
        }
    }

    private record LessonDate(LocalDate date) {
    }

    private static LessonDate schoolDay(LocalDate d) {
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return new LessonDate(d.minusDays(1));
        }
        if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return new LessonDate(d.plusDays(1));
        }
        return new LessonDate(d);
    }
}

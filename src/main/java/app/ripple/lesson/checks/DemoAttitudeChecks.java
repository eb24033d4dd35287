package app.ripple.lesson.checks;

import app.ripple.lesson.attitude.BuiltInInstruments;
import app.ripple.lesson.attitude.Instrument;
import app.ripple.school.DemoSchoolCreated;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo attitude checks: in each demo class most families said yes to the School Kindness Scale,
 * a closed "before" check from the second week of the term and a closed "after" check from this
 * week, answered through the same pseudonyms real answers get (a few students missed one of them).
 */
@Component
@Profile("demo")
class DemoAttitudeChecks {

    private final JdbcClient jdbc;
    private final PseudonymKeys keys;
    private final Clock clock;

    DemoAttitudeChecks(JdbcClient jdbc, PseudonymKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    @EventListener
    @Order(110)
    void on(DemoSchoolCreated event) {
        Random random = new Random(11);
        Instrument sks = BuiltInInstruments.SCHOOL_KINDNESS_SCALE;
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate preDay = event.term().startDate().plusDays(7);
        LocalDate postDay = today.minusDays(2).isAfter(preDay) ? today.minusDays(2) : preDay.plusDays(1);
        long termId = event.term().id();
        Timestamp now = Timestamp.from(clock.instant());
        for (long classId : jdbc.sql("select id from school_class where school_id = ? order by id").param(event.schoolId())
                .query(Long.class).list()) {
            long teacher = jdbc.sql("select staff_id from class_teacher where class_id = ? order by staff_id limit 1").param(classId)
                    .query(Long.class).optional().orElse(event.coordinatorId());
            List<Long> students = jdbc.sql("select id from student where class_id = ? and active order by id").param(classId)
                    .query(Long.class).list();
            List<Long> consenting = new ArrayList<>();
            for (int i = 0; i < students.size(); i++) {
                // Most families said yes; one said no and one has not answered yet.
                Boolean consent = i == 3 ? Boolean.FALSE : i == 7 ? null : Boolean.TRUE;
                if (consent != null) {
                    jdbc.sql("""
                            insert into attitude_consent (student_id, instrument_code, consent, recorded_by, recorded_at)
                            values (?, ?, ?, ?, ?)""").params(students.get(i), sks.id(), consent, teacher, now).update();
                }
                if (Boolean.TRUE.equals(consent)) {
                    consenting.add(students.get(i));
                }
            }
            long pre = check(classId, termId, sks.id(), "PRE", teacher, preDay);
            long post = check(classId, termId, sks.id(), "POST", teacher, postDay);
            List<Object[]> responses = new ArrayList<>();
            List<Object[]> done = new ArrayList<>();
            for (int i = 0; i < consenting.size(); i++) {
                long student = consenting.get(i);
                String pseudonym = keys.pseudonym(event.schoolId(), student, sks.id(), classId, termId);
                double before = 2.6 + random.nextDouble() * 1.6;
                double change = 0.25 + random.nextGaussian() * 0.5;
                if (i != 1) { // one student was away for the "before" check
                    responses.add(new Object[] {pre, pseudonym, answers(random, before, sks.items().size()), Date.valueOf(preDay)});
                    done.add(new Object[] {pre, student});
                }
                if (i != 2) { // and another for the "after" check
                    responses.add(new Object[] {post, pseudonym, answers(random, before + change, sks.items().size()), Date.valueOf(postDay)});
                    done.add(new Object[] {post, student});
                }
            }
            app.ripple.base.MultiRowInsert.insert(jdbc, "insert into attitude_response (check_id, pseudonym, answers, answered_on)",
                    "(?, ?, cast(? as smallint[]), ?)", responses);
            app.ripple.base.MultiRowInsert.insert(jdbc, "insert into attitude_check_done (check_id, student_id)", "(?, ?)", done);
        }
    }

    private long check(long classId, long termId, String code, String phase, long teacher, LocalDate day) {
        Timestamp opened = Timestamp.from(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
        Timestamp closed = Timestamp.from(day.plusDays(1).atTime(15, 0).toInstant(ZoneOffset.UTC));
        return jdbc.sql("""
                insert into attitude_check (class_id, term_id, instrument_code, phase, opened_by, opened_at, closed_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(classId, termId, code, phase, teacher, opened, closed).query(Long.class).single();
    }

    /** Five answers on 1..5 scattered around a student's level. */
    private static Integer[] answers(Random random, double level, int count) {
        Integer[] a = new Integer[count];
        for (int i = 0; i < count; i++) {
            a[i] = (int) Math.max(1, Math.min(5, Math.round(level + random.nextGaussian() * 0.7)));
        }
        return a;
    }
}

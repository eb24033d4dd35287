package app.ripple.lesson;

import app.ripple.classroom.StudentDataContributor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lesson feature's part of an access request or erasure: lesson participation (and its
 * per-student rollup {@code lesson_dose}, kept by triggers for the dashboards), closing
 * reflections (safeguarding items raised by them are safeguarding's part), attitude-check consents and the
 * "has answered" rows.
 * <p>
 * Attitude answers themselves are stored under a pseudonym only and are neither exported nor
 * deleted: Ripple never re-links answers to a student, and once the student row is gone nothing
 * in the database ties the pseudonym to a person (see docs/privacy.md for the exact limits).
 */
@Component
@Order(200)
class LessonStudentData implements StudentDataContributor {

    private final JdbcClient jdbc;

    LessonStudentData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("lesson_participation", "lesson_dose", "lesson_reflection", "attitude_consent",
                "attitude_check_done");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long studentId) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put("lesson_participation", jdbc.sql("""
                select d.delivered_on, coalesce(d.builtin_lesson_id, cl.title) as lesson, p.status, p.made_up_on
                from lesson_participation p join lesson_delivery d on d.id = p.delivery_id
                left join custom_lesson cl on cl.id = d.custom_lesson_id
                where p.student_id = ? order by d.delivered_on, d.id""").param(studentId).query().listOfRows());
        // the dashboards' rollup of the rows above (lessons delivered while enrolled, and attended)
        out.put("lesson_dose", jdbc.sql("select delivered, attended, made_up from lesson_dose where student_id = ?")
                .param(studentId).query().listOfRows());
        out.put("lesson_reflection", jdbc.sql("""
                select r.id, r.created_at, d.delivered_on, r.text, r.needs_attention, r.read_at
                from lesson_reflection r join lesson_delivery d on d.id = r.delivery_id
                where r.student_id = ? order by r.created_at, r.id""").param(studentId).query().listOfRows());
        out.put("attitude_consent", jdbc.sql("""
                select instrument_code, consent, recorded_at from attitude_consent where student_id = ? order by instrument_code""")
                .param(studentId).query().listOfRows());
        out.put("attitude_check_done", jdbc.sql("""
                select c.instrument_code, c.phase, c.opened_at from attitude_check_done d join attitude_check c on c.id = d.check_id
                where d.student_id = ? order by c.opened_at, c.id""").param(studentId).query().listOfRows());
        return out;
    }

    @Override
    public Map<String, Integer> erase(long studentId) {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("lesson_reflection", jdbc.sql("delete from lesson_reflection where student_id = ?").param(studentId).update());
        out.put("lesson_participation", jdbc.sql("delete from lesson_participation where student_id = ?").param(studentId).update());
        // after the participation rows, whose trigger recounts this rollup row
        out.put("lesson_dose", jdbc.sql("delete from lesson_dose where student_id = ?").param(studentId).update());
        out.put("attitude_consent", jdbc.sql("delete from attitude_consent where student_id = ?").param(studentId).update());
        out.put("attitude_check_done", jdbc.sql("delete from attitude_check_done where student_id = ?").param(studentId).update());
        return out;
    }
}

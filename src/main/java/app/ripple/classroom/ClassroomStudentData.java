package app.ripple.classroom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The classroom's part of an access request or erasure: the student row (display name, optional
 * school id, avatar, picture password, class) and their sign-in lock. Runs last, because removing
 * the student row is what finally breaks every remaining link (foreign keys cascade from it).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ClassroomStudentData implements StudentDataContributor {

    private final JdbcClient jdbc;

    ClassroomStudentData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("student", "student_sign_in_lock");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long studentId) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put("student", jdbc.sql("""
                select s.id, s.display_name, s.school_student_id, s.avatar, s.picture_password, s.active, s.created_at,
                       s.left_at, s.class_id, c.name as class_name, t.name as term_name
                from student s join school_class c on c.id = s.class_id left join term t on t.id = c.term_id
                where s.id = ?""").param(studentId).query().listOfRows());
        out.put("student_sign_in_lock", jdbc.sql("select failed_count, locked_until from student_sign_in_lock where student_id = ?")
                .param(studentId).query().listOfRows());
        return out;
    }

    @Override
    public Map<String, Integer> erase(long studentId) {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("student_sign_in_lock", jdbc.sql("delete from student_sign_in_lock where student_id = ?").param(studentId).update());
        out.put("student", jdbc.sql("delete from student where id = ?").param(studentId).update());
        return out;
    }
}

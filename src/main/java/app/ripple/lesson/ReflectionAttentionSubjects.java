package app.ripple.lesson;

import app.ripple.safeguarding.AttentionSubject;
import app.ripple.safeguarding.AttentionSubjects;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Shows the needs-attention queue the private reflections that raised an item. */
@Component
class ReflectionAttentionSubjects implements AttentionSubjects {

    private final JdbcClient jdbc;

    ReflectionAttentionSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AttentionSubject subject() {
        return AttentionSubject.REFLECTION;
    }

    @Override
    public Map<Long, Written> written(Collection<Long> ids) {
        Map<Long, Written> out = new HashMap<>();
        jdbc.sql("""
                select r.id, coalesce(s.display_name, ''), r.text
                from lesson_reflection r left join student s on s.id = r.student_id where r.id = any (?)""")
                .param(ids.toArray(Long[]::new))
                .query(rs -> {
                    out.put(rs.getLong(1), new Written(rs.getString(2), rs.getString(3)));
                });
        return out;
    }

    @Override
    public List<Long> idsOfStudent(long studentId) {
        return jdbc.sql("select id from lesson_reflection where student_id = ?").param(studentId).query(Long.class).list();
    }
}

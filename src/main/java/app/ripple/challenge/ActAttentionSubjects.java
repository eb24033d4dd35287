package app.ripple.challenge;

import app.ripple.safeguarding.AttentionSubject;
import app.ripple.safeguarding.AttentionSubjects;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Shows the needs-attention queue the own words of the acts that raised an item. */
@Component
class ActAttentionSubjects implements AttentionSubjects {

    private final JdbcClient jdbc;

    ActAttentionSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AttentionSubject subject() {
        return AttentionSubject.ACT;
    }

    @Override
    public Map<Long, Written> written(Collection<Long> ids) {
        Map<Long, Written> out = new HashMap<>();
        jdbc.sql("""
                select a.id, coalesce(s.display_name, ''), coalesce(a.own_text, '')
                from kindness_act a left join student s on s.id = a.student_id where a.id = any (?)""")
                .param(ids.toArray(Long[]::new))
                .query(rs -> {
                    out.put(rs.getLong(1), new Written(rs.getString(2), rs.getString(3)));
                });
        return out;
    }

    @Override
    public List<Long> idsOfStudent(long studentId) {
        return jdbc.sql("select id from kindness_act where student_id = ?").param(studentId).query(Long.class).list();
    }
}

package app.ripple.safeguarding;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link AttentionSubjects} for a feature that keeps its students' words in one table of its own with
 * {@code id} and {@code student_id} columns: the feature names its table and text column, safeguarding
 * writes the queries once. Both names are the feature's constants, never input.
 */
public abstract class TableAttentionSubjects implements AttentionSubjects {

    private final JdbcClient jdbc;
    private final AttentionSubject subject;
    private final String table;
    private final String textColumn;

    protected TableAttentionSubjects(JdbcClient jdbc, AttentionSubject subject, String table, String textColumn) {
        this.jdbc = jdbc;
        this.subject = subject;
        this.table = table;
        this.textColumn = textColumn;
    }

    @Override
    public AttentionSubject subject() {
        return subject;
    }

    @Override
    public Map<Long, Written> written(Collection<Long> ids) {
        Map<Long, Written> out = new HashMap<>();
        jdbc.sql("select t.id, coalesce(s.display_name, ''), coalesce(t." + textColumn + ", '') from " + table
                        + " t left join student s on s.id = t.student_id where t.id = any (?)")
                .param(ids.toArray(Long[]::new))
                .query(rs -> {
                    out.put(rs.getLong(1), new Written(rs.getString(2), rs.getString(3)));
                });
        return out;
    }

    @Override
    public List<Long> idsOfStudent(long studentId) {
        return jdbc.sql("select id from " + table + " where student_id = ?").param(studentId).query(Long.class).list();
    }
}

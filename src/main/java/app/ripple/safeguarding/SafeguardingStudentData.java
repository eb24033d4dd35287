package app.ripple.safeguarding;

import app.ripple.classroom.StudentDataContributor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Safeguarding's part of an access request or erasure: the needs-attention items raised by the
 * student's acts ({@code attention_item}) and reflections ({@code reflection_attention_item}). Runs
 * before the features that delete the acts and reflections themselves. Staff notes are not exported:
 * the data-protection officer reviews them in the needs-attention queue before anything is handed
 * out (see docs/privacy.md).
 */
@Component
@Order(50)
class SafeguardingStudentData implements StudentDataContributor {

    private final JdbcClient jdbc;
    private final ObjectProvider<AttentionSubjects> subjects;

    SafeguardingStudentData(JdbcClient jdbc, ObjectProvider<AttentionSubjects> subjects) {
        this.jdbc = jdbc;
        this.subjects = subjects;
    }

    private static String section(AttentionSubject subject) {
        return subject == AttentionSubject.ACT ? "attention_item" : "reflection_attention_item";
    }

    @Override
    public List<String> tables() {
        return List.of("attention_item");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long studentId) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        subjects.orderedStream().forEach(s -> {
            String column = AttentionService.column(s.subject());
            out.put(section(s.subject()), jdbc.sql("select id, created_at, " + column + ", matched, status, resolved_at from attention_item"
                    + " where " + column + " = any (?) order by created_at, id")
                    .param(s.idsOfStudent(studentId).toArray(Long[]::new)).query().listOfRows());
        });
        return out;
    }

    @Override
    public Map<String, Integer> erase(long studentId) {
        Map<String, Integer> out = new LinkedHashMap<>();
        subjects.orderedStream().forEach(s -> out.put(section(s.subject()),
                jdbc.sql("delete from attention_item where " + AttentionService.column(s.subject()) + " = any (?)")
                        .param(s.idsOfStudent(studentId).toArray(Long[]::new)).update()));
        return out;
    }
}

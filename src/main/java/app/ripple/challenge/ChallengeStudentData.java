package app.ripple.challenge;

import app.ripple.classroom.StudentDataContributor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The challenge feature's part of an access request or erasure: the student's kindness acts (the
 * safeguarding items they raised are safeguarding's part, which runs first). Acts that other students said were inspired by one of theirs
 * stay (they belong to those students); only their "inspired by" link is cleared (ON DELETE SET NULL).
 */
@Component
@Order(100)
class ChallengeStudentData implements StudentDataContributor {

    private final JdbcClient jdbc;

    ChallengeStudentData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("kindness_act");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long studentId) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put("kindness_act", jdbc.sql("""
                select a.id, a.created_at, ch.title as challenge, a.category, a.recipient, a.library_act_id,
                       ca.text as suggested_text, a.own_text, a.feeling, a.status, a.wall_text, a.not_me
                from kindness_act a join challenge ch on ch.id = a.challenge_id left join custom_act ca on ca.id = a.custom_act_id
                where a.student_id = ? order by a.created_at, a.id""").param(studentId).query().listOfRows());
        return out;
    }

    @Override
    public Map<String, Integer> erase(long studentId) {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("kindness_act", jdbc.sql("delete from kindness_act where student_id = ?").param(studentId).update());
        return out;
    }
}

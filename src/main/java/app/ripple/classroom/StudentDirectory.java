package app.ripple.classroom;

import app.ripple.security.SchoolPrivacyOfficer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding students across the school for privacy requests (access and erasure). Coordinators only:
 * unlike the class roster it includes students who have left.
 */
@Service
public class StudentDirectory {

    /** A student as the privacy page lists them. */
    public record StudentRef(long id, String displayName, @Nullable String schoolStudentId, long classId, String className,
            @Nullable String termName, boolean active, Instant createdAt) {
    }

    static final int MAX_RESULTS = 200;

    private final JdbcClient jdbc;

    StudentDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Students whose display name or school id contains the text (any case), optionally in one
     * class, at most {@value #MAX_RESULTS}, ordered by class and name.
     */
    @SchoolPrivacyOfficer
    @Transactional(readOnly = true)
    public List<StudentRef> find(@Nullable Long classId, @Nullable String text) {
        String q = text == null ? "" : text.strip();
        return jdbc.sql(SELECT + """
                where s.school_id = ripple_school() and (cast(:classId as bigint) is null or s.class_id = :classId)
                  and (:q = '' or strpos(lower(s.display_name), lower(:q)) > 0
                       or strpos(lower(coalesce(s.school_student_id, '')), lower(:q)) > 0)
                order by lower(c.name), lower(s.display_name), s.id limit :max""")
                .param("classId", classId, java.sql.Types.BIGINT).param("q", q).param("max", MAX_RESULTS)
                .query(StudentDirectory::map).list();
    }

    @SchoolPrivacyOfficer
    @Transactional(readOnly = true)
    public Optional<StudentRef> get(long studentId) {
        return jdbc.sql(SELECT + " where s.id = ? and s.school_id = ripple_school()").param(studentId).query(StudentDirectory::map).optional();
    }

    private static final String SELECT = """
            select s.id, s.display_name, s.school_student_id, s.class_id, c.name as class_name, t.name as term_name,
                   s.active, s.created_at
            from student s join school_class c on c.id = s.class_id left join term t on t.id = c.term_id
            """;

    private static StudentRef map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StudentRef(rs.getLong("id"), rs.getString("display_name"), rs.getString("school_student_id"),
                rs.getLong("class_id"), rs.getString("class_name"), rs.getString("term_name"), rs.getBoolean("active"),
                rs.getTimestamp("created_at").toInstant());
    }
}

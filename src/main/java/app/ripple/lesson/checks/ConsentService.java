package app.ripple.lesson.checks;

import app.ripple.base.NotAllowedException;
import app.ripple.classroom.ClassReader;
import app.ripple.classroom.ClassService;
import app.ripple.lesson.checks.AttitudeRecords.ConsentPolicy;
import app.ripple.lesson.checks.AttitudeRecords.ConsentRow;
import app.ripple.school.AuditService;
import app.ripple.security.Caller;
import app.ripple.security.StaffOnly;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Families' consent per student and instrument, recorded by the class's teachers (or a
 * coordinator). Whether a student is offered a check follows the instrument's policy: opt-in needs
 * a recorded yes, opt-out only excludes a recorded no.
 */
@Service
public class ConsentService {

    private final JdbcClient jdbc;
    private final ClassService classes;
    private final InstrumentStore store;
    private final AuditService audit;
    private final Clock clock;

    ConsentService(JdbcClient jdbc, ClassService classes, InstrumentStore store, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.classes = classes;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The class's active students with their consent for one instrument and whether they will be offered it. */
    @ClassReader
    @Transactional(readOnly = true)
    public List<ConsentRow> consents(long classId, String code) {
        ConsentPolicy policy = InstrumentService.policyOf(jdbc, store.schoolId(), code);
        return jdbc.sql("""
                select st.id, st.display_name, c.consent from student st
                left join attitude_consent c on c.student_id = st.id and c.instrument_code = ?
                where st.class_id = ? and st.active order by lower(st.display_name), st.id""")
                .params(code, classId)
                .query((rs, n) -> {
                    Boolean consent = (Boolean) rs.getObject(3);
                    return new ConsentRow(rs.getLong(1), rs.getString(2), consent, eligible(policy, consent));
                })
                .list();
    }

    /** Records a family's answer ({@code null} forgets it). */
    @StaffOnly
    @Transactional
    public void record(long classId, long studentId, String code, @Nullable Boolean consent) {
        Caller caller = classes.requireAccess(classId);
        classes.requireWritable(classId);
        boolean inClass = jdbc.sql("select exists (select 1 from student where id = ? and class_id = ?)")
                .params(studentId, classId).query(Boolean.class).single();
        if (!inClass || store.find(code).isEmpty()) {
            throw new NotAllowedException("student " + studentId + " or instrument " + code + " not in class " + classId);
        }
        if (consent == null) {
            jdbc.sql("delete from attitude_consent where student_id = ? and instrument_code = ?").params(studentId, code).update();
        } else {
            jdbc.sql("""
                    insert into attitude_consent (student_id, instrument_code, consent, recorded_by, recorded_at) values (?, ?, ?, ?, ?)
                    on conflict (student_id, instrument_code) do update
                    set consent = excluded.consent, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""")
                    .params(studentId, code, consent, caller.staffId(), Timestamp.from(clock.instant())).update();
        }
        audit.record("ATTITUDE_CONSENT", "student:" + studentId, code + "=" + consent);
    }

    static boolean eligible(ConsentPolicy policy, @Nullable Boolean consent) {
        return policy == ConsentPolicy.OPT_OUT ? !Boolean.FALSE.equals(consent) : Boolean.TRUE.equals(consent);
    }

    /** Whether one student may be offered the instrument (no access check: for services that checked). */
    static boolean eligible(JdbcClient jdbc, long schoolId, long studentId, String code) {
        Boolean consent = jdbc.sql("select consent from attitude_consent where student_id = ? and instrument_code = ?")
                .params(studentId, code).query(Boolean.class).optional().orElse(null);
        return eligible(InstrumentService.policyOf(jdbc, schoolId, code), consent);
    }
}

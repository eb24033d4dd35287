package app.ripple.lesson.checks;

import app.ripple.base.InvalidInputException;
import app.ripple.base.NotAllowedException;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.KioskService;
import app.ripple.lesson.attitude.Instrument;
import app.ripple.lesson.attitude.Item;
import app.ripple.lesson.attitude.ResponseScale;
import app.ripple.lesson.checks.AttitudeRecords.CheckInfo;
import app.ripple.lesson.checks.AttitudeRecords.ConsentPolicy;
import app.ripple.lesson.checks.AttitudeRecords.NotAnswered;
import app.ripple.lesson.checks.AttitudeRecords.Phase;
import app.ripple.lesson.checks.AttitudeRecords.StudentCheck;
import app.ripple.school.AuditService;
import app.ripple.school.SchoolService;
import app.ripple.school.TermInfo;
import app.ripple.security.Caller;
import app.ripple.security.StaffOnly;
import app.ripple.security.StudentPrincipal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attitude checks of a class: teachers open and close them and see who has not answered yet;
 * students answer an open check of their own class once, on the class tablet.
 *
 * <p>An answer is written in two unrelated rows: {@code attitude_check_done} (who answered, for
 * the "not answered yet" list) and {@code attitude_response} (what was answered, under the
 * pseudonym, with only the day). No method here returns answers, and nothing joins the two.
 */
@Service
public class CheckService {

    private final JdbcClient jdbc;
    private final ClassService classes;
    private final KioskService kiosk;
    private final SchoolService school;
    private final InstrumentStore store;
    private final PseudonymKeys keys;
    private final AuditService audit;
    private final Clock clock;

    CheckService(JdbcClient jdbc, ClassService classes, KioskService kiosk, SchoolService school, InstrumentStore store,
            PseudonymKeys keys, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.classes = classes;
        this.kiosk = kiosk;
        this.school = school;
        this.store = store;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    /** The class's checks, newest first, with the number of answers (a count, never who or what). */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<CheckInfo> checks(long classId, String language) {
        classes.requireAccess(classId);
        return jdbc.sql("""
                select k.id, k.class_id, k.term_id, k.instrument_code, k.phase, k.opened_at, k.closed_at,
                       (select count(*) from attitude_check_done d where d.check_id = k.id) as answered
                from attitude_check k where k.class_id = ? order by k.opened_at desc, k.id desc""")
                .param(classId)
                .query((rs, n) -> new CheckInfo(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        title(rs.getString(4), language), Phase.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getInt(8)))
                .list();
    }

    /** The term a new check of the class belongs to: the class's term, else the school's current one. */
    @StaffOnly
    @Transactional(readOnly = true)
    public Optional<TermInfo> termFor(long classId) {
        classes.requireAccess(classId);
        Long termId = jdbc.sql("select term_id from school_class where id = ?").param(classId).query(Long.class).optional().orElse(null);
        if (termId != null) {
            return school.terms().stream().filter(t -> t.id() == termId).findFirst();
        }
        return school.currentTerm();
    }

    /** Opens a check for the class in its current term. Each instrument and phase once per class and term. */
    @StaffOnly
    @Transactional
    public long open(long classId, String instrumentCode, Phase phase) {
        Caller caller = classes.requireAccess(classId);
        classes.requireWritable(classId);
        InstrumentStore.Stored instrument = store.find(instrumentCode)
                .orElseThrow(() -> new InvalidInputException("instrument", "validation.required"));
        if (instrument.retired()) {
            throw new InvalidInputException("instrument", "attitude.check.retired");
        }
        TermInfo term = termFor(classId).orElseThrow(() -> new InvalidInputException("phase", "attitude.check.noTerm"));
        if (term.closed()) {
            throw new InvalidInputException("phase", "attitude.check.termClosed");
        }
        try {
            long id = jdbc.sql("""
                    insert into attitude_check (class_id, term_id, instrument_code, phase, opened_by, opened_at)
                    values (?, ?, ?, ?, ?, ?) returning id""")
                    .params(classId, term.id(), instrumentCode, phase.name(), caller.staffId(), Timestamp.from(clock.instant()))
                    .query(Long.class).single();
            audit.record("ATTITUDE_CHECK_OPENED", "class:" + classId, instrumentCode + " " + phase);
            return id;
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("phase", "attitude.check.exists");
        }
    }

    /** Closes a check: no more answers; its figures can then be shown. */
    @StaffOnly
    @Transactional
    public void close(long checkId) {
        long classId = requireCheckAccess(checkId);
        jdbc.sql("update attitude_check set closed_at = coalesce(closed_at, ?) where id = ?")
                .params(Timestamp.from(clock.instant()), checkId).update();
        audit.record("ATTITUDE_CHECK_CLOSED", "class:" + classId, "check:" + checkId);
    }

    /** Active students who may answer the check (consent per policy) and have not answered it yet. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<NotAnswered> notAnswered(long checkId) {
        long classId = requireCheckAccess(checkId);
        String code = jdbc.sql("select instrument_code from attitude_check where id = ?").param(checkId).query(String.class).single();
        ConsentPolicy policy = InstrumentService.policyOf(jdbc, store.schoolId(), code);
        return jdbc.sql("""
                select st.id, st.display_name, c.consent from student st
                left join attitude_consent c on c.student_id = st.id and c.instrument_code = ?
                where st.class_id = ? and st.active
                  and not exists (select 1 from attitude_check_done d where d.check_id = ? and d.student_id = st.id)
                order by lower(st.display_name), st.id""")
                .params(code, classId, checkId)
                .query((rs, n) -> ConsentService.eligible(policy, (Boolean) rs.getObject(3))
                        ? new NotAnswered(rs.getLong(1), rs.getString(2)) : null)
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }

    /** The open checks the signed-in student may still answer, in their language. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public List<StudentCheck> myOpenChecks(String language) {
        StudentPrincipal s = kiosk.requireStudentSession();
        long schoolId = store.schoolId();
        List<StudentCheck> out = new ArrayList<>();
        jdbc.sql("""
                select k.id, k.instrument_code from attitude_check k
                where k.class_id = ? and k.closed_at is null
                  and not exists (select 1 from attitude_check_done d where d.check_id = k.id and d.student_id = ?)
                order by k.opened_at, k.id""")
                .params(s.classId(), s.studentId())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .list()
                .forEach(r -> {
                    String code = (String) r[1];
                    if (ConsentService.eligible(jdbc, schoolId, s.studentId(), code)) {
                        store.find(code).ifPresent(st -> out.add(studentCheck((Long) r[0], st.instrument(), language)));
                    }
                });
        return out;
    }

    /**
     * Saves the signed-in student's answers to an open check of their class, once. Answers must be
     * whole numbers on the instrument's scale, one per statement in order; anything else is refused
     * and nothing is written.
     */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public void answer(long checkId, List<Integer> answers) {
        StudentPrincipal s = kiosk.requireStudentSession();
        record Check(long classId, long termId, String code) {
        }
        Check check = jdbc.sql("select class_id, term_id, instrument_code from attitude_check where id = ? and class_id = ? and closed_at is null")
                .params(checkId, s.classId())
                .query((rs, n) -> new Check(rs.getLong(1), rs.getLong(2), rs.getString(3))).optional()
                .orElseThrow(() -> new NotAllowedException("check " + checkId + " is not open in the student's class"));
        classes.requireWritable(check.classId());
        long schoolId = store.schoolId();
        if (!ConsentService.eligible(jdbc, schoolId, s.studentId(), check.code())) {
            throw new NotAllowedException("no consent for " + check.code());
        }
        Instrument instrument = store.find(check.code()).orElseThrow().instrument();
        ResponseScale scale = instrument.scale();
        if (answers.size() != instrument.items().size()
                || answers.stream().anyMatch(a -> a == null || !scale.contains(a))) {
            throw new InvalidInputException("answers", "attitude.answer.outOfRange", scale.min(), scale.max());
        }
        int inserted = jdbc.sql("insert into attitude_check_done (check_id, student_id) values (?, ?) on conflict do nothing")
                .params(checkId, s.studentId()).update();
        if (inserted == 0) {
            throw new InvalidInputException("answers", "attitude.answer.already");
        }
        String pseudonym = keys.pseudonym(schoolId, s.studentId(), check.code(), check.classId(), check.termId());
        jdbc.sql("insert into attitude_response (check_id, pseudonym, answers, answered_on) values (?, ?, cast(? as smallint[]), ?)")
                .params(checkId, pseudonym, answers.toArray(Integer[]::new), Date.valueOf(school.today()))
                .update();
    }

    private StudentCheck studentCheck(long checkId, Instrument instrument, String language) {
        ResponseScale scale = instrument.scale();
        List<String> labels = new ArrayList<>();
        for (int v = scale.min(); v <= scale.max(); v++) {
            String label = scale.label(v, language);
            labels.add(label == null ? String.valueOf(v) : label);
        }
        return new StudentCheck(checkId, instrument.id(), instrument.items().stream().map(i -> i.text(language)).toList(),
                scale.min(), scale.max(), labels);
    }

    private long requireCheckAccess(long checkId) {
        Long classId = jdbc.sql("select class_id from attitude_check where id = ?").param(checkId).query(Long.class).optional()
                .orElseThrow(() -> new NotAllowedException("check " + checkId + " is not yours"));
        classes.requireAccess(classId);
        return classId;
    }

    private String title(String code, String language) {
        return store.find(code).map(s -> s.instrument().title(language)).orElse(code);
    }

    static List<String> statements(Instrument instrument, String language) {
        return instrument.items().stream().map((Item i) -> i.text(language)).toList();
    }
}

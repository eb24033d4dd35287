package app.ripple.privacy;

import app.ripple.security.SchoolPrivacyOfficer;
import app.ripple.base.Problems;
import app.ripple.classroom.StudentDirectory;
import app.ripple.classroom.StudentDirectory.StudentRef;
import app.ripple.school.AuditService;
import app.ripple.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access requests and erasure of one student, for coordinators. Both are audited. The erasure
 * receipt names the student only by Ripple's internal number and class, never by name: the
 * receipt outlives the data it describes.
 */
@Service
public class PrivacyService {

    /** What an erasure removed. {@code rows} is table → rows deleted; all zero when nothing was left. */
    public record ErasureReceipt(String reference, long studentId, @Nullable Long classId, @Nullable String className,
            Instant erasedAt, String erasedBy, Map<String, Integer> rows) {

        public int total() {
            return StudentEraser.total(rows);
        }
    }

    /** An access-request export: a JSON file. */
    public record Export(String fileName, byte[] json) {
    }

    static final String EXPORT_FORMAT = "ripple.student-data.v1";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final StudentDirectory directory;
    private final StudentEraser eraser;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    PrivacyService(StudentDirectory directory, StudentEraser eraser, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.directory = directory;
        this.eraser = eraser;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Students matching the search, for the privacy page. Coordinators only. */
    @SchoolPrivacyOfficer
    @Transactional(readOnly = true)
    public List<StudentRef> find(@Nullable Long classId, @Nullable String text) {
        return directory.find(classId, text);
    }

    /**
     * Everything Ripple holds about one student, as JSON, for an access request. Audited as
     * STUDENT_DATA_EXPORTED. Attitude answers are not included (see {@link #NOT_INCLUDED}).
     */
    @SchoolPrivacyOfficer
    @Transactional
    public Export export(long studentId) {
        StudentRef student = directory.get(studentId).orElseThrow(() -> new app.ripple.base.NotAllowedException("no student " + studentId));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", EXPORT_FORMAT);
        doc.put("exportedAt", clock.instant().toString());
        doc.put("exportedBy", currentUser.auditName());
        doc.put("studentId", studentId);
        Map<String, Object> sections = new LinkedHashMap<>();
        eraser.export(studentId).forEach((name, rows) -> sections.put(name, rows.stream().map(PrivacyService::plain).toList()));
        doc.put("data", sections);
        doc.put("notIncluded", NOT_INCLUDED);
        byte[] json = JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
        audit.record("STUDENT_DATA_EXPORTED", "student:" + studentId, "class:" + student.classId() + "; " + sections.size() + " sections");
        return new Export("ripple-student-" + studentId + ".json", json);
    }

    /** What an export leaves out on purpose, and why; written into every export file. */
    static final List<String> NOT_INCLUDED = List.of(
            "Attitude-check answers: stored only under a pseudonym and never linked back to a student by Ripple, "
                    + "so teachers and coordinators cannot see one student's answers. attitude_check_done lists which checks were answered.",
            "Staff notes on safeguarding items: reviewed by the data-protection officer in the needs-attention queue before release.",
            "The audit log: it names students only by internal number; ask the data-protection officer for an extract.");

    /**
     * Erases one student: every feature's rows about them, then the student row. The coordinator
     * confirms by typing the student's display name. Idempotent: erasing a student that is already
     * gone deletes nothing and returns an empty receipt. Audited as STUDENT_ERASED.
     */
    @SchoolPrivacyOfficer
    @Transactional
    public ErasureReceipt erase(long studentId, String typedName) {
        @Nullable StudentRef student = directory.get(studentId).orElse(null);
        if (student != null) {
            Problems p = new Problems();
            p.require(normal(typedName).equals(normal(student.displayName())), "confirmName", "privacy.erase.nameMismatch");
            p.throwIfAny();
        }
        Map<String, Integer> rows = student == null ? Map.of() : eraser.erase(studentId);
        String reference = "E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        ErasureReceipt receipt = new ErasureReceipt(reference, studentId, student == null ? null : student.classId(),
                student == null ? null : student.className(), clock.instant(), currentUser.auditName(), rows);
        audit.record("STUDENT_ERASED", "student:" + studentId,
                "ref " + reference + "; " + (student == null ? "nothing left to erase" : "class:" + student.classId() + "; "
                        + StudentEraser.describe(rows)));
        return receipt;
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** JSON-friendly values: instants and dates as ISO-8601 text, arrays as lists. */
    static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k, plainValue(v)));
        return out;
    }

    private static @Nullable Object plainValue(@Nullable Object v) {
        if (v instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof java.time.temporal.TemporalAccessor t) {
            return t.toString();
        }
        if (v instanceof java.sql.Array a) {
            try {
                Object[] items = (Object[]) a.getArray();
                List<Object> list = new ArrayList<>();
                for (Object o : items) {
                    list.add(plainValue(o));
                }
                return list;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        if (v instanceof java.util.UUID || v instanceof Character) {
            return v.toString();
        }
        return v;
    }
}

package app.ripple.school;

import app.ripple.base.Problems;
import app.ripple.security.StaffOnly;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school, its school years and its terms. Coordinators add school years and terms and close a
 * term at its end: a closed term's classes become read-only (checked by
 * {@code ClassService.requireWritable} in every service that writes class data) and the term
 * appears in the term archive with its reports and exports.
 */
@Service
public class SchoolService {

    private final SchoolRows rows;
    private final CurrentSchool currentSchool;
    private final SchoolTimeZone timeZone;
    private final Clock clock;
    private final AuditService audit;
    private final JdbcClient jdbc;
    private final app.ripple.security.CurrentUser currentUser;

    SchoolService(SchoolRows rows, CurrentSchool currentSchool, SchoolTimeZone timeZone, Clock clock, AuditService audit, JdbcClient jdbc,
            app.ripple.security.CurrentUser currentUser) {
        this.currentSchool = currentSchool;
        this.timeZone = timeZone;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.rows = rows;
        this.clock = clock;
        this.audit = audit;
    }

    /** The installation's school, once setup has run (cached). Any signed-in person may read it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<SchoolInfo> current() {
        return currentSchool.get();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TermInfo> terms() {
        return rows.school().map(s -> rows.terms(s.id())).orElse(List.of());
    }

    /** Today's date in the school's time zone (UTC before setup). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public LocalDate today() {
        return timeZone.today();
    }

    /** The term that contains today in the school's time zone, if any. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<TermInfo> currentTerm() {
        LocalDate today = today();
        return terms().stream().filter(t -> t.contains(today)).findFirst();
    }

    /** Coordinators change the school's name, time zone, language and paper size. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void updateSettings(String name, String timeZone, String language, String paperSize) {
        Problems p = new Problems();
        p.require(!name.isBlank(), "name", "validation.required");
        p.require(name.strip().length() <= 120, "name", "validation.tooLong", 120);
        p.requirePlainText(name, "name", false);
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            p.add("timeZone", "setup.timeZone.invalid");
        }
        p.require(Languages.isSupported(language), "language", "validation.required");
        p.require(paperSize.equals("A4") || paperSize.equals("LETTER"), "paperSize", "validation.required");
        p.throwIfAny();
        School s = rows.school().orElseThrow();
        rows.updateSchool(s.id(), name.strip(), timeZone, language, paperSize);
        currentSchool.invalidate();
        audit.record("SCHOOL_SETTINGS_CHANGED", "school:" + s.id(), null);
    }

    /** Shortest and longest retention period a school may set, in months. */
    public static final int RETENTION_MIN_MONTHS = 1;
    public static final int RETENTION_MAX_MONTHS = 120;

    /**
     * The retention setting: identifiable student data is deleted this many months after the end of
     * a class's term. Empty means off (the default). Any signed-in staff member may read it.
     */
    @StaffOnly
    @Transactional(readOnly = true)
    public Optional<Integer> retentionMonths() {
        return rows.school().map(School::retentionMonths);
    }

    /** Coordinators switch retention on (1–120 months) or off ({@code null}). */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void updateRetentionMonths(@Nullable Integer months) {
        Problems p = new Problems();
        p.require(months == null || (months >= RETENTION_MIN_MONTHS && months <= RETENTION_MAX_MONTHS), "retentionMonths",
                "school.retention.range", RETENTION_MIN_MONTHS, RETENTION_MAX_MONTHS);
        p.throwIfAny();
        School s = rows.school().orElseThrow();
        rows.updateRetentionMonths(s.id(), months);
        audit.record("RETENTION_SETTING_CHANGED", "school:" + s.id(), months == null ? "off" : months + " months");
    }

    /** Coordinators add terms; a term may not end before it starts or overlap another. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public TermInfo addTerm(String name, @Nullable LocalDate start, @Nullable LocalDate end) {
        return addTerm(name, start, end, null);
    }

    /**
     * Adds a term inside a school year (or in none, {@code schoolYearId == null}). The term must lie
     * within the year's dates.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public TermInfo addTerm(String name, @Nullable LocalDate start, @Nullable LocalDate end, @Nullable Long schoolYearId) {
        Problems p = new Problems();
        if (schoolYearId != null) {
            SchoolYearInfo year = schoolYears().stream().filter(y -> y.id() == schoolYearId).findFirst().orElse(null);
            p.require(year != null, "schoolYear", "validation.required");
            if (year != null && start != null && end != null) {
                p.require(!start.isBefore(year.startDate()) && !end.isAfter(year.endDate()), "start", "term.outsideYear",
                        year.name());
            }
        }
        p.require(!name.isBlank(), "name", "validation.required");
        p.require(name.strip().length() <= 80, "name", "validation.tooLong", 80);
        p.requirePlainText(name, "name", false);
        p.require(start != null, "start", "validation.required");
        p.require(end != null, "end", "validation.required");
        if (start != null && end != null) {
            p.require(!end.isBefore(start), "end", "term.endBeforeStart");
            if (!end.isBefore(start)) {
                boolean overlaps = terms().stream().anyMatch(t -> !t.endDate().isBefore(start) && !t.startDate().isAfter(end));
                p.require(!overlaps, "start", "term.overlaps");
            }
        }
        p.throwIfAny();
        School s = rows.school().orElseThrow();
        TermInfo t = rows.insertTerm(s.id(), name.strip(), start, end, schoolYearId);
        audit.record("TERM_ADDED", "term:" + t.id(), t.name());
        return t;
    }

    /** The school years, oldest first. Any signed-in staff member may read them. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<SchoolYearInfo> schoolYears() {
        return jdbc.sql("select id, name, start_date, end_date from school_year order by start_date, id")
                .query((rs, n) -> new SchoolYearInfo(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    /** Coordinators add school years; years may not overlap. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public SchoolYearInfo addSchoolYear(String name, @Nullable LocalDate start, @Nullable LocalDate end) {
        Problems p = new Problems();
        p.require(!name.isBlank(), "name", "validation.required");
        p.require(name.strip().length() <= 80, "name", "validation.tooLong", 80);
        p.require(start != null, "start", "validation.required");
        p.require(end != null, "end", "validation.required");
        if (start != null && end != null) {
            p.require(!end.isBefore(start), "end", "term.endBeforeStart");
            if (!end.isBefore(start)) {
                boolean overlaps = schoolYears().stream().anyMatch(y -> !y.endDate().isBefore(start) && !y.startDate().isAfter(end));
                p.require(!overlaps, "start", "schoolYear.overlaps");
            }
        }
        p.throwIfAny();
        School s = rows.school().orElseThrow();
        long id = jdbc.sql("insert into school_year (school_id, name, start_date, end_date) values (?, ?, ?, ?) returning id")
                .params(s.id(), name.strip(), start, end).query(Long.class).single();
        audit.record("SCHOOL_YEAR_ADDED", "school_year:" + id, name.strip());
        return new SchoolYearInfo(id, name.strip(), start, end);
    }

    /** Every term with its school year, who closed it and how many classes it has, oldest first. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<TermOverview> termOverviews() {
        return jdbc.sql("""
                select t.id, t.name, t.start_date, t.end_date, t.closed, t.school_year_id, y.name as year_name, t.closed_at,
                       sa.name as closed_by, (select count(*) from school_class c where c.term_id = t.id) as classes
                from term t left join school_year y on y.id = t.school_year_id left join staff_account sa on sa.id = t.closed_by
                order by t.start_date, t.id""")
                .query((rs, n) -> new TermOverview(new TermInfo(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class), rs.getBoolean("closed")),
                        (Long) rs.getObject("school_year_id"), rs.getString("year_name"),
                        rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant(),
                        rs.getString("closed_by"), rs.getInt("classes")))
                .list();
    }

    /**
     * Closes a term: its classes become read-only (rosters, class settings, challenges and acts,
     * lessons and checks can no longer change) and the term joins the term archive. Closing twice
     * changes nothing.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void closeTerm(long termId) {
        long closedByStaffId = currentUser.require().staffId();
        int changed = jdbc.sql("update term set closed = true, closed_at = ?, closed_by = ? where id = ? and not closed")
                .params(java.sql.Timestamp.from(clock.instant()), closedByStaffId, termId).update();
        if (changed > 0) {
            audit.record("TERM_CLOSED", "term:" + termId, null);
        }
    }

    /** Reopens a closed term (a coordinator's correction); audited like closing. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void reopenTerm(long termId) {
        int changed = jdbc.sql("update term set closed = false, closed_at = null, closed_by = null where id = ? and closed")
                .param(termId).update();
        if (changed > 0) {
            audit.record("TERM_REOPENED", "term:" + termId, null);
        }
    }

    static SchoolInfo info(School s) {
        return new SchoolInfo(s.id(), s.name(), ZoneId.of(s.timeZone()), s.defaultLanguage(), s.paperSize());
    }
}

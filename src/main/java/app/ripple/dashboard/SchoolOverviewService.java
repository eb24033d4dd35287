package app.ripple.dashboard;

import app.ripple.school.AuditService;
import app.ripple.classroom.ClassService;
import app.ripple.dashboard.DashboardRecords.*;
import app.ripple.lesson.DeliveryService;
import app.ripple.lesson.LessonRecords.LessonProgress;
import app.ripple.security.CurrentUser;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's school overview: every class of a term with its acts per week (weekly rollup),
 * the lesson figures (the lesson feature's {@link LessonProgress}, read for all classes at once)
 * and the average lesson participation (the {@code lesson_dose} rollup where it is exact).
 */
@Service
public class SchoolOverviewService {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final DeliveryService deliveries;
    private final DashboardQueries q;

    private final app.ripple.school.SchoolService schoolService;

    SchoolOverviewService(JdbcClient jdbc, CurrentUser currentUser, AuditService audit, DeliveryService deliveries,
            DashboardQueries q, app.ripple.school.SchoolService schoolService) {
        this.schoolService = schoolService;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.deliveries = deliveries;
        this.q = q;
    }

    /** Every class of the school for a term (the current one when {@code termId} is null). */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public SchoolOverview schoolOverview(@Nullable Long termId) {
        currentUser.require();
        LocalDate today = q.today();
        ZoneId zone = q.zone();
        // The school's own terms (SchoolService scopes them to the caller's school).
        List<TermChoice> terms = schoolService.terms().stream()
                .map(t -> new TermChoice(t.id(), t.name(), t.startDate(), t.endDate())).toList();
        TermChoice term = termId != null
                ? terms.stream().filter(t -> t.id() == termId).findFirst().orElse(null)
                : terms.stream().filter(t -> !today.isBefore(t.start()) && !today.isAfter(t.end())).findFirst()
                        .orElse(terms.isEmpty() ? null : terms.getLast());
        DateRange range = term != null ? new DateRange(term.start(), term.end())
                : new DateRange(today.minusWeeks(12).with(DayOfWeek.MONDAY), today);
        record Cls(long id, String name, String teachers, int students) {
        }
        List<Cls> list = jdbc.sql("""
                select c.id, c.name,
                       coalesce((select string_agg(sa.name, ', ' order by sa.name) from classroom_class_teachers_v ct
                                 join school_staff_v sa on sa.id = ct.staff_id where ct.class_id = c.id), ''),
                       (select count(*) from classroom_students_v s where s.class_id = c.id and s.active)
                from classroom_classes_v c
                where c.school_id = ripple_school() and not c.archived and (c.term_id = :term or c.term_id is null or cast(:term as bigint) is null)
                order by lower(c.name), c.id""")
                .param("term", term == null ? null : term.id())
                .query((rs, n) -> new Cls(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list();
        List<LocalDate> weeks = DashboardQueries.weekStarts(DashboardQueries.upToToday(range, today));
        Long[] ids = list.stream().map(Cls::id).toArray(Long[]::new);
        Map<Long, int[]> perWeek = new HashMap<>();
        q.actsPerWeek(ids, range, (classId, week, acts) -> {
            int i = weeks.indexOf(week);
            if (i >= 0) {
                perWeek.computeIfAbsent(classId, k -> new int[weeks.size()])[i] += acts;
            }
        });
        Map<Long, LessonProgress> progress = deliveries.progress(list.stream().map(Cls::id).toList(), range.from(),
                range.to());
        Map<Long, Double> dose = new HashMap<>();
        // The lesson_dose rollup counts all of a class's deliveries: exact for a class whose deliveries
        // all fall in the range. Any other class is counted from the base tables.
        List<Long> partly = jdbc.sql("""
                select distinct class_id from lesson_deliveries_v
                where class_id = any(?) and (delivered_on < ? or delivered_on > ?)""")
                .params(ids, Date.valueOf(range.from()), Date.valueOf(range.to())).query(Long.class).list();
        Set<Long> outside = new HashSet<>(partly);
        Long[] whole = list.stream().map(Cls::id).filter(id -> !outside.contains(id)).toArray(Long[]::new);
        if (whole.length > 0) {
            jdbc.sql("""
                    select class_id, avg(attended::float8 / delivered) from lesson_dose
                    where class_id = any(?) and delivered > 0 group by class_id""")
                    .param(whole)
                    .query(rs -> {
                        dose.put(rs.getLong(1), rs.getDouble(2));
                    });
        }
        if (!partly.isEmpty()) {
            dose.putAll(q.averageDoses(partly.toArray(Long[]::new), range, zone));
        }
        List<ClassRow> rows = new ArrayList<>();
        for (Cls c : list) {
            int[] counts = perWeek.getOrDefault(c.id(), new int[weeks.size()]);
            List<Integer> series = new ArrayList<>(counts.length);
            int total = 0;
            for (int v : counts) {
                series.add(v);
                total += v;
            }
            rows.add(new ClassRow(c.id(), c.name(), c.teachers(), c.students(), total, series,
                    new LessonFigures(progress.getOrDefault(c.id(), LessonProgress.NONE), dose.get(c.id()))));
        }
        return new SchoolOverview(term, terms, range, weeks, rows);
    }

    /** The overview for a CSV download; the download is written to the audit log. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public SchoolOverview schoolOverviewForExport(@Nullable Long termId) {
        SchoolOverview overview = schoolOverview(termId);
        audit.record("SCHOOL_OVERVIEW_EXPORTED", overview.term() == null ? null : "term:" + overview.term().id(),
                overview.classes().size() + " classes");
        return overview;
    }
}

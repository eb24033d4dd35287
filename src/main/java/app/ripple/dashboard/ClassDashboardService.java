package app.ripple.dashboard;

import app.ripple.dashboard.DashboardRecords.ClassDashboard;
import app.ripple.classroom.ClassService;
import app.ripple.dashboard.DashboardRecords.*;
import app.ripple.lesson.DeliveryService;
import app.ripple.lesson.LessonRecords.LessonProgress;
import app.ripple.security.CurrentUser;
import app.ripple.security.StaffOnly;
import java.sql.Date;
import java.sql.Timestamp;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One class's dashboard for a period: acts per week and category (rollups), the self-kindness
 * share, the gentle "no act lately" list, each student's lessons and the lesson figures (the lesson
 * feature's {@link LessonProgress}). Teachers of the class and coordinators only.
 */
@Service
public class ClassDashboardService {

    private final JdbcClient jdbc;
    private final ClassService classes;
    private final DeliveryService deliveries;
    private final DashboardQueries q;

    ClassDashboardService(JdbcClient jdbc, ClassService classes, DeliveryService deliveries, DashboardQueries q) {
        this.jdbc = jdbc;
        this.classes = classes;
        this.deliveries = deliveries;
        this.q = q;
    }

    /** "No act lately" means none in the last 14 days, today included. */
    public static final int QUIET_DAYS = 14;

    public enum Preset { THIS_WEEK, THIS_MONTH, THIS_TERM }

    /** The days of a preset for the class: its term (or the school's current term, else the last 12 weeks). */
    @StaffOnly
    @Transactional(readOnly = true)
    public DateRange range(long classId, Preset preset) {
        classes.requireAccess(classId);
        LocalDate today = q.today();
        return switch (preset) {
            case THIS_WEEK -> new DateRange(today.with(DayOfWeek.MONDAY), today.with(DayOfWeek.SUNDAY));
            case THIS_MONTH -> new DateRange(today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth()));
            case THIS_TERM -> q.termRange(classId, today);
        };
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public ClassDashboard classDashboard(long classId, DateRange range) {
        classes.requireAccess(classId);
        ZoneId zone = q.zone();
        LocalDate today = q.today();
        // the class's single figures in one round trip; the active students as an array, not a join, so the
        // plan stays one index-only scan whatever the planner guesses of the acts' count (docs/benchmarks.md)
        record Header(String name, int students, int selfKind, @Nullable DateRange term, boolean allDeliveries) {
        }
        Header h = jdbc.sql("""
                select c.name,
                       (select count(*) from classroom_students_v s where s.class_id = c.id and s.active),
                       (select count(distinct a.student_id) from challenge_acts_v a
                        where a.class_id = c.id and a.category = 'KIND_TO_MYSELF' and a.status in ('APPROVED', 'PENDING')
                          and a.created_at >= :fromTs and a.created_at < :toTs
                          and a.student_id = any(array(select s.id from classroom_students_v s where s.class_id = c.id and s.active))),
                       t.start_date, t.end_date,
                       not exists (select 1 from lesson_deliveries_v d where d.class_id = c.id
                                   and (d.delivered_on < :from or d.delivered_on > :to))
                from classroom_classes_v c
                left join lateral (select t.start_date, t.end_date from school_terms_v t
                                   where t.id = c.term_id or (c.term_id is null and :today between t.start_date and t.end_date)
                                   order by t.start_date limit 1) t on true
                where c.id = :class""")
                .param("class", classId).param("from", Date.valueOf(range.from())).param("to", Date.valueOf(range.to()))
                .param("today", Date.valueOf(today))
                .param("fromTs", DashboardQueries.start(range.from(), zone)).param("toTs", DashboardQueries.start(range.to().plusDays(1), zone))
                .query((rs, n) -> new Header(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getDate(4) == null ? null
                        : new DateRange(rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate()), rs.getBoolean(6)))
                .single();
        List<WeekCount> weeks = q.weeks(classId, DashboardQueries.upToToday(range, today));
        List<CategoryCount> categories = q.categories(classId, range);
        int acts = categories.stream().mapToInt(CategoryCount::acts).sum();
        List<QuietStudent> quiet = new ArrayList<>();
        Timestamp quietSince = DashboardQueries.start(today.minusDays(QUIET_DAYS - 1), zone);
        // every delivery of the class is in the range (e.g. "this term"): the lesson_dose rollup has the figures
        List<StudentLessons> perStudent = h.allDeliveries() ? q.lessonsPerStudentFromRollup(classId, quietSince, quiet)
                : q.lessonsPerStudent(classId, range, zone, quietSince, quiet);
        LessonFigures lessons = new LessonFigures(deliveries.progress(classId, range.from(), range.to()),
                DashboardQueries.averageDose(perStudent));
        return new ClassDashboard(classId, h.name(), range, h.term(), weeks, categories, acts, h.students(), h.selfKind(),
                QUIET_DAYS, quiet, perStudent, lessons);
    }

    /**
     * Counted acts per week (Monday) of the class for the days {@code from}..{@code to}: approved or
     * waiting for approval, "kind to myself" included, from the weekly rollup. The one definition of
     * "acts per week" that the dashboard's chart and the term report both show.
     */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<WeekCount> actsPerWeek(long classId, LocalDate from, LocalDate to) {
        classes.requireAccess(classId);
        return q.weeks(classId, new DateRange(from, to));
    }
}

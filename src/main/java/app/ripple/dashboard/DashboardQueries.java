package app.ripple.dashboard;

import app.ripple.challenge.Category;
import app.ripple.classroom.ClassService;
import app.ripple.dashboard.DashboardRecords.AttitudeStatus;
import app.ripple.dashboard.DashboardRecords.CategoryCount;
import app.ripple.dashboard.DashboardRecords.ChallengeProgress;
import app.ripple.dashboard.DashboardRecords.ClassCard;
import app.ripple.dashboard.DashboardRecords.ClassDashboard;
import app.ripple.dashboard.DashboardRecords.ClassRow;
import app.ripple.dashboard.DashboardRecords.DateRange;
import app.ripple.dashboard.DashboardRecords.LessonFigures;
import app.ripple.dashboard.DashboardRecords.NextLesson;
import app.ripple.dashboard.DashboardRecords.QuietStudent;
import app.ripple.dashboard.DashboardRecords.SchoolOverview;
import app.ripple.dashboard.DashboardRecords.StudentLessons;
import app.ripple.dashboard.DashboardRecords.TermChoice;
import app.ripple.dashboard.DashboardRecords.WeekCount;
import app.ripple.lesson.library.BuiltInLesson;
import app.ripple.lesson.library.LessonLibrary;
import app.ripple.school.AuditService;
import app.ripple.school.SchoolTimeZone;
import app.ripple.security.Caller;
import app.ripple.security.CurrentUser;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;


/**
 * Small read helpers the three dashboard services share: the school's zone and today, a class's term,
 * acts per week and category from the rollups, and each student's lessons in a period.
 */
@Component
class DashboardQueries {

    /** The SQL condition "participation p counts as attended". */
    static final String ATTENDED = "(p.status in ('PARTICIPATED', 'PRESENT') or p.made_up_on is not null)";

    final JdbcClient jdbc;
    private final SchoolTimeZone schoolTime;

    DashboardQueries(JdbcClient jdbc, SchoolTimeZone schoolTime) {
        this.jdbc = jdbc;
        this.schoolTime = schoolTime;
    }

    /**
     * Per class over the range, from the base tables: the sum of its students' lesson doses and the
     * number of students with a lesson (their average is the class's average dose).
     */
    Map<Long, SchoolOverviewReader.DoseSum> doseSums(Long[] ids, DateRange range, ZoneId zone) {
        Map<Long, SchoolOverviewReader.DoseSum> dose = new HashMap<>();
        jdbc.sql("""
                with per_student as (
                    -- enrolment is a filter inside the aggregate, not a join condition: the planner then
                    -- estimates the student x delivery rows well and hash-joins participation
                    select s.class_id, s.id, count(*) filter (where e.enrolled) as delivered,
                           count(*) filter (where e.enrolled and """ + ATTENDED + """
                           ) as attended
                    from classroom_students_v s
                    join lesson_deliveries_v d on d.class_id = s.class_id
                    cross join lateral (select lesson_enrolled(s.created_at, s.left_at, d.delivered_on, d.created_at, :tz)
                           as enrolled) e
                    left join lesson_participation_v p on p.delivery_id = d.id and p.student_id = s.id
                    where s.class_id = any(:ids) and d.delivered_on between :from and :to
                    group by s.class_id, s.id)
                select class_id, sum(attended::float8 / delivered), count(*) from per_student where delivered > 0
                group by class_id""")
                .param("from", Date.valueOf(range.from())).param("to", Date.valueOf(range.to()))
                .param("tz", zone.getId()).param("ids", ids)
                .query(rs -> {
                    dose.put(rs.getLong(1), new SchoolOverviewReader.DoseSum(rs.getDouble(2), rs.getInt(3)));
                });
        return dose;
    }

    List<WeekCount> weeks(long classId, DateRange range) {
        Map<LocalDate, Integer> byWeek = new HashMap<>();
        actsPerWeek(new Long[] {classId}, range, (c, week, acts) -> byWeek.merge(week, acts, Integer::sum));
        return weekStarts(range).stream().map(w -> new WeekCount(w, byWeek.getOrDefault(w, 0))).toList();
    }

    interface WeekSink {
        void accept(long classId, LocalDate week, int acts);
    }

    /**
     * Counted acts per class and week (Monday) for the days of the range, from the weekly rollup.
     * A partial week at either end is that week's total less the days outside the range, or the
     * days inside the range from the daily rollup, whichever reads fewer days (at most 3 per end).
     */
    void actsPerWeek(Long[] ids, DateRange range, WeekSink sink) {
        LocalDate firstMonday = range.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastMonday = range.to().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate none = LocalDate.of(1970, 1, 2); // an empty day range is (none, none - 1)
        LocalDate weeksFrom;
        LocalDate weeksTo;
        LocalDate[] head = {none, none.minusDays(1)};
        LocalDate[] tail = {none, none.minusDays(1)};
        int headSign = 1;
        int tailSign = 1;
        if (firstMonday.equals(lastMonday)) {
            // within one week: its days
            weeksFrom = firstMonday.plusWeeks(1);
            weeksTo = firstMonday;
            head = new LocalDate[] {range.from(), range.to()};
        } else {
            weeksFrom = firstMonday;
            weeksTo = lastMonday;
            int before = (int) (range.from().toEpochDay() - firstMonday.toEpochDay()); // days of the first week left out
            if (before > 3) {
                weeksFrom = firstMonday.plusWeeks(1);
                head = new LocalDate[] {range.from(), firstMonday.plusDays(6)};
            } else if (before > 0) {
                head = new LocalDate[] {firstMonday, range.from().minusDays(1)};
                headSign = -1;
            }
            int after = (int) (lastMonday.plusDays(6).toEpochDay() - range.to().toEpochDay()); // of the last week
            if (after > 3) {
                weeksTo = lastMonday.minusWeeks(1);
                tail = new LocalDate[] {lastMonday, range.to()};
            } else if (after > 0) {
                tail = new LocalDate[] {range.to().plusDays(1), lastMonday.plusDays(6)};
                tailSign = -1;
            }
        }
        jdbc.sql("""
                select class_id, week, sum(acts) from (
                    select class_id, week, acts from act_week_count
                    where class_id = any(:ids) and week between :weeksFrom and :weeksTo
                    union all
                    select class_id, act_week_of(day), acts * case when day <= :headTo then :headSign else :tailSign end
                    from act_day_count
                    where class_id = any(:ids) and (day between :headFrom and :headTo or day between :tailFrom and :tailTo)) x
                group by 1, 2""")
                .param("ids", ids).param("weeksFrom", Date.valueOf(weeksFrom)).param("weeksTo", Date.valueOf(weeksTo))
                .param("headFrom", Date.valueOf(head[0])).param("headTo", Date.valueOf(head[1]))
                .param("tailFrom", Date.valueOf(tail[0])).param("tailTo", Date.valueOf(tail[1]))
                .param("headSign", headSign).param("tailSign", tailSign)
                .query(rs -> {
                    sink.accept(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getInt(3));
                });
    }

    List<CategoryCount> categories(long classId, DateRange range) {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        jdbc.sql("""
                select category, sum(acts) from act_day_count
                where class_id = ? and day between ? and ? group by category""")
                .params(classId, Date.valueOf(range.from()), Date.valueOf(range.to()))
                .query(rs -> {
                    try {
                        counts.merge(Category.valueOf(rs.getString(1)), rs.getInt(2), Integer::sum);
                    } catch (IllegalArgumentException unknown) {
                        // a category this version does not know: left out of the mix
                    }
                });
        List<CategoryCount> out = new ArrayList<>();
        for (Category c : Category.values()) {
            out.add(new CategoryCount(c, counts.getOrDefault(c, 0)));
        }
        return out;
    }

    int acts(long classId, DateRange range) {
        return jdbc.sql("select coalesce(sum(acts), 0) from act_day_count where class_id = ? and day between ? and ?")
                .params(classId, Date.valueOf(range.from()), Date.valueOf(range.to())).query(Integer.class).single();
    }

    int studentsOnRoster(long classId) {
        return jdbc.sql("select count(*) from classroom_students_v where class_id = ? and active").param(classId)
                .query(Integer.class).single();
    }

    List<StudentLessons> lessonsPerStudent(long classId, DateRange range, ZoneId zone) {
        return lessonsPerStudent(classId, range, zone, null, new ArrayList<>());
    }

    /**
     * Each student's lessons in the range, by name. With {@code quietSince}, also fills {@code quiet}
     * with the students on the roster who have recorded no act since then (by name too).
     */
    List<StudentLessons> lessonsPerStudent(long classId, DateRange range, ZoneId zone,
            @Nullable Timestamp quietSince, List<QuietStudent> quiet) {
        return jdbc.sql("""
                select s.id, s.display_name, s.active, count(d.id) as delivered,
                       count(p.student_id) filter (where """ + ATTENDED + """
                ) as attended,
                       count(p.student_id) filter (where p.made_up_on is not null) as made_up,
                       s.active and cast(:quietSince as timestamptz) is not null
                         and not exists (select 1 from challenge_acts_v a where a.student_id = s.id
                                         and a.created_at >= cast(:quietSince as timestamptz)) as quiet
                from classroom_students_v s
                left join lesson_deliveries_v d on d.class_id = s.class_id and d.delivered_on between :from and :to
                     and lesson_enrolled(s.created_at, s.left_at, d.delivered_on, d.created_at, :tz)
                left join lesson_participation_v p on p.delivery_id = d.id and p.student_id = s.id
                where s.class_id = :class
                group by s.id, s.display_name, s.active
                having s.active or count(d.id) > 0
                order by lower(s.display_name), s.id""")
                .param("from", Date.valueOf(range.from())).param("to", Date.valueOf(range.to()))
                .param("tz", zone.getId()).param("class", classId).param("quietSince", quietSince)
                .query(studentLessons(quiet))
                .list();
    }

    /** Columns: id, name, active, delivered, attended, made up, quiet; a quiet student is also added to {@code quiet}. */
    static RowMapper<StudentLessons> studentLessons(List<QuietStudent> quiet) {
        return (rs, n) -> {
            if (rs.getBoolean(7)) {
                quiet.add(new QuietStudent(rs.getLong(1), rs.getString(2)));
            }
            return new StudentLessons(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4), rs.getInt(5), rs.getInt(6));
        };
    }

    /** As {@link #lessonsPerStudent}, when the range holds every delivery of the class. */
    List<StudentLessons> lessonsPerStudentFromRollup(long classId, Timestamp quietSince, List<QuietStudent> quiet) {
        return jdbc.sql("""
                select s.id, s.display_name, s.active, coalesce(r.delivered, 0), coalesce(r.attended, 0),
                       coalesce(r.made_up, 0),
                       s.active and not exists (select 1 from challenge_acts_v a where a.student_id = s.id
                                                and a.created_at >= :quietSince) as quiet
                from classroom_students_v s left join lesson_dose r on r.student_id = s.id
                where s.class_id = :class and (s.active or r.delivered > 0)
                order by lower(s.display_name), s.id""")
                .param("class", classId).param("quietSince", quietSince)
                .query(studentLessons(quiet))
                .list();
    }

    static @Nullable Double averageDose(List<StudentLessons> perStudent) {
        return perStudent.stream().filter(s -> s.delivered() > 0).mapToDouble(s -> s.dose())
                .average().stream().boxed().findFirst().orElse(null);
    }
    DateRange termRange(long classId, LocalDate today) {
        return classTerm(classId, today)
                .orElse(new DateRange(today.minusWeeks(11).with(DayOfWeek.MONDAY), today.with(DayOfWeek.SUNDAY)));
    }

    /** The class's term, else the school's term containing today. */
    Optional<DateRange> classTerm(long classId, LocalDate today) {
        return jdbc.sql("""
                select t.start_date, t.end_date from school_terms_v t
                where t.id = (select term_id from classroom_classes_v where id = ?)
                   or (not exists (select 1 from classroom_classes_v c where c.id = ? and c.term_id is not null)
                       and ? between t.start_date and t.end_date)
                order by t.start_date limit 1""")
                .params(classId, classId, Date.valueOf(today))
                .query((rs, n) -> new DateRange(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()))
                .optional();
    }

    /** Weeks after today have no acts yet: charts stop at the current week. */
    static DateRange upToToday(DateRange range, LocalDate today) {
        return range.from().isAfter(today) || !range.to().isAfter(today) ? range : new DateRange(range.from(), today);
    }

    static List<LocalDate> weekStarts(DateRange range) {
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate w = range.from().with(DayOfWeek.MONDAY); !w.isAfter(range.to()); w = w.plusWeeks(1)) {
            weeks.add(w);
        }
        return weeks;
    }

    /** The school's time zone (the school module's cached look-up). */
    ZoneId zone() {
        return schoolTime.zone();
    }

    LocalDate today() {
        return schoolTime.today();
    }

    static Timestamp start(LocalDate day, ZoneId zone) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

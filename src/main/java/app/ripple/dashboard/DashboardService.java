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
import app.ripple.security.Caller;
import app.ripple.security.CurrentUser;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards' read model. Acts count when approved or pending (as challenge goals count them)
 * and are read from the {@code act_day_count} rollup; lessons and attitude checks are read from the
 * lesson feature's tables. A teacher reads only the classes they teach; the school overview is for
 * coordinators. Nothing here orders students by what they did: lists are alphabetical.
 */
@Service
public class DashboardService {

    /** "No act lately" means none in the last 14 days, today included. */
    public static final int QUIET_DAYS = 14;

    static final String ATTENDED = "(p.status in ('PARTICIPATED', 'PRESENT') or p.made_up_on is not null)";

    private final JdbcClient jdbc;
    private final ClassService classes;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    DashboardService(JdbcClient jdbc, ClassService classes, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.classes = classes;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- ranges

    public enum Preset { THIS_WEEK, THIS_MONTH, THIS_TERM }

    /** The days of a preset for the class: its term (or the school's current term, else the last 12 weeks). */
    @PreAuthorize("hasAnyRole('COORDINATOR','TEACHER')")
    @Transactional(readOnly = true)
    public DateRange range(long classId, Preset preset) {
        classes.requireAccess(classId);
        LocalDate today = today();
        return switch (preset) {
            case THIS_WEEK -> new DateRange(today.with(DayOfWeek.MONDAY), today.with(DayOfWeek.SUNDAY));
            case THIS_MONTH -> new DateRange(today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth()));
            case THIS_TERM -> termRange(classId, today);
        };
    }

    // ---------------------------------------------------------------- home

    /** A card for each active class the caller teaches (coordinators: the classes they teach themselves). */
    @PreAuthorize("hasAnyRole('COORDINATOR','TEACHER')")
    @Transactional(readOnly = true)
    public List<ClassCard> homeCards() {
        Caller caller = currentUser.require();
        record Cls(long id, String name) {
        }
        List<Cls> mine = jdbc.sql("""
                select c.id, c.name from school_class c join class_teacher t on t.class_id = c.id
                where t.staff_id = ? and not c.archived order by lower(c.name), c.id""")
                .param(caller.staffId()).query((rs, n) -> new Cls(rs.getLong(1), rs.getString(2))).list();
        LocalDate today = today();
        ZoneId zone = zone();
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        List<ClassCard> cards = new ArrayList<>();
        for (Cls c : mine) {
            int students = studentsOnRoster(c.id());
            int thisWeek = acts(c.id(), new DateRange(monday, monday.plusDays(6)));
            int lastWeek = acts(c.id(), new DateRange(monday.minusWeeks(1), monday.minusDays(1)));
            int waiting = jdbc.sql("""
                    select count(*) from kindness_act a
                    where a.class_id = ? and (a.status = 'PENDING' or (a.not_me and a.status <> 'HIDDEN'))""")
                    .param(c.id()).query(Integer.class).single();
            int attention = jdbc.sql("select count(*) from attention_item where class_id = ? and status <> 'RESOLVED'")
                    .param(c.id()).query(Integer.class).single();
            DateRange term = termRange(c.id(), today);
            LessonFigures lessons = lessonFigures(c.id(), term, today, zone);
            cards.add(new ClassCard(c.id(), c.name(), students, runningChallenges(c.id(), today), thisWeek, lastWeek,
                    waiting, attention, nextLesson(c.id(), today), lessons, attitude(c.id(), students, today)));
        }
        return cards;
    }

    // ---------------------------------------------------------------- class dashboard

    @PreAuthorize("hasAnyRole('COORDINATOR','TEACHER')")
    @Transactional(readOnly = true)
    public ClassDashboard classDashboard(long classId, DateRange range) {
        classes.requireAccess(classId);
        ZoneId zone = zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        // the class's single figures in one round trip
        record Header(String name, int students, int selfKind, int planned, int plannedDelivered, int delivered,
                @Nullable DateRange term, boolean allDeliveries) {
        }
        Header h = jdbc.sql("""
                select c.name,
                       (select count(*) from student s where s.class_id = c.id and s.active),
                       (select count(distinct a.student_id) from kindness_act a
                        where a.class_id = c.id and a.category = 'KIND_TO_MYSELF' and a.status in ('APPROVED', 'PENDING')
                          and a.created_at >= :fromTs and a.created_at < :toTs
                          and a.student_id in (select s.id from student s where s.class_id = c.id and s.active)),
                       pl.planned, pl.delivered,
                       (select count(*) from lesson_delivery d where d.class_id = c.id and d.delivered_on between :from and :to),
                       t.start_date, t.end_date,
                       not exists (select 1 from lesson_delivery d where d.class_id = c.id
                                   and (d.delivered_on < :from or d.delivered_on > :to))
                from school_class c
                cross join lateral (select count(*) as planned, count(d.id) as delivered
                                    from lesson_plan p left join lesson_delivery d on d.plan_id = p.id
                                    where p.class_id = c.id and p.planned_on between :from and :upTo) pl
                left join lateral (select t.start_date, t.end_date from term t
                                   where t.id = c.term_id or (c.term_id is null and :today between t.start_date and t.end_date)
                                   order by t.start_date limit 1) t on true
                where c.id = :class""")
                .param("class", classId).param("from", Date.valueOf(range.from())).param("to", Date.valueOf(range.to()))
                .param("upTo", Date.valueOf(min(range.to(), today))).param("today", Date.valueOf(today))
                .param("fromTs", start(range.from(), zone)).param("toTs", start(range.to().plusDays(1), zone))
                .query((rs, n) -> new Header(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getDate(7) == null ? null
                                : new DateRange(rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate()),
                        rs.getBoolean(9)))
                .single();
        List<WeekCount> weeks = weeks(classId, upToToday(range, today));
        List<CategoryCount> categories = categories(classId, range);
        int acts = categories.stream().mapToInt(CategoryCount::acts).sum();
        List<QuietStudent> quiet = new ArrayList<>();
        Timestamp quietSince = start(today.minusDays(QUIET_DAYS - 1), zone);
        // every delivery of the class is in the range (e.g. "this term"): the lesson_dose rollup has the figures
        List<StudentLessons> perStudent = h.allDeliveries() ? lessonsPerStudentFromRollup(classId, quietSince, quiet)
                : lessonsPerStudent(classId, range, zone, quietSince, quiet);
        LessonFigures lessons = new LessonFigures(h.planned(), h.plannedDelivered(), h.delivered(), averageDose(perStudent));
        return new ClassDashboard(classId, h.name(), range, h.term(), weeks, categories, acts, h.students(), h.selfKind(),
                QUIET_DAYS, quiet, perStudent, lessons);
    }

    // ---------------------------------------------------------------- school overview

    /** Every class of the school for a term (the current one when {@code termId} is null). */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public SchoolOverview schoolOverview(@Nullable Long termId) {
        currentUser.require();
        LocalDate today = today();
        ZoneId zone = zone();
        List<TermChoice> terms = jdbc.sql("select id, name, start_date, end_date from term order by start_date, id")
                .query((rs, n) -> new TermChoice(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate())).list();
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
                       coalesce((select string_agg(sa.name, ', ' order by sa.name) from class_teacher ct
                                 join staff_account sa on sa.id = ct.staff_id where ct.class_id = c.id), ''),
                       (select count(*) from student s where s.class_id = c.id and s.active)
                from school_class c
                where not c.archived and (c.term_id = :term or c.term_id is null or cast(:term as bigint) is null)
                order by lower(c.name), c.id""")
                .param("term", term == null ? null : term.id())
                .query((rs, n) -> new Cls(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list();
        List<LocalDate> weeks = weekStarts(upToToday(range, today));
        Long[] ids = list.stream().map(Cls::id).toArray(Long[]::new);
        Map<Long, int[]> perWeek = new HashMap<>();
        actsPerWeek(ids, range, (classId, week, acts) -> {
            int i = weeks.indexOf(week);
            if (i >= 0) {
                perWeek.computeIfAbsent(classId, k -> new int[weeks.size()])[i] += acts;
            }
        });
        Map<Long, int[]> plans = new HashMap<>();
        jdbc.sql("""
                select p.class_id, count(*), count(d.id) from lesson_plan p left join lesson_delivery d on d.plan_id = p.id
                where p.class_id = any(?) and p.planned_on between ? and ? group by p.class_id""")
                .params(ids, Date.valueOf(range.from()), Date.valueOf(min(range.to(), today)))
                .query(rs -> {
                    plans.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        Map<Long, Integer> delivered = new HashMap<>();
        jdbc.sql("""
                select class_id, count(*) from lesson_delivery
                where class_id = any(?) and delivered_on between ? and ? group by class_id""")
                .params(ids, Date.valueOf(range.from()), Date.valueOf(range.to()))
                .query(rs -> {
                    delivered.put(rs.getLong(1), rs.getInt(2));
                });
        Map<Long, Double> dose = new HashMap<>();
        // The lesson_dose rollup counts all of a class's deliveries: exact for a class whose deliveries
        // all fall in the range. Any other class is counted from the base tables.
        List<Long> partly = jdbc.sql("""
                select distinct class_id from lesson_delivery
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
            dose.putAll(averageDoses(partly.toArray(Long[]::new), range, zone));
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
            int[] p = plans.getOrDefault(c.id(), new int[] {0, 0});
            rows.add(new ClassRow(c.id(), c.name(), c.teachers(), c.students(), total, series,
                    new LessonFigures(p[0], p[1], delivered.getOrDefault(c.id(), 0), dose.get(c.id()))));
        }
        return new SchoolOverview(term, terms, range, weeks, rows);
    }

    /** Average lesson dose per class over the range, from the base tables. */
    private Map<Long, Double> averageDoses(Long[] ids, DateRange range, ZoneId zone) {
        Map<Long, Double> dose = new HashMap<>();
        jdbc.sql("""
                with per_student as (
                    -- enrolment is a filter inside the aggregate, not a join condition: the planner then
                    -- estimates the student x delivery rows well and hash-joins participation
                    select s.class_id, s.id, count(*) filter (where e.enrolled) as delivered,
                           count(*) filter (where e.enrolled and """ + ATTENDED + """
                           ) as attended
                    from student s
                    join lesson_delivery d on d.class_id = s.class_id
                    cross join lateral (select (s.created_at at time zone :tz)::date <= d.delivered_on
                           and (s.left_at is null or d.delivered_on <= (s.left_at at time zone :tz)::date) as enrolled) e
                    left join lesson_participation p on p.delivery_id = d.id and p.student_id = s.id
                    where s.class_id = any(:ids) and d.delivered_on between :from and :to
                    group by s.class_id, s.id)
                select class_id, avg(attended::float8 / delivered) from per_student where delivered > 0 group by class_id""")
                .param("from", Date.valueOf(range.from())).param("to", Date.valueOf(range.to()))
                .param("tz", zone.getId()).param("ids", ids)
                .query(rs -> {
                    dose.put(rs.getLong(1), rs.getDouble(2));
                });
        return dose;
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

    // ---------------------------------------------------------------- pieces

    private List<WeekCount> weeks(long classId, DateRange range) {
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
    private void actsPerWeek(Long[] ids, DateRange range, WeekSink sink) {
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

    private List<CategoryCount> categories(long classId, DateRange range) {
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

    private int acts(long classId, DateRange range) {
        return jdbc.sql("select coalesce(sum(acts), 0) from act_day_count where class_id = ? and day between ? and ?")
                .params(classId, Date.valueOf(range.from()), Date.valueOf(range.to())).query(Integer.class).single();
    }

    private int studentsOnRoster(long classId) {
        return jdbc.sql("select count(*) from student where class_id = ? and active").param(classId)
                .query(Integer.class).single();
    }

    private List<ChallengeProgress> runningChallenges(long classId, LocalDate today) {
        return jdbc.sql("""
                select c.id, c.title, c.goal,
                       (select count(*) from kindness_act a where a.challenge_id = c.id and a.status in ('APPROVED', 'PENDING')
                          and (c.self_counts or a.category <> 'KIND_TO_MYSELF'))
                from challenge c where c.class_id = ? and ? between c.start_date and c.end_date
                order by c.start_date, c.id""")
                .params(classId, Date.valueOf(today))
                .query((rs, n) -> new ChallengeProgress(rs.getLong(1), rs.getString(2), rs.getInt(4), rs.getInt(3)))
                .list();
    }

    private @Nullable NextLesson nextLesson(long classId, LocalDate today) {
        return jdbc.sql("""
                select p.planned_on, p.builtin_lesson_id, cl.title from lesson_plan p
                left join custom_lesson cl on cl.id = p.custom_lesson_id
                where p.class_id = ? and p.planned_on >= ?
                  and not exists (select 1 from lesson_delivery d where d.plan_id = p.id)
                order by p.planned_on, p.id limit 1""")
                .params(classId, Date.valueOf(today))
                .query((rs, n) -> {
                    String builtIn = rs.getString(2);
                    String key = builtIn == null ? null
                            : LessonLibrary.byId(builtIn).map(BuiltInLesson::titleKey).orElse(null);
                    String title = rs.getString(3);
                    return new NextLesson(rs.getDate(1).toLocalDate(), key, title != null ? title : key == null ? builtIn : null);
                })
                .optional().orElse(null);
    }

    private AttitudeStatus attitude(long classId, int students, LocalDate today) {
        Optional<Long> termId = jdbc.sql("""
                select coalesce(c.term_id, (select t.id from term t where ? between t.start_date and t.end_date
                                            order by t.start_date limit 1))
                from school_class c where c.id = ?""")
                .params(Date.valueOf(today), classId).query(Long.class).optional();
        return jdbc.sql("""
                select c.instrument_code, c.phase, c.closed_at is null,
                       (select count(*) from attitude_check_done d join student s on s.id = d.student_id and s.active
                        where d.check_id = c.id)
                from attitude_check c
                where c.class_id = ? and (cast(? as bigint) is null or c.term_id = ?)
                order by c.opened_at desc, c.id desc limit 1""")
                .params(classId, termId.orElse(null), termId.orElse(null))
                .query((rs, n) -> new AttitudeStatus(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4),
                        students))
                .optional().orElse(AttitudeStatus.none(students));
    }

    private List<StudentLessons> lessonsPerStudent(long classId, DateRange range, ZoneId zone) {
        return lessonsPerStudent(classId, range, zone, null, new ArrayList<>());
    }

    /**
     * Each student's lessons in the range, by name. With {@code quietSince}, also fills {@code quiet}
     * with the students on the roster who have recorded no act since then (by name too).
     */
    private List<StudentLessons> lessonsPerStudent(long classId, DateRange range, ZoneId zone,
            @Nullable Timestamp quietSince, List<QuietStudent> quiet) {
        return jdbc.sql("""
                select s.id, s.display_name, s.active, count(d.id) as delivered,
                       count(p.student_id) filter (where """ + ATTENDED + """
                ) as attended,
                       count(p.student_id) filter (where p.made_up_on is not null) as made_up,
                       s.active and cast(:quietSince as timestamptz) is not null
                         and not exists (select 1 from kindness_act a where a.student_id = s.id
                                         and a.created_at >= cast(:quietSince as timestamptz)) as quiet
                from student s
                left join lesson_delivery d on d.class_id = s.class_id and d.delivered_on between :from and :to
                     and (s.created_at at time zone :tz)::date <= d.delivered_on
                     and (s.left_at is null or d.delivered_on <= (s.left_at at time zone :tz)::date)
                left join lesson_participation p on p.delivery_id = d.id and p.student_id = s.id
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
    private static RowMapper<StudentLessons> studentLessons(List<QuietStudent> quiet) {
        return (rs, n) -> {
            if (rs.getBoolean(7)) {
                quiet.add(new QuietStudent(rs.getLong(1), rs.getString(2)));
            }
            return new StudentLessons(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4), rs.getInt(5), rs.getInt(6));
        };
    }

    /** As {@link #lessonsPerStudent}, when the range holds every delivery of the class. */
    private List<StudentLessons> lessonsPerStudentFromRollup(long classId, Timestamp quietSince, List<QuietStudent> quiet) {
        return jdbc.sql("""
                select s.id, s.display_name, s.active, coalesce(r.delivered, 0), coalesce(r.attended, 0),
                       coalesce(r.made_up, 0),
                       s.active and not exists (select 1 from kindness_act a where a.student_id = s.id
                                                and a.created_at >= :quietSince) as quiet
                from student s left join lesson_dose r on r.student_id = s.id
                where s.class_id = :class and (s.active or r.delivered > 0)
                order by lower(s.display_name), s.id""")
                .param("class", classId).param("quietSince", quietSince)
                .query(studentLessons(quiet))
                .list();
    }

    private static @Nullable Double averageDose(List<StudentLessons> perStudent) {
        return perStudent.stream().filter(s -> s.delivered() > 0).mapToDouble(s -> s.dose())
                .average().stream().boxed().findFirst().orElse(null);
    }

    private LessonFigures lessonFigures(long classId, DateRange range, LocalDate today, ZoneId zone) {
        return lessonFigures(classId, range, today, zone, lessonsPerStudent(classId, range, zone));
    }

    private LessonFigures lessonFigures(long classId, DateRange range, LocalDate today, ZoneId zone,
            List<StudentLessons> perStudent) {
        int[] plans = new int[2];
        LocalDate upTo = min(range.to(), today);
        if (!upTo.isBefore(range.from())) {
            jdbc.sql("""
                    select count(*), count(d.id) from lesson_plan p left join lesson_delivery d on d.plan_id = p.id
                    where p.class_id = ? and p.planned_on between ? and ?""")
                    .params(classId, Date.valueOf(range.from()), Date.valueOf(upTo))
                    .query(rs -> {
                        plans[0] = rs.getInt(1);
                        plans[1] = rs.getInt(2);
                    });
        }
        int delivered = jdbc.sql("select count(*) from lesson_delivery where class_id = ? and delivered_on between ? and ?")
                .params(classId, Date.valueOf(range.from()), Date.valueOf(range.to())).query(Integer.class).single();
        return new LessonFigures(plans[0], plans[1], delivered, averageDose(perStudent));
    }

    private DateRange termRange(long classId, LocalDate today) {
        return classTerm(classId, today)
                .orElse(new DateRange(today.minusWeeks(11).with(DayOfWeek.MONDAY), today.with(DayOfWeek.SUNDAY)));
    }

    /** The class's term, else the school's term containing today. */
    private Optional<DateRange> classTerm(long classId, LocalDate today) {
        return jdbc.sql("""
                select t.start_date, t.end_date from term t
                where t.id = (select term_id from school_class where id = ?)
                   or (not exists (select 1 from school_class c where c.id = ? and c.term_id is not null)
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

    private ZoneId zone() {
        return ZoneId.of(jdbc.sql("select time_zone from school order by id limit 1").query(String.class).optional()
                .orElse("UTC"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    private static Timestamp start(LocalDate day, ZoneId zone) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

package app.ripple.dashboard;

import app.ripple.dashboard.DashboardRecords.ClassRow;
import app.ripple.dashboard.DashboardRecords.DateRange;
import app.ripple.dashboard.DashboardRecords.LessonFigures;
import app.ripple.dashboard.DashboardRecords.SchoolOverview;
import app.ripple.dashboard.DashboardRecords.TermChoice;
import app.ripple.lesson.DeliveryService;
import app.ripple.lesson.LessonRecords.LessonProgress;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the school overview of the school the connection is set to: one definition of "the term",
 * "acts this term", "acts per week", lesson completion and participation, used by the coordinator's
 * {@link SchoolOverviewService} and, for each school in turn, by the {@link DistrictOverviewService}.
 * No access check here: both services check the caller first.
 */
@Component
class SchoolOverviewReader {

    /** The overview, and per class the sum of its students' lesson doses and how many students had a lesson. */
    record Read(SchoolOverview overview, Map<Long, DoseSum> doses) {

        /**
         * The school's lesson participation: the average dose of every student of its classes who had a
         * lesson in the term (so a class's own average is the same figure for one class); null when
         * no student had one.
         */
        @Nullable Double participation() {
            double sum = 0;
            int students = 0;
            for (DoseSum d : doses.values()) {
                sum += d.sum();
                students += d.students();
            }
            return students == 0 ? null : sum / students;
        }

        /** The school's lessons: delivered, due and in the plan, summed over its classes. */
        LessonProgress lessons() {
            int delivered = 0;
            int due = 0;
            int inPlan = 0;
            for (ClassRow c : overview.classes()) {
                LessonProgress p = c.lessons().progress();
                delivered += p.delivered();
                due += p.due();
                inPlan += p.inPlan();
            }
            return new LessonProgress(delivered, due, inPlan);
        }

        /** Acts this term, summed over the classes. */
        int acts() {
            return overview.classes().stream().mapToInt(ClassRow::acts).sum();
        }

        /** Acts per week of the whole school, one value per week of {@link SchoolOverview#weeks()}. */
        List<Integer> actsPerWeek() {
            int[] sums = new int[overview.weeks().size()];
            for (ClassRow c : overview.classes()) {
                for (int w = 0; w < sums.length; w++) {
                    sums[w] += c.actsPerWeek().get(w);
                }
            }
            List<Integer> out = new ArrayList<>(sums.length);
            for (int v : sums) {
                out.add(v);
            }
            return out;
        }
    }

    /** Sum of the students' doses (attended ÷ delivered) and the number of students with a lesson. */
    record DoseSum(double sum, int students) {
        double average() {
            return sum / students;
        }
    }

    private final JdbcClient jdbc;
    private final DeliveryService deliveries;
    private final DashboardQueries q;

    SchoolOverviewReader(JdbcClient jdbc, DeliveryService deliveries, DashboardQueries q) {
        this.jdbc = jdbc;
        this.deliveries = deliveries;
        this.q = q;
    }

    /**
     * Every class of the school for a term: the given one, else the term containing today, else the
     * latest term; with no term at all, the last twelve weeks.
     */
    Read read(@Nullable Long termId) {
        LocalDate today = q.today();
        ZoneId zone = q.zone();
        List<TermChoice> terms = jdbc.sql("select id, name, start_date, end_date from school_terms_v where school_id = ripple_school() order by start_date, id")
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
        Map<Long, LessonProgress> progress = new HashMap<>();
        Map<Long, DoseSum> dose = new HashMap<>();
        if (ids.length > 0) {
            q.actsPerWeek(ids, range, (classId, week, acts) -> {
                int i = weeks.indexOf(week);
                if (i >= 0) {
                    perWeek.computeIfAbsent(classId, k -> new int[weeks.size()])[i] += acts;
                }
            });
            progress = deliveries.progress(list.stream().map(Cls::id).toList(), range.from(), range.to());
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
                        select class_id, sum(attended::float8 / delivered), count(*) from lesson_dose
                        where class_id = any(?) and delivered > 0 group by class_id""")
                        .param(whole)
                        .query(rs -> {
                            dose.put(rs.getLong(1), new DoseSum(rs.getDouble(2), rs.getInt(3)));
                        });
            }
            if (!partly.isEmpty()) {
                dose.putAll(q.doseSums(partly.toArray(Long[]::new), range, zone));
            }
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
            DoseSum d = dose.get(c.id());
            rows.add(new ClassRow(c.id(), c.name(), c.teachers(), c.students(), total, series,
                    new LessonFigures(progress.getOrDefault(c.id(), LessonProgress.NONE), d == null ? null : d.average())));
        }
        return new Read(new SchoolOverview(term, terms, range, weeks, rows), dose);
    }
}

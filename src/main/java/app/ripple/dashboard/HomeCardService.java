package app.ripple.dashboard;

import app.ripple.lesson.library.BuiltInLesson;
import app.ripple.lesson.library.LessonLibrary;
import app.ripple.security.Caller;
import app.ripple.classroom.ClassService;
import app.ripple.dashboard.DashboardRecords.*;
import app.ripple.lesson.DeliveryService;
import app.ripple.lesson.LessonRecords.LessonProgress;
import app.ripple.security.CurrentUser;
import app.ripple.security.StaffOnly;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teacher's home cards: one per active class they teach, with acts this and last week, what
 * waits for them, the next lesson, the lesson figures (the lesson feature's {@link LessonProgress}
 * over the term) and the latest attitude check.
 */
@Service
public class HomeCardService {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final DeliveryService deliveries;
    private final DashboardQueries q;

    HomeCardService(JdbcClient jdbc, CurrentUser currentUser, DeliveryService deliveries, DashboardQueries q) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.deliveries = deliveries;
        this.q = q;
    }

    /** A card for each active class the caller teaches (coordinators: the classes they teach themselves). */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<ClassCard> homeCards() {
        Caller caller = currentUser.require();
        record Cls(long id, String name) {
        }
        List<Cls> mine = jdbc.sql("""
                select c.id, c.name from classroom_classes_v c join classroom_class_teachers_v t on t.class_id = c.id
                where t.staff_id = ? and not c.archived order by lower(c.name), c.id""")
                .param(caller.staffId()).query((rs, n) -> new Cls(rs.getLong(1), rs.getString(2))).list();
        LocalDate today = q.today();
        ZoneId zone = q.zone();
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        List<ClassCard> cards = new ArrayList<>();
        for (Cls c : mine) {
            int students = q.studentsOnRoster(c.id());
            int thisWeek = q.acts(c.id(), new DateRange(monday, monday.plusDays(6)));
            int lastWeek = q.acts(c.id(), new DateRange(monday.minusWeeks(1), monday.minusDays(1)));
            int waiting = jdbc.sql("""
                    select count(*) from challenge_acts_v a
                    where a.class_id = ? and (a.status = 'PENDING' or (a.not_me and a.status <> 'HIDDEN'))""")
                    .param(c.id()).query(Integer.class).single();
            int attention = jdbc.sql("select count(*) from safeguarding_attention_items_v where class_id = ? and status <> 'RESOLVED'")
                    .param(c.id()).query(Integer.class).single();
            DateRange term = q.termRange(c.id(), today);
            LessonFigures lessons = new LessonFigures(deliveries.termProgress(c.id()),
                    DashboardQueries.averageDose(q.lessonsPerStudent(c.id(), term, zone)));
            cards.add(new ClassCard(c.id(), c.name(), students, runningChallenges(c.id(), today), thisWeek, lastWeek,
                    waiting, attention, nextLesson(c.id(), today), lessons, attitude(c.id(), students, today)));
        }
        return cards;
    }

    private List<ChallengeProgress> runningChallenges(long classId, LocalDate today) {
        return jdbc.sql("""
                select c.id, c.title, c.goal,
                       (select count(*) from challenge_acts_v a where a.challenge_id = c.id and a.status in ('APPROVED', 'PENDING')
                          and (c.self_counts or a.category <> 'KIND_TO_MYSELF'))
                from challenge_challenges_v c where c.class_id = ? and ? between c.start_date and c.end_date
                order by c.start_date, c.id""")
                .params(classId, Date.valueOf(today))
                .query((rs, n) -> new ChallengeProgress(rs.getLong(1), rs.getString(2), rs.getInt(4), rs.getInt(3)))
                .list();
    }

    private @Nullable NextLesson nextLesson(long classId, LocalDate today) {
        return jdbc.sql("""
                select p.planned_on, p.builtin_lesson_id, cl.title from lesson_plans_v p
                left join lesson_custom_lessons_v cl on cl.id = p.custom_lesson_id
                where p.class_id = ? and p.planned_on >= ?
                  and not exists (select 1 from lesson_deliveries_v d where d.plan_id = p.id)
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
                select coalesce(c.term_id, (select t.id from school_terms_v t where ? between t.start_date and t.end_date
                                            order by t.start_date limit 1))
                from classroom_classes_v c where c.id = ?""")
                .params(Date.valueOf(today), classId).query(Long.class).optional();
        return jdbc.sql("""
                select c.instrument_code, c.phase, c.closed_at is null,
                       (select count(*) from lesson_attitude_check_done_v d join classroom_students_v s on s.id = d.student_id and s.active
                        where d.check_id = c.id)
                from lesson_attitude_checks_v c
                where c.class_id = ? and (cast(? as bigint) is null or c.term_id = ?)
                order by c.opened_at desc, c.id desc limit 1""")
                .params(classId, termId.orElse(null), termId.orElse(null))
                .query((rs, n) -> new AttitudeStatus(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4),
                        students))
                .optional().orElse(AttitudeStatus.none(students));
    }

}

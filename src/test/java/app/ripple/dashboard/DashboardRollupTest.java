package app.ripple.dashboard;

import static app.ripple.dashboard.DashboardFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import app.ripple.dashboard.DashboardRecords.ClassRow;
import app.ripple.dashboard.DashboardRecords.DateRange;
import app.ripple.dashboard.DashboardRecords.StudentLessons;
import app.ripple.dashboard.DashboardRecords.WeekCount;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The weekly act rollup ({@code act_week_count}) and the per-student lesson rollup
 * ({@code lesson_dose}) stay equal to a count from the base tables after every kind of write, and
 * the school overview's figures do not change when it reads them.
 */
@RippleTest
class DashboardRollupTest {

    static final DateRange TERM = new DateRange(day("2026-09-01"), day("2026-12-18"));

    @Autowired Fixtures fixtures;
    @Autowired HomeCardService homeCards;
    @Autowired ClassDashboardService classDashboards;
    @Autowired SchoolOverviewService overview;
    DashboardFixtures f;

    @BeforeEach
    void school() {
        f = new DashboardFixtures(fixtures).build();
    }

    /** act_week_count as it should be: counted acts per class and Monday, in the school's time zone. */
    List<Map<String, Object>> weeksRecounted() {
        return f.jdbc.sql("""
                select class_id, act_week_of((created_at at time zone (select time_zone from school))::date) as week,
                       count(*)::int as acts
                from kindness_act where status in ('APPROVED', 'PENDING') group by 1, 2 order by 1, 2""")
                .query().listOfRows();
    }

    List<Map<String, Object>> weeksRollup() {
        return f.jdbc.sql("select class_id, week, acts from act_week_count where acts <> 0 order by 1, 2").query().listOfRows();
    }

    /**
     * "Student s was enrolled when delivery d was held", written independently of the migration's
     * function: a delivery recorded on its own day is compared at the moment it was recorded, one
     * recorded later by days (both inclusive).
     */
    static final String ENROLLED = """
            case when (d.created_at at time zone z.time_zone)::date = d.delivered_on
                 then s.created_at <= d.created_at and (s.left_at is null or s.left_at > d.created_at)
                 else (s.created_at at time zone z.time_zone)::date <= d.delivered_on
                      and (s.left_at is null or d.delivered_on <= (s.left_at at time zone z.time_zone)::date) end""";

    /** lesson_dose as it should be, written independently of the migration's function. */
    List<Map<String, Object>> doseRecounted() {
        return f.jdbc.sql("""
                with enrolment as (
                    select s.id as student_id, d.id as delivery_id,
                """ + ENROLLED + """
                 as enrolled
                    from student s join lesson_delivery d on d.class_id = s.class_id cross join school z)
                select s.id as student_id, s.class_id,
                       (select count(*) from enrolment e where e.student_id = s.id and e.enrolled)::int as delivered,
                       (select count(*) from enrolment e join lesson_participation p
                          on p.delivery_id = e.delivery_id and p.student_id = e.student_id
                        where e.student_id = s.id and e.enrolled
                          and (p.status in ('PARTICIPATED', 'PRESENT') or p.made_up_on is not null))::int as attended,
                       (select count(*) from enrolment e join lesson_participation p
                          on p.delivery_id = e.delivery_id and p.student_id = e.student_id
                        where e.student_id = s.id and e.enrolled and p.made_up_on is not null)::int as made_up
                from student s order by s.id""").query().listOfRows();
    }

    List<Map<String, Object>> doseRollup() {
        return f.jdbc.sql("select student_id, class_id, delivered, attended, made_up from lesson_dose order by student_id")
                .query().listOfRows();
    }

    void assertRollupsMatchTheBaseTables() {
        assertThat(weeksRollup()).isEqualTo(weeksRecounted());
        assertThat(doseRollup()).isEqualTo(doseRecounted());
    }

    Map<String, Object> dose(long student) {
        return f.jdbc.sql("select delivered, attended, made_up from lesson_dose where student_id = ?").param(student).query()
                .singleRow();
    }

    @Test
    void theFixtureIsCountedByHand() {
        assertRollupsMatchTheBaseTables();
        // see DashboardFixtures: Ana 3 of 4, Cleo 1 of 2 (joined 10 Nov), Dan 1 of 1 (left 15 Oct)
        assertThat(dose(f.ana)).containsEntry("delivered", 4).containsEntry("attended", 3).containsEntry("made_up", 1);
        assertThat(dose(f.cleo)).containsEntry("delivered", 2).containsEntry("attended", 1);
        assertThat(dose(f.dan)).containsEntry("delivered", 1).containsEntry("attended", 1);
        assertThat(dose(f.eve)).containsEntry("delivered", 0).containsEntry("attended", 0);
        // a3 (Sunday 22 Nov 23:30 UTC) is Monday 23 Nov in Madrid
        assertThat(f.jdbc.sql("select acts from act_week_count where class_id = ? and week = '2026-11-23'")
                .param(f.robins).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void actsAddedModeratedMovedAndDeleted() {
        long a = f.act(f.robins, f.autumn, f.ben, "EMPATHY", "PENDING", "2026-11-03T10:00:00Z", false);
        assertRollupsMatchTheBaseTables();
        f.jdbc.sql("update kindness_act set status = 'APPROVED' where id = ?").param(a).update();
        assertRollupsMatchTheBaseTables();
        f.jdbc.sql("update kindness_act set status = 'HIDDEN' where id = ?").param(a).update();
        assertRollupsMatchTheBaseTables();
        f.jdbc.sql("update kindness_act set status = 'APPROVED', created_at = '2026-09-14T10:00:00Z' where id = ?").param(a)
                .update();
        assertRollupsMatchTheBaseTables();
        f.jdbc.sql("update kindness_act set class_id = ? where id = ?").params(f.owls, a).update();
        assertRollupsMatchTheBaseTables();
        f.jdbc.sql("delete from kindness_act where student_id = ?").param(f.ana).update();
        assertRollupsMatchTheBaseTables();
        f.jdbc.sql("update school set time_zone = 'UTC'").update();
        assertRollupsMatchTheBaseTables();
        f.jdbc.sql("update school set time_zone = 'Pacific/Auckland'").update();
        assertRollupsMatchTheBaseTables();
        f.jdbc.sql("select act_day_count_rebuild()").query().listOfRows();
        assertRollupsMatchTheBaseTables();
    }

    @Test
    void deliveriesAndParticipationChanges() {
        long d5 = f.delivery(f.robins, null, "2026-11-24");
        assertRollupsMatchTheBaseTables();
        assertThat(dose(f.ana)).containsEntry("delivered", 5).containsEntry("attended", 3);
        // as the delivery screen records it: everyone enrolled took part, then one tap
        f.jdbc.sql("""
                insert into lesson_participation (delivery_id, student_id, status)
                select ?, id, 'PARTICIPATED' from student where class_id = ? and active""").params(d5, f.robins).update();
        assertRollupsMatchTheBaseTables();
        assertThat(dose(f.ana)).containsEntry("attended", 4);
        f.jdbc.sql("update lesson_participation set status = 'ABSENT' where delivery_id = ? and student_id = ?")
                .params(d5, f.ana).update();
        assertRollupsMatchTheBaseTables();
        f.jdbc.sql("update lesson_participation set made_up_on = '2026-11-25' where delivery_id = ? and student_id = ?")
                .params(d5, f.ana).update();
        assertRollupsMatchTheBaseTables();
        assertThat(dose(f.ana)).containsEntry("attended", 4);
        // moved before Cleo joined
        f.jdbc.sql("update lesson_delivery set delivered_on = '2026-11-02' where id = ?").param(d5).update();
        assertRollupsMatchTheBaseTables();
        f.jdbc.sql("update lesson_delivery set class_id = ? where id = ?").params(f.owls, d5).update();
        assertRollupsMatchTheBaseTables();
        f.jdbc.sql("delete from lesson_participation where student_id = ?").param(f.ben).update();
        assertRollupsMatchTheBaseTables();
        f.jdbc.sql("delete from lesson_delivery where id = ?").param(d5).update();
        assertRollupsMatchTheBaseTables();
        f.jdbc.sql("delete from lesson_delivery where class_id = ?").param(f.robins).update();
        assertRollupsMatchTheBaseTables();
        assertThat(dose(f.ana)).containsEntry("delivered", 0).containsEntry("attended", 0);
    }

    @Test
    void studentsJoiningLeavingMovingAndErased() {
        long zoe = f.student(f.robins, "Zoe A.", "2026-10-01T08:00:00Z", null);
        assertRollupsMatchTheBaseTables();
        assertThat(dose(zoe)).containsEntry("delivered", 4).containsEntry("attended", 0);
        // Ben leaves on 1 Nov (as the roster's "remove" does when lessons keep leavers)
        f.jdbc.sql("update student set active = false, left_at = '2026-11-01T10:00:00Z' where id = ?").param(f.ben).update();
        assertRollupsMatchTheBaseTables();
        assertThat(dose(f.ben)).containsEntry("delivered", 2).containsEntry("attended", 1);
        f.jdbc.sql("update student set display_name = 'Benjamin K.' where id = ?").param(f.ben).update();
        assertRollupsMatchTheBaseTables();
        f.jdbc.sql("update student set class_id = ? where id = ?").params(f.owls, zoe).update();
        assertRollupsMatchTheBaseTables();
        f.jdbc.sql("update student set created_at = '2026-08-01T08:00:00Z' where class_id = ?").param(f.robins).update();
        assertRollupsMatchTheBaseTables();
        // erasure deletes the student row; the rollup row goes with it
        f.jdbc.sql("delete from lesson_participation where student_id = ?").param(f.ana).update();
        f.jdbc.sql("delete from student where id = ?").param(f.ana).update();
        assertRollupsMatchTheBaseTables();
        assertThat(f.jdbc.sql("select count(*) from lesson_dose where student_id = ?").param(f.ana).query(Integer.class)
                .single()).isZero();
        // retention deletes whole classes
        f.jdbc.sql("delete from school_class where id = ?").param(f.robins).update();
        assertRollupsMatchTheBaseTables();
        assertThat(f.jdbc.sql("select count(*) from act_week_count where class_id = ?").param(f.robins)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theOverviewCountsAClassWithLessonsOutsideThePeriodFromTheBaseTables() {
        // a lesson after the term (outside the overview's period): the rollup now holds 5 deliveries
        long late = f.delivery(f.robins, null, "2026-12-21");
        f.took(late, f.ana, "ABSENT", null);
        f.took(late, f.ben, "ABSENT", null);
        assertThat(dose(f.ana)).containsEntry("delivered", 5);
        fixtures.signIn(f.coordinator);
        ClassRow robins = overview.schoolOverview(f.term).classes().getFirst();
        // the same figure as without the late lesson: (0.75 + 0.75 + 0.5 + 1 + 1) / 5
        assertThat(robins.lessons().averageDose()).isCloseTo(0.8, offset(1e-9));
        assertThat(robins.lessons().delivered()).isEqualTo(4);
        // and the class dashboard over the same days agrees
        assertThat(classDashboards.classDashboard(f.robins, TERM).lessons().averageDose()).isCloseTo(0.8, offset(1e-9));
    }

    /**
     * A lesson held on 23 Nov and recorded that day at 10:00 (Madrid): Eva joins at 14:00 and Finn at
     * 08:00; Dora leaves at 09:00 and Ben at 13:00. Only Finn and Ben were in the class for it.
     */
    @Test
    void sameDayJoinsAndLeavesCountOnlyWhenTheStudentWasThereForTheLesson() {
        long eva = f.student(f.robins, "Eva L.", "2026-11-23T13:00:00Z", null);
        long finn = f.student(f.robins, "Finn M.", "2026-11-23T07:00:00Z", null);
        f.jdbc.sql("update student set active = false, left_at = '2026-11-23T08:00:00Z' where id = ?").param(f.dora).update();
        f.jdbc.sql("update student set active = false, left_at = '2026-11-23T12:00:00Z' where id = ?").param(f.ben).update();
        Map<String, Object> doraBefore = dose(f.dora);
        long d = f.jdbc.sql("""
                insert into lesson_delivery (class_id, builtin_lesson_id, delivered_on, minutes, components, created_at)
                values (?, 'what_is_mental_health', '2026-11-23', 40, 'FACTS', '2026-11-23T09:00:00Z') returning id""")
                .param(f.robins).query(Long.class).single();
        for (long s : new long[] {f.ana, f.cleo, finn, f.ben}) {
            f.took(d, s, "PARTICIPATED", null);
        }
        assertRollupsMatchTheBaseTables();
        assertThat(dose(eva)).containsEntry("delivered", 0).containsEntry("attended", 0);
        assertThat(dose(finn)).containsEntry("delivered", 1).containsEntry("attended", 1);
        assertThat(dose(f.dora)).isEqualTo(doraBefore);
        assertThat(dose(f.ben)).containsEntry("delivered", 5).containsEntry("attended", 4);
        // the dashboard reads the same, from the rollup (the whole term) and from the base tables (November)
        fixtures.signIn(f.tess);
        for (DateRange range : List.of(TERM, new DateRange(day("2026-11-01"), day("2026-11-30")))) {
            Map<Long, StudentLessons> perStudent = classDashboards.classDashboard(f.robins, range).lessonsPerStudent().stream()
                    .collect(java.util.stream.Collectors.toMap(StudentLessons::studentId, x -> x));
            assertThat(perStudent.get(eva).delivered()).as("Eva in %s", range).isZero();
            assertThat(perStudent.get(finn).delivered()).as("Finn in %s", range).isEqualTo(1);
        }
        // a change of the recorded time recounts: recorded the next day, the whole day counts (Eva too)
        f.jdbc.sql("update lesson_delivery set created_at = '2026-11-24T09:00:00Z' where id = ?").param(d).update();
        assertRollupsMatchTheBaseTables();
        assertThat(dose(eva)).containsEntry("delivered", 1);
    }

    @Test
    void weeksFromTheRollupsEqualCountingTheDaysForAnyRange() {
        fixtures.signIn(f.coordinator);
        f.act(f.robins, f.autumn, f.ben, "EMPATHY", "APPROVED", "2026-11-09T08:00:00Z", false); // a Monday
        f.act(f.robins, f.autumn, f.ben, "EMPATHY", "APPROVED", "2026-11-15T20:00:00Z", false); // a Sunday
        String[][] ranges = {{"2026-11-09", "2026-11-15"}, {"2026-11-10", "2026-11-14"}, {"2026-11-10", "2026-11-10"},
                {"2026-11-15", "2026-11-16"}, {"2026-11-01", "2026-11-25"}, {"2026-11-03", "2026-11-22"},
                {"2026-09-01", "2026-12-18"}, {"2026-11-16", "2026-11-29"},
                // partial weeks at either end: left out 1..6 days (read as the week less the days left out,
                // or as the days kept, whichever is fewer)
                {"2026-11-12", "2026-11-19"}, {"2026-11-13", "2026-11-16"}, {"2026-11-15", "2026-11-20"},
                {"2026-11-08", "2026-11-23"}, {"2026-11-11", "2026-11-18"}, {"2026-11-14", "2026-11-22"},
                {"2026-11-15", "2026-11-15"}, {"2026-11-02", "2026-11-24"}};
        for (String[] r : ranges) {
            DateRange range = new DateRange(day(r[0]), day(r[1]));
            List<WeekCount> weeks = classDashboards.classDashboard(f.robins, range).weeks();
            for (WeekCount w : weeks) {
                LocalDateRange days = new LocalDateRange(w.weekStart(), range);
                int expected = f.jdbc.sql("""
                        select count(*) from kindness_act where class_id = ? and status in ('APPROVED', 'PENDING')
                          and (created_at at time zone 'Europe/Madrid')::date between ? and ?""")
                        .params(f.robins, Date.valueOf(days.from()), Date.valueOf(days.to())).query(Integer.class).single();
                assertThat(w.acts()).as("week of %s in %s..%s", w.weekStart(), r[0], r[1]).isEqualTo(expected);
            }
        }
    }

    /** The days of the week starting {@code monday} that fall inside the range (and not after today). */
    record LocalDateRange(java.time.LocalDate from, java.time.LocalDate to) {
        LocalDateRange(java.time.LocalDate monday, DateRange range) {
            this(monday.isBefore(range.from()) ? range.from() : monday,
                    min(monday.plusDays(6), min(range.to(), day("2026-11-25"))));
        }

        static java.time.LocalDate min(java.time.LocalDate a, java.time.LocalDate b) {
            return a.isBefore(b) ? a : b;
        }
    }
}

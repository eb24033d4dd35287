package app.ripple.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.InvalidInputException;
import app.ripple.lesson.LessonRecords.DeliveryForm;
import app.ripple.lesson.LessonRecords.Dose;
import app.ripple.lesson.LessonRecords.LessonProgress;
import app.ripple.lesson.LessonRecords.Participation;
import app.ripple.lesson.LessonRecords.ParticipationRow;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import app.ripple.testsupport.TestClockConfig;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Dose and completion on a small class, computed by hand:
 * <pre>
 * students: Ana, Ben, Cleo (from 1 Nov), Dan (joins 12 Nov), Eve (from 1 Nov, removed 15 Nov)
 * plans:    5, 10, 14, 19, 24 Nov, 1 and 8 Dec (7); delivered from plans: 5, 10, 14, 19 Nov; unplanned: 24 Nov
 *            D1 5 Nov   D2 10 Nov  D3 14 Nov  D4 19 Nov  D5 24 Nov   attended / delivered while enrolled
 * Ana        part.      absent     part.      part.      part.       4 / 5
 * Ben        abs.+made  part.      part.      part.      part.       5 / 5
 * Cleo       present    part.      part.      part.      absent      4 / 5
 * Dan        —          —          absent     part.      part.       2 / 3
 * Eve        part.      part.      part.      —          —           3 / 3 (left)
 * today 25 Nov: lesson completion 5 delivered / (5 delivered + the plan of 24 Nov, due and not delivered) = 5 / 6;
 *                term plan progress 5 / (6 + the plans of 1 and 8 Dec) = 5 / 8
 * </pre>
 */
@RippleTest
class DeliveryServiceTest {

    @Autowired ApplicationContext ctx;
    @Autowired Fixtures fixtures;
    @Autowired DeliveryService deliveries;
    LessonFixtures f;

    long teacher;
    long classId;
    long ana;
    long ben;
    long cleo;
    long dan;
    long eve;

    static LocalDate nov(int day) {
        return LocalDate.of(2026, 11, day);
    }

    @BeforeEach
    void smallClass() {
        f = new LessonFixtures(ctx);
        fixtures.reset();
        fixtures.school();
        teacher = fixtures.teacher("Tess Teacher", "tess@test.example");
        f.at(nov(1));
        classId = f.classOf(teacher, "4B");
        ana = f.student(teacher, classId, "Ana P.");
        ben = f.student(teacher, classId, "Ben R.");
        cleo = f.student(teacher, classId, "Cleo S.");
        eve = f.student(teacher, classId, "Eve T.");
        f.at(nov(12));
        dan = f.student(teacher, classId, "Dan Q.");
        f.at(nov(15));
        f.roster.removeStudent(classId, eve);
        fixtures.clock().set(TestClockConfig.START);
    }

    @Test
    void doseCountsOnlyLessonsWhileEnrolledAndCompletionIsDeliveredOverPlanned() {
        fixtures.signIn(teacher);
        Map<LocalDate, Long> plans = new java.util.LinkedHashMap<>();
        for (LocalDate d : List.of(nov(5), nov(10), nov(14), nov(19), nov(24), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 8))) {
            plans.put(d, deliveries.plan(classId, "words_matter", d));
        }
        long d1 = fromPlan(plans.get(nov(5)), nov(5));
        long d2 = fromPlan(plans.get(nov(10)), nov(10));
        long d3 = fromPlan(plans.get(nov(14)), nov(14));
        long d4 = fromPlan(plans.get(nov(19)), nov(19));
        long d5 = f.deliver(teacher, classId, "myths_and_facts", nov(24));

        assertThat(names(d1)).containsExactly("Ana P.", "Ben R.", "Cleo S.", "Eve T.");
        assertThat(names(d3)).containsExactly("Ana P.", "Ben R.", "Cleo S.", "Dan Q.", "Eve T.");
        assertThat(names(d4)).containsExactly("Ana P.", "Ben R.", "Cleo S.", "Dan Q.");
        assertThat(deliveries.participation(d1)).extracting(ParticipationRow::status).containsOnly(Participation.PARTICIPATED);

        deliveries.setParticipation(d1, ben, Participation.ABSENT);
        deliveries.setParticipation(d1, cleo, Participation.PRESENT);
        deliveries.setParticipation(d2, ana, Participation.ABSENT);
        deliveries.setParticipation(d3, dan, Participation.ABSENT);
        deliveries.setParticipation(d5, cleo, Participation.ABSENT);
        assertThat(deliveries.openMakeUps(classId)).extracting(LessonRecords.MakeUp::displayName)
                .containsExactly("Ben R.", "Ana P.", "Dan Q.", "Cleo S.");
        deliveries.markMadeUp(d1, ben);
        assertThat(deliveries.openMakeUps(classId)).extracting(LessonRecords.MakeUp::displayName)
                .containsExactly("Ana P.", "Dan Q.", "Cleo S.");

        Map<String, Dose> doses = deliveries.doses(classId).stream().collect(Collectors.toMap(Dose::displayName, d -> d));
        assertThat(doses.get("Ana P.")).extracting(Dose::attended, Dose::delivered, Dose::left).containsExactly(4, 5, false);
        assertThat(doses.get("Ben R.")).extracting(Dose::attended, Dose::delivered).containsExactly(5, 5);
        assertThat(doses.get("Cleo S.")).extracting(Dose::attended, Dose::delivered).containsExactly(4, 5);
        assertThat(doses.get("Dan Q.")).extracting(Dose::attended, Dose::delivered).containsExactly(2, 3);
        assertThat(doses.get("Eve T.")).extracting(Dose::attended, Dose::delivered, Dose::left).containsExactly(3, 3, true);
        assertThat(doses.get("Dan Q.").fraction()).isEqualTo(2 / 3.0);
        // Listed by name (those who left last), never by dose.
        assertThat(deliveries.doses(classId)).extracting(Dose::displayName)
                .containsExactly("Ana P.", "Ben R.", "Cleo S.", "Dan Q.", "Eve T.");

        // delivered 5; due so far: those and the plan of 24 Nov (not delivered); in the plan: also 1 and 8 Dec
        LessonProgress p = deliveries.termProgress(classId);
        assertThat(p).isEqualTo(new LessonProgress(5, 6, 8));
        assertThat(p.completion()).isEqualTo(5 / 6.0);
        assertThat(p.planProgress()).isEqualTo(5 / 8.0);
    }

    @Test
    void aStudentAddedAfterTheLessonOnTheSameDayDoesNotCountForIt() {
        LocalDate day = nov(20);
        fixtures.clock().set(day.atTime(8, 0).atZone(LessonFixtures.MADRID).toInstant());
        long early = f.student(teacher, classId, "Gil B.");
        fixtures.clock().set(day.atTime(10, 0).atZone(LessonFixtures.MADRID).toInstant());
        long d = f.deliver(teacher, classId, "words_matter", day);
        fixtures.clock().set(day.atTime(14, 0).atZone(LessonFixtures.MADRID).toInstant());
        long late = f.student(teacher, classId, "Fay A.");

        assertThat(deliveries.participation(d)).extracting(ParticipationRow::studentId).contains(early).doesNotContain(late);
        Map<Long, Dose> doses = deliveries.doses(classId).stream().collect(Collectors.toMap(Dose::studentId, x -> x));
        assertThat(doses.get(early)).extracting(Dose::attended, Dose::delivered).containsExactly(1, 1);
        assertThat(doses.get(late)).extracting(Dose::attended, Dose::delivered).containsExactly(0, 0);
        assertThat(rollup(late)).containsExactly(0, 0);
        assertThat(rollup(early)).containsExactly(1, 1);
    }

    @Test
    void aStudentWhoLeftBeforeTheLessonOnTheSameDayDoesNotCountForItAndOneWhoLeftAfterDoes() {
        LocalDate day = nov(20);
        fixtures.signIn(teacher);
        fixtures.clock().set(day.atTime(8, 0).atZone(LessonFixtures.MADRID).toInstant());
        f.roster.removeStudent(classId, ana);
        fixtures.clock().set(day.atTime(10, 0).atZone(LessonFixtures.MADRID).toInstant());
        long d = f.deliver(teacher, classId, "words_matter", day);
        fixtures.clock().set(day.atTime(15, 0).atZone(LessonFixtures.MADRID).toInstant());
        fixtures.signIn(teacher);
        f.roster.removeStudent(classId, ben);

        assertThat(deliveries.participation(d)).extracting(ParticipationRow::studentId).contains(ben).doesNotContain(ana);
        Map<Long, Dose> doses = deliveries.doses(classId).stream().collect(Collectors.toMap(Dose::studentId, x -> x));
        assertThat(doses.get(ana)).extracting(Dose::delivered, Dose::left).containsExactly(0, true);
        assertThat(doses.get(ben)).extracting(Dose::attended, Dose::delivered, Dose::left).containsExactly(1, 1, true);
        assertThat(rollup(ana)).containsExactly(0, 0);
        assertThat(rollup(ben)).containsExactly(1, 1);
    }

    @Test
    void aLessonRecordedOnALaterDayCountsEveryoneInTheClassThatDay() {
        LocalDate day = nov(20);
        fixtures.clock().set(day.atTime(16, 0).atZone(LessonFixtures.MADRID).toInstant());
        long afternoon = f.student(teacher, classId, "Hal C.");
        fixtures.clock().set(nov(21).atTime(9, 0).atZone(LessonFixtures.MADRID).toInstant());
        long d = f.deliver(teacher, classId, "words_matter", day);
        // no time of day is known for a lesson recorded later: the whole day counts, as before
        assertThat(deliveries.participation(d)).extracting(ParticipationRow::studentId).contains(afternoon);
        assertThat(rollup(afternoon)).containsExactly(1, 1);
    }

    /** attended, delivered from the lesson_dose rollup. */
    private List<Integer> rollup(long studentId) {
        return fixtures.jdbc().sql("select attended, delivered from lesson_dose where student_id = ?").param(studentId)
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2))).single();
    }

    @Test
    void changingAnAbsenceBackDropsItsMakeUp() {
        long d = f.deliver(teacher, classId, "words_matter", nov(20));
        deliveries.setParticipation(d, ana, Participation.ABSENT);
        deliveries.markMadeUp(d, ana);
        assertThat(deliveries.participation(d)).filteredOn(r -> r.studentId() == ana).extracting(ParticipationRow::madeUpOn)
                .containsExactly(LocalDate.of(2026, 11, 25));
        deliveries.setParticipation(d, ana, Participation.PRESENT);
        assertThat(deliveries.participation(d)).filteredOn(r -> r.studentId() == ana).extracting(ParticipationRow::madeUpOn)
                .containsOnlyNulls();
        assertThatThrownBy(() -> deliveries.markMadeUp(d, ana)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDeliveryInTheFutureOrWithoutALessonIsRefusedAndNothingIsSaved() {
        fixtures.signIn(teacher);
        assertThatThrownBy(() -> deliveries.record(classId, new DeliveryForm(null, "words_matter", nov(26), 40,
                EnumSet.noneOf(EvidenceComponent.class), ""))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).concerns("date")).isTrue());
        assertThatThrownBy(() -> deliveries.record(classId, new DeliveryForm(null, null, nov(20), 0,
                EnumSet.noneOf(EvidenceComponent.class), ""))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).concerns("minutes")).isTrue());
        assertThat(deliveries.deliveries(classId)).isEmpty();
    }

    @Test
    void aPlanIsRecordedOnceAndItsLessonIsTaken() {
        fixtures.signIn(teacher);
        long plan = deliveries.plan(classId, "noas_story", nov(20));
        long d = deliveries.record(classId, new DeliveryForm(plan, "words_matter", nov(20), 35,
                EnumSet.of(EvidenceComponent.LIVED_EXPERIENCE_CONTACT), "Went well"));
        assertThat(deliveries.delivery(d).lessonRef()).isEqualTo("noas_story");
        assertThat(deliveries.plans(classId)).singleElement().extracting(LessonRecords.PlanInfo::deliveryId).isEqualTo(d);
        assertThatThrownBy(() -> deliveries.record(classId, new DeliveryForm(plan, null, nov(21), 35, EnumSet.noneOf(EvidenceComponent.class), "")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void removingAStudentKeepsTheirRowWithTheDayTheyLeft() {
        Boolean active = fixtures.jdbc().sql("select active from student where id = ?").param(eve).query(Boolean.class).single();
        assertThat(active).isFalse();
        assertThat(fixtures.jdbc().sql("select left_at is not null from student where id = ?").param(eve).query(Boolean.class).single())
                .isTrue();
        fixtures.signIn(teacher);
        assertThat(f.roster.students(classId)).extracting(s -> s.displayName()).doesNotContain("Eve T.");
    }

    private long fromPlan(long planId, LocalDate on) {
        fixtures.signIn(teacher);
        return deliveries.record(classId, new DeliveryForm(planId, null, on, 40, EnumSet.of(EvidenceComponent.FACTS), ""));
    }

    private List<String> names(long deliveryId) {
        return deliveries.participation(deliveryId).stream().map(ParticipationRow::displayName).toList();
    }
}

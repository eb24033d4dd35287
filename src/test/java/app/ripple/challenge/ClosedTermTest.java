package app.ripple.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.InvalidInputException;
import app.ripple.challenge.ChallengeRecords.ChallengeForm;
import app.ripple.challenge.ChallengeRecords.RecordAct;
import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassReadOnlyException;
import app.ripple.classroom.ClassRecords;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.RosterService;
import app.ripple.lesson.DeliveryService;
import app.ripple.lesson.EvidenceComponent;
import app.ripple.lesson.LessonRecords.DeliveryForm;
import app.ripple.lesson.checks.AttitudeRecords.Phase;
import app.ripple.lesson.checks.CheckService;
import app.ripple.lesson.library.LessonLibrary;
import app.ripple.school.SchoolService;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * A closed term's classes are read-only: every service that writes class data refuses, before writing.
 * {@link ClosedTermWritersTest} calls every such service method on a closed term.
 */
@RippleTest
@Import(ChallengeFixtures.class)
class ClosedTermTest {

    @Autowired Fixtures fixtures;
    @Autowired ChallengeFixtures f;
    @Autowired SchoolService school;
    @Autowired ClassService classes;
    @Autowired RosterService roster;
    @Autowired ChallengeService challenges;
    @Autowired ActService acts;
    @Autowired DeliveryService deliveries;
    @Autowired CheckService checks;

    long coordinator;
    long termId;
    long zoe;
    long challenge;

    @BeforeEach
    void classInATerm() {
        ChallengeFixtures.ClassInTerm c = f.classWithTabletInATerm(school);
        coordinator = c.coordinator();
        termId = c.termId();
        zoe = c.student();
        challenge = c.challenge();
    }

    private RecordAct act() {
        return new RecordAct(UUID.randomUUID(), challenge, "lib:held_door", null, Recipient.CLASSMATE, 4, null);
    }

    private int count(String table) {
        return fixtures.jdbc().sql("select count(*) from " + table).query(Integer.class).single();
    }

    @Test
    void closingATermMakesItsClassesReadOnlyAndReopeningUndoesIt() {
        f.signInStudent(zoe);
        acts.record(act());
        fixtures.signIn(coordinator);
        school.closeTerm(termId);
        assertThat(school.terms()).singleElement().satisfies(t -> assertThat(t.closed()).isTrue());
        assertThat(school.termOverviews().getFirst().closedBy()).isEqualTo("Casey Coordinator");

        int actsBefore = count("kindness_act");
        int studentsBefore = count("student");
        int challengesBefore = count("challenge");
        fixtures.signIn(f.teacher);
        assertThat(classes.isReadOnly(f.classId)).isTrue();
        assertThatThrownBy(() -> classes.requireWritable(f.classId)).isInstanceOf(ClassReadOnlyException.class)
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> roster.addStudent(f.classId, new ClassRecords.StudentForm("Late L.", null, null)))
                .isInstanceOf(ClassReadOnlyException.class);
        assertThatThrownBy(() -> roster.removeStudent(f.classId, zoe)).isInstanceOf(ClassReadOnlyException.class);
        assertThatThrownBy(() -> classes.update(f.classId, new ClassRecords.ClassForm("Renamed", AgeBand.AGES_9_11, termId,
                List.of(f.teacher), 60))).isInstanceOf(ClassReadOnlyException.class);
        assertThatThrownBy(() -> challenges.create(f.classId, new ChallengeForm("More", "", LocalDate.of(2026, 11, 25),
                LocalDate.of(2026, 11, 30), 5, EnumSet.of(Category.EMPATHY), List.of(), false, null)))
                .isInstanceOf(ClassReadOnlyException.class);
        assertThatThrownBy(() -> challenges.delete(challenge)).isInstanceOf(ClassReadOnlyException.class);
        f.signInStudent(zoe);
        assertThatThrownBy(() -> acts.record(act())).isInstanceOf(ClassReadOnlyException.class);
        assertThat(count("kindness_act")).isEqualTo(actsBefore);
        assertThat(count("student")).isEqualTo(studentsBefore);
        assertThat(count("challenge")).isEqualTo(challengesBefore);
        // reading still works
        fixtures.signIn(f.teacher);
        String lesson = LessonLibrary.all().getFirst().id();
        assertThatThrownBy(() -> deliveries.plan(f.classId, lesson, LocalDate.of(2026, 11, 26)))
                .isInstanceOf(ClassReadOnlyException.class);
        assertThatThrownBy(() -> deliveries.record(f.classId, new DeliveryForm(null, lesson, LocalDate.of(2026, 11, 24), 40,
                EnumSet.of(EvidenceComponent.FACTS), ""))).isInstanceOf(ClassReadOnlyException.class);
        assertThatThrownBy(() -> checks.open(f.classId, "school-kindness-scale", Phase.PRE))
                .isInstanceOf(ClassReadOnlyException.class);
        assertThat(count("lesson_plan") + count("lesson_delivery") + count("attitude_check")).isZero();
        assertThat(roster.students(f.classId)).hasSize(1);
        assertThat(classes.get(f.classId).name()).isEqualTo("4B");

        fixtures.signIn(coordinator);
        school.reopenTerm(termId);
        f.signInStudent(zoe);
        acts.record(act());
        assertThat(count("kindness_act")).isEqualTo(actsBefore + 1);
        assertThat(fixtures.jdbc().sql("select count(*) from audit_log where action in ('TERM_CLOSED', 'TERM_REOPENED')")
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void showingOrHidingNamesOnTheWallIsAudited(@Autowired WallService wall) {
        fixtures.signIn(f.teacher);
        wall.setShowsNames(f.classId, true);
        wall.setShowsNames(f.classId, false);
        assertThat(fixtures.jdbc().sql("select actor || ' ' || action || ' ' || target from audit_log where action like 'WALL_NAMES_%' order by id")
                .query(String.class).list())
                .containsExactly("tess@test.example WALL_NAMES_SHOWN class:" + f.classId, "tess@test.example WALL_NAMES_HIDDEN class:" + f.classId);
    }

    @Test
    void onlyCoordinatorsCloseTermsAndAddSchoolYears() {
        fixtures.signIn(f.teacher);
        assertThatThrownBy(() -> school.closeTerm(termId)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> school.reopenTerm(termId)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> school.addSchoolYear("2026/27", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 31)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(school.terms()).singleElement().satisfies(t -> assertThat(t.closed()).isFalse());
    }

    @Test
    void termsLieWithinTheirSchoolYearAndYearsDoNotOverlap() {
        fixtures.signIn(coordinator);
        var year = school.addSchoolYear("2026/27", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 31));
        assertThatThrownBy(() -> school.addSchoolYear("Overlap", LocalDate.of(2027, 7, 1), LocalDate.of(2028, 6, 30)))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).concerns("start")).isTrue());
        assertThatThrownBy(() -> school.addTerm("Summer", LocalDate.of(2027, 7, 1), LocalDate.of(2027, 8, 15), year.id()))
                .isInstanceOf(InvalidInputException.class);
        var spring = school.addTerm("Spring 2027", LocalDate.of(2027, 1, 8), LocalDate.of(2027, 3, 31), year.id());
        assertThat(school.termOverviews()).filteredOn(t -> t.term().id() == spring.id()).singleElement()
                .satisfies(t -> assertThat(t.schoolYearName()).isEqualTo("2026/27"));
        assertThat(school.schoolYears()).hasSize(1);
    }
}

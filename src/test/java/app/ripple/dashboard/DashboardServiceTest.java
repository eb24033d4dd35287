package app.ripple.dashboard;

import static app.ripple.dashboard.DashboardFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import app.ripple.base.NotAllowedException;
import app.ripple.challenge.Category;
import app.ripple.dashboard.DashboardRecords.ClassCard;
import app.ripple.dashboard.DashboardRecords.ClassDashboard;
import app.ripple.dashboard.DashboardRecords.ClassRow;
import app.ripple.dashboard.DashboardRecords.DateRange;
import app.ripple.dashboard.DashboardRecords.QuietStudent;
import app.ripple.dashboard.DashboardRecords.SchoolOverview;
import app.ripple.dashboard.DashboardRecords.StudentLessons;
import app.ripple.dashboard.DashboardRecords.WeekCount;
import app.ripple.dashboard.ClassDashboardService.Preset;
import app.ripple.lesson.LessonRecords.LessonProgress;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Every figure against the hand-computed values of {@link DashboardFixtures}. */
@RippleTest
class DashboardServiceTest {

    @Autowired Fixtures fixtures;
    @Autowired HomeCardService homeCards;
    @Autowired ClassDashboardService classDashboards;
    @Autowired SchoolOverviewService overview;
    DashboardFixtures f;

    static final DateRange NOVEMBER = new DateRange(day("2026-11-01"), day("2026-11-30"));
    static final DateRange TERM = new DateRange(day("2026-09-01"), day("2026-12-18"));

    @BeforeEach
    void school() {
        f = new DashboardFixtures(fixtures).build();
    }

    @Test
    void presetsAreThisWeekThisMonthAndTheClassTerm() {
        fixtures.signIn(f.tess);
        assertThat(classDashboards.range(f.robins, Preset.THIS_WEEK)).isEqualTo(new DateRange(day("2026-11-23"), day("2026-11-29")));
        assertThat(classDashboards.range(f.robins, Preset.THIS_MONTH)).isEqualTo(NOVEMBER);
        assertThat(classDashboards.range(f.robins, Preset.THIS_TERM)).isEqualTo(TERM);
    }

    @Test
    void actsPerWeekCountApprovedAndPendingActsOnSchoolDays() {
        fixtures.signIn(f.tess);
        ClassDashboard d = classDashboards.classDashboard(f.robins, NOVEMBER);
        // 1 Nov is a Sunday: its week starts on 26 Oct. a3 (Sunday 23:30 UTC) is Monday in Madrid.
        // The chart stops at the current week (30 Nov is still to come).
        assertThat(d.weeks()).containsExactly(new WeekCount(day("2026-10-26"), 0), new WeekCount(day("2026-11-02"), 1),
                new WeekCount(day("2026-11-09"), 0), new WeekCount(day("2026-11-16"), 2), new WeekCount(day("2026-11-23"), 3));
        assertThat(d.acts()).isEqualTo(6);
        Map<Category, Integer> mix = d.categories().stream()
                .collect(Collectors.toMap(c -> c.category(), c -> c.acts()));
        assertThat(mix).containsEntry(Category.KIND_TO_OTHERS, 3).containsEntry(Category.KIND_TO_MYSELF, 1)
                .containsEntry(Category.CONNECTION, 1).containsEntry(Category.EMPATHY, 1)
                .containsEntry(Category.STANDING_UP_TO_STIGMA, 0);
        assertThat(classDashboards.classDashboard(f.robins, TERM).acts()).isEqualTo(7);
    }

    @Test
    void selfKindnessParticipationIsTheShareOfStudentsOnTheRosterWithAtLeastOne() {
        fixtures.signIn(f.tess);
        ClassDashboard term = classDashboards.classDashboard(f.robins, TERM);
        // roster: Ana, Ben, Cleo, Dora; only Ana has a counted kind-to-myself act (Ben's was hidden, Dan has left)
        assertThat(term.students()).isEqualTo(4);
        assertThat(term.studentsWithSelfKindness()).isEqualTo(1);
        assertThat(term.selfKindnessShare()).isEqualTo(0.25);
    }

    @Test
    void theQuietListHasStudentsWithoutAnyActInTheLastFourteenDaysAlphabetically() {
        fixtures.signIn(f.tess);
        assertThat(classDashboards.classDashboard(f.robins, NOVEMBER).quiet()).containsExactly(new QuietStudent(f.dora, "Dora P."));
        // on 8 Dec the window starts on 25 Nov: Ben's (23 Nov in Madrid) and Cleo's (20 Nov) last acts are older
        fixtures.clock().set(java.time.Instant.parse("2026-12-08T09:00:00Z"));
        assertThat(classDashboards.classDashboard(f.robins, NOVEMBER).quiet()).extracting(QuietStudent::displayName)
                .containsExactly("Ben K.", "Cleo R.", "Dora P.");
    }

    @Test
    void lessonDoseIsAttendedOverDeliveredWhileEnrolled() {
        fixtures.signIn(f.tess);
        ClassDashboard term = classDashboards.classDashboard(f.robins, TERM);
        assertThat(term.lessonsPerStudent()).containsExactly(
                new StudentLessons(f.ana, "Ana M.", true, 4, 3, 1),
                new StudentLessons(f.ben, "Ben K.", true, 4, 3, 0),
                new StudentLessons(f.cleo, "Cleo R.", true, 2, 1, 0),
                new StudentLessons(f.dan, "Dan S.", false, 1, 1, 0),
                new StudentLessons(f.dora, "Dora P.", true, 4, 4, 0));
        // (0.75 + 0.75 + 0.5 + 1 + 1) / 5
        assertThat(term.lessons().averageDose()).isCloseTo(0.8, offset(1e-9));
        // delivered: D1-D3 (from P1-P3) and D4 (not planned); due so far: those 4 and P4 (24 Nov, not
        // delivered); in the term plan: also the plans of 1 and 9 Dec
        assertThat(term.lessons().progress()).isEqualTo(new LessonProgress(4, 5, 7));
        assertThat(term.lessons().completion()).isEqualTo(0.8);
        assertThat(term.lessons().progress().planProgress()).isEqualTo(4 / 7.0);

        ClassDashboard november = classDashboards.classDashboard(f.robins, NOVEMBER);
        // D3, D4 only; Dan had no lesson in November and is not on the roster: not listed
        assertThat(november.lessonsPerStudent()).extracting(StudentLessons::displayName)
                .containsExactly("Ana M.", "Ben K.", "Cleo R.", "Dora P.");
        assertThat(november.lessonsPerStudent().getFirst().dose()).isEqualTo(0.5);
        assertThat(november.lessons().averageDose()).isCloseTo(0.75, offset(1e-9));
        // D3, D4 delivered in November; P4 due and not delivered
        assertThat(november.lessons().progress()).isEqualTo(new LessonProgress(2, 3, 3));
        assertThat(november.lessons().completion()).isEqualTo(2 / 3.0);
    }

    @Test
    void aHomeCardSumsUpTheClass() {
        fixtures.signIn(f.tess);
        List<ClassCard> cards = homeCards.homeCards();
        assertThat(cards).hasSize(1);
        ClassCard c = cards.getFirst();
        assertThat(c.className()).isEqualTo("Class 2 Robins");
        assertThat(c.students()).isEqualTo(4);
        assertThat(c.actsThisWeek()).isEqualTo(3);
        assertThat(c.actsLastWeek()).isEqualTo(2);
        assertThat(c.waitingApproval()).isEqualTo(2); // a3 pending, a9 "that wasn't me"
        assertThat(c.needsAttention()).isEqualTo(1);
        // a1, a3, a4, a7, a9: counted and not kind-to-myself
        assertThat(c.challenges()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Autumn kindness");
            assertThat(p.count()).isEqualTo(5);
            assertThat(p.goal()).isEqualTo(20);
        });
        assertThat(c.nextLesson()).isNotNull();
        assertThat(c.nextLesson().plannedOn()).isEqualTo(day("2026-12-01"));
        assertThat(c.nextLesson().titleKey()).isEqualTo("lesson.my_mind_matters.title");
        assertThat(c.lessons().progress()).isEqualTo(new LessonProgress(4, 5, 7));
        assertThat(c.lessons().averageDose()).isCloseTo(0.8, offset(1e-9));
        assertThat(c.attitude().phase()).isEqualTo("POST");
        assertThat(c.attitude().open()).isTrue();
        assertThat(c.attitude().done()).isEqualTo(1); // Ana; Dan has left
        assertThat(c.attitude().students()).isEqualTo(4);
    }

    @Test
    void theSchoolOverviewHasEveryClassOfTheTerm() {
        fixtures.signIn(f.coordinator);
        SchoolOverview o = overview.schoolOverview(null);
        assertThat(o.term()).isNotNull();
        assertThat(o.term().name()).isEqualTo("Autumn 2026");
        assertThat(o.weeks()).hasSize(13).startsWith(day("2026-08-31")).endsWith(day("2026-11-23"));
        assertThat(o.classes()).extracting(ClassRow::className).containsExactly("Class 2 Robins", "Class 3 Owls");
        ClassRow robins = o.classes().getFirst();
        assertThat(robins.teachers()).isEqualTo("Tess Teacher");
        assertThat(robins.students()).isEqualTo(4);
        assertThat(robins.acts()).isEqualTo(7);
        assertThat(robins.actsPerWeek().stream().mapToInt(Integer::intValue).sum()).isEqualTo(7);
        assertThat(robins.actsPerWeek().get(o.weeks().indexOf(day("2026-11-23")))).isEqualTo(3);
        assertThat(robins.lessons().progress()).isEqualTo(new LessonProgress(4, 5, 7));
        assertThat(robins.lessons().delivered()).isEqualTo(4);
        assertThat(robins.lessons().averageDose()).isCloseTo(0.8, offset(1e-9));
        ClassRow owls = o.classes().get(1);
        assertThat(owls.acts()).isEqualTo(1);
        assertThat(owls.lessons().completion()).isNull();
        assertThat(owls.lessons().averageDose()).isNull();
    }

    @Test
    void theRollupFollowsModerationAndTheSchoolsTimeZone() {
        fixtures.signIn(f.tess);
        DateRange week = new DateRange(day("2026-11-23"), day("2026-11-29"));
        assertThat(classDashboards.classDashboard(f.robins, week).acts()).isEqualTo(3);
        f.jdbc.sql("update kindness_act set status = 'HIDDEN' where status = 'PENDING'").update();
        assertThat(classDashboards.classDashboard(f.robins, week).acts()).isEqualTo(2);
        f.jdbc.sql("update kindness_act set status = 'PENDING' where category = 'CONNECTION'").update();
        assertThat(classDashboards.classDashboard(f.robins, week).acts()).isEqualTo(3);
        // In UTC, a3 (Sunday 23:30 UTC) belongs to the week before
        f.jdbc.sql("update school set time_zone = 'UTC'").update();
        assertThat(classDashboards.classDashboard(f.robins, week).acts()).isEqualTo(2);
        f.jdbc.sql("delete from kindness_act where category = 'KIND_TO_MYSELF'").update();
        assertThat(classDashboards.classDashboard(f.robins, week).acts()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- who may read what

    @Test
    void aTeacherCannotReadAnotherTeachersClass() {
        fixtures.signIn(f.bob);
        assertThatThrownBy(() -> classDashboards.classDashboard(f.robins, NOVEMBER)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> classDashboards.range(f.robins, Preset.THIS_TERM)).isInstanceOf(NotAllowedException.class);
        assertThat(homeCards.homeCards()).extracting(ClassCard::className).containsExactly("Class 3 Owls");
    }

    @Test
    void onlyCoordinatorsSeeTheSchoolOverview() {
        fixtures.signIn(f.tess);
        assertThatThrownBy(() -> overview.schoolOverview(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> overview.schoolOverviewForExport(null)).isInstanceOf(AccessDeniedException.class);
        fixtures.signOut();
        assertThatThrownBy(() -> homeCards.homeCards()).isInstanceOf(RuntimeException.class);
        fixtures.signIn(f.coordinator);
        assertThat(classDashboards.classDashboard(f.robins, NOVEMBER).className()).isEqualTo("Class 2 Robins");
    }

    @Test
    void aCsvDownloadIsAudited() {
        fixtures.signIn(f.coordinator);
        overview.schoolOverviewForExport(f.term);
        assertThat(f.jdbc.sql("select count(*) from audit_log where action = 'SCHOOL_OVERVIEW_EXPORTED'")
                .query(Integer.class).single()).isEqualTo(1);
    }
}

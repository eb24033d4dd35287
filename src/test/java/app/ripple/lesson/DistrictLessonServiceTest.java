package app.ripple.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.NotAllowedException;
import app.ripple.base.SchoolScope;
import app.ripple.lesson.DistrictLessonService.SchoolLesson;
import app.ripple.lesson.LessonRecords.LessonCard;
import app.ripple.lesson.LessonRecords.LessonDetail;
import app.ripple.lesson.LessonRecords.LessonForm;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lessons the district shares with every school (docs/district.md, "Sharing with every school"), on
 * PostgreSQL with row-level security: every school reads them, no school changes them (through the
 * service or by plain SQL in its own scope), and a school's own lessons stay its own.
 */
@RippleTest
class DistrictLessonServiceTest {

    @Autowired Fixtures fixtures;
    @Autowired LessonService lessons;
    @Autowired DistrictLessonService district;
    @Autowired PlatformTransactionManager transactions;

    long schoolA;
    long schoolB;
    long teacherA;
    long coordinatorB;
    long admin;
    long lessonA;
    long lessonB;

    @BeforeEach
    void twoSchoolsWithALessonEach() {
        fixtures.reset();
        fixtures.school();
        schoolA = fixtures.jdbc().sql("select min(id) from school").query(Long.class).single();
        teacherA = fixtures.teacher("Tess Teacher", "tess@test.example");
        schoolB = fixtures.otherSchool("Hillside", "b@test.example");
        coordinatorB = fixtures.staffId("b@test.example");
        admin = fixtures.districtAdmin("district@test.example");
        fixtures.signIn(teacherA);
        lessonA = LessonService.customId(lessons.create(LessonFixtures.form("Kind words at Riverside", "Say one kind word."))).orElseThrow();
        fixtures.signIn(coordinatorB);
        lessonB = LessonService.customId(lessons.create(LessonFixtures.form("Hillside own lesson", "Only for Hillside."))).orElseThrow();
        fixtures.signOut();
    }

    private long share(long schoolLesson) {
        fixtures.signIn(admin);
        long id = district.share(schoolLesson);
        fixtures.signOut();
        return id;
    }

    @Test
    void theDistrictAdministratorSeesEverySchoolsLessonsAndSharesOneWithItsSteps() {
        fixtures.signIn(admin);
        assertThat(district.schoolLessons()).extracting(SchoolLesson::school, SchoolLesson::title, SchoolLesson::author,
                SchoolLesson::shared).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Hillside", "Hillside own lesson", "Coordinator of Hillside", false),
                        org.assertj.core.groups.Tuple.tuple("Test School", "Kind words at Riverside", "Tess Teacher", false));
        long shared = district.share(lessonA);
        assertThat(district.share(lessonA)).as("sharing twice keeps one copy").isEqualTo(shared);
        assertThat(district.shared()).singleElement().satisfies(l -> {
            assertThat(l.id()).isEqualTo(shared);
            assertThat(l.title()).isEqualTo("Kind words at Riverside");
            assertThat(l.sharedFrom()).isEqualTo("Test School");
        });
        assertThat(district.schoolLessons()).filteredOn(SchoolLesson::shared).extracting(SchoolLesson::id).containsExactly(lessonA);
        fixtures.signOut();

        var jdbc = fixtures.jdbc();
        assertThat(jdbc.sql("select (school_id is null) || '|' || copied_from || '|' || owner_id from custom_lesson where id = ?")
                .param(shared).query(String.class).single()).isEqualTo("true|custom:" + lessonA + "|" + admin);
        assertThat(jdbc.sql("select count(*) from custom_lesson_step where lesson_id = ? and school_id is null").param(shared)
                .query(Integer.class).single())
                .isEqualTo(jdbc.sql("select count(*) from custom_lesson_step where lesson_id = ?").param(lessonA).query(Integer.class).single())
                .isPositive();
        // A district entry of the audit (no school), under the administrator's name.
        assertThat(jdbc.sql("select actor || '|' || coalesce(school_id::text, 'district') from audit_log where action = 'LESSON_SHARED'")
                .query(String.class).single()).isEqualTo("district@test.example|district");
    }

    @Test
    void aSchoolSeesTheDistrictsLessonsButNotAnotherSchoolsOwn() {
        long shared = share(lessonA);
        String ref = LessonService.customRef(shared);
        fixtures.signIn(coordinatorB);
        List<LessonCard> library = lessons.library(null, null, Locale.ENGLISH);
        assertThat(library).filteredOn(c -> !c.builtIn()).extracting(LessonCard::ref, LessonCard::mine, LessonCard::shared)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LessonService.customRef(lessonB), true, false),
                        org.assertj.core.groups.Tuple.tuple(ref, false, true));
        assertThat(lessons.choices(Locale.ENGLISH)).extracting(LessonCard::ref).contains(ref);
        LessonDetail detail = lessons.lesson(ref, Locale.ENGLISH);
        assertThat(detail.shared()).isTrue();
        assertThat(detail.editable()).isFalse();
        // School A's own lesson (the original) is still school A's alone.
        assertThatThrownBy(() -> lessons.lesson(LessonService.customRef(lessonA), Locale.ENGLISH)).isInstanceOf(NotAllowedException.class);
        assertThat(library).extracting(LessonCard::ref).doesNotContain(LessonService.customRef(lessonA));

        // Copying the shared lesson makes Hillside's own, which remembers where it came from.
        String copy = lessons.copy(ref, Locale.ENGLISH);
        LessonDetail mine = lessons.lesson(copy, Locale.ENGLISH);
        assertThat(mine.editable()).isTrue();
        assertThat(mine.shared()).isFalse();
        assertThat(mine.copiedFrom()).isEqualTo("custom:" + shared);
        fixtures.signOut();
        assertThat(fixtures.jdbc().sql("select school_id from custom_lesson where id = ?").param(LessonService.customId(copy).orElseThrow())
                .query(Long.class).single()).isEqualTo(schoolB);
    }

    @Test
    void aSchoolCannotChangeADistrictLessonThroughTheService() {
        long shared = share(lessonA);
        // Not even the author of the original: the shared copy is the district's.
        fixtures.signIn(teacherA);
        LessonForm form = LessonFixtures.form("Changed by a school", "Changed.");
        assertThatThrownBy(() -> lessons.form(shared)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> lessons.update(shared, form)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> lessons.archive(shared)).isInstanceOf(NotAllowedException.class);
        // A school's staff do not share or stop sharing.
        assertThatThrownBy(() -> district.stopSharing(shared)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> district.share(lessonA)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(coordinatorB);
        assertThatThrownBy(() -> lessons.update(shared, form)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> district.schoolLessons()).isInstanceOf(AccessDeniedException.class);
        fixtures.signOut();
        assertThat(fixtures.jdbc().sql("select title || '|' || archived from custom_lesson where id = ?").param(shared)
                .query(String.class).single()).isEqualTo("Kind words at Riverside|false");
    }

    @Test
    void rowLevelSecurityRefusesASchoolsSqlOnADistrictLesson() {
        long shared = share(lessonA);
        var jdbc = fixtures.jdbc();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        SchoolScope.of(schoolA, () -> {
            // Visible: every school reads the district's lessons.
            assertThat((Integer) tx.execute(s -> jdbc.sql("select count(*) from custom_lesson where id = ?").param(shared)
                    .query(Integer.class).single())).isEqualTo(1);
            assertThat((Integer) tx.execute(s -> jdbc.sql("select count(*) from custom_lesson_step where lesson_id = ?").param(shared)
                    .query(Integer.class).single())).isPositive();
            // But invisible to updates and deletes: nothing changes.
            int changed = tx.execute(s -> jdbc.sql("update custom_lesson set title = 'hijacked' where id = ?").param(shared).update()
                    + jdbc.sql("update custom_lesson set archived = true where school_id is null").update()
                    + jdbc.sql("update custom_lesson_step set body = 'hijacked' where lesson_id = ?").param(shared).update()
                    + jdbc.sql("delete from custom_lesson_step where lesson_id = ?").param(shared).update());
            assertThat(changed).isZero();
            // Writing a district lesson, or moving one's own lesson to the district, is refused.
            assertThatThrownBy(() -> tx.executeWithoutResult(s -> jdbc.sql("""
                    insert into custom_lesson (school_id, owner_id, language, title, age_bands, minutes, components,
                                               reflection_question, created_at, updated_at)
                    values (null, ?, 'en', 'Sneaky', '9-11', 30, 'FACTS', 'Why?', now(), now())""").param(teacherA).update()))
                    .hasStackTraceContaining("row-level security");
            assertThatThrownBy(() -> tx.executeWithoutResult(s -> jdbc.sql("update custom_lesson set school_id = null where id = ?")
                    .param(lessonA).update()))
                    .hasStackTraceContaining("row-level security");
            assertThatThrownBy(() -> tx.executeWithoutResult(s -> jdbc.sql("""
                    insert into custom_lesson_step (school_id, lesson_id, position, kind, title, body, minutes)
                    values (null, ?, 99, 'TALK', 'Sneaky', 'Sneaky', 5)""").param(shared).update()))
                    .hasStackTraceContaining("row-level security");
            // Another school's own lesson stays invisible.
            assertThat((Integer) tx.execute(s -> jdbc.sql("select count(*) from custom_lesson where id = ?").param(lessonB)
                    .query(Integer.class).single())).isZero();
        });
        assertThat(jdbc.sql("select title || '|' || archived from custom_lesson where id = ?").param(shared).query(String.class).single())
                .isEqualTo("Kind words at Riverside|false");
        assertThat(jdbc.sql("select count(*) from custom_lesson_step where lesson_id = ? and body = 'hijacked'").param(shared)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void stoppingSharingTakesTheLessonOutOfEverySchoolsLibrary() {
        long shared = share(lessonA);
        fixtures.signIn(admin);
        district.stopSharing(shared);
        assertThat(district.shared()).isEmpty();
        assertThat(district.schoolLessons()).noneMatch(SchoolLesson::shared);
        assertThatThrownBy(() -> district.stopSharing(shared)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> district.stopSharing(lessonB)).as("a school's own lesson is not the district's to archive")
                .isInstanceOf(NotAllowedException.class);
        fixtures.signIn(coordinatorB);
        assertThat(lessons.library(null, null, Locale.ENGLISH)).extracting(LessonCard::ref).doesNotContain(LessonService.customRef(shared));
        fixtures.signOut();
        assertThat(fixtures.jdbc().sql("select archived from custom_lesson where id = ?").param(lessonB).query(Boolean.class).single()).isFalse();
        assertThat(fixtures.jdbc().sql("select count(*) from audit_log where action = 'LESSON_UNSHARED'").query(Integer.class).single())
                .isEqualTo(1);
    }
}

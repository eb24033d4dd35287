package app.ripple.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.InvalidInputException;
import app.ripple.classroom.AgeBand;
import app.ripple.lesson.LessonRecords.LessonCard;
import app.ripple.lesson.LessonRecords.LessonDetail;
import app.ripple.lesson.LessonRecords.LessonForm;
import app.ripple.lesson.library.LessonLibrary;
import app.ripple.lesson.library.StepKind;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@RippleTest
class LessonServiceTest {

    @Autowired ApplicationContext ctx;
    @Autowired Fixtures fixtures;
    @Autowired LessonService lessons;
    long teacher;

    @BeforeEach
    void teacher() {
        fixtures.reset();
        fixtures.school();
        teacher = fixtures.teacher("Tess Teacher", "tess@test.example");
        fixtures.signIn(teacher);
    }

    @Test
    void theLibraryHasTheBuiltInLessonsAndOwnOnesAndFilters() {
        String own = lessons.create(LessonFixtures.form("Kind words", "Body"));
        List<LessonCard> all = lessons.library(null, null, Locale.ENGLISH);
        assertThat(all).hasSize(LessonLibrary.all().size() + 1);
        assertThat(all).filteredOn(LessonCard::mine).extracting(LessonCard::ref).containsExactly(own);
        assertThat(lessons.library(AgeBand.AGES_6_8, null, Locale.ENGLISH)).extracting(LessonCard::ref)
                .contains("my_mind_matters").doesNotContain("words_matter", own);
        assertThat(lessons.library(null, EvidenceComponent.LIVED_EXPERIENCE_CONTACT, Locale.ENGLISH)).extracting(LessonCard::ref)
                .containsExactly("noas_story");
        assertThat(lessons.library(null, null, Locale.forLanguageTag("es"))).filteredOn(c -> c.ref().equals("words_matter"))
                .extracting(LessonCard::title).doesNotContain(lessons.library(null, null, Locale.ENGLISH).stream()
                        .filter(c -> c.ref().equals("words_matter")).findFirst().orElseThrow().title());
    }

    @Test
    void copyingABuiltInLessonMakesAnEditableOwnLessonEndingWithTheSameReflection() {
        LessonDetail original = lessons.lesson("words_matter", Locale.ENGLISH);
        String ref = lessons.copy("words_matter", Locale.ENGLISH);
        LessonDetail copy = lessons.lesson(ref, Locale.ENGLISH);
        assertThat(copy.title()).isEqualTo("Copy of " + original.title());
        assertThat(copy.editable()).isTrue();
        assertThat(copy.copiedFrom()).isEqualTo("words_matter");
        assertThat(copy.steps()).hasSameSizeAs(original.steps());
        assertThat(copy.steps().getLast().kind()).isEqualTo(StepKind.REFLECTION);
        assertThat(copy.reflectionQuestion()).isEqualTo(original.reflectionQuestion());
        assertThat(copy.components()).isEqualTo(original.components());
        // Discussion prompts become a bullet list in the step's text.
        assertThat(copy.steps().get(2).body()).contains("\n- ");
        String again = lessons.copy(ref, Locale.ENGLISH);
        assertThat(lessons.lesson(again, Locale.ENGLISH).copiedFrom()).isEqualTo("custom:" + LessonService.customId(ref).orElseThrow());
    }

    @Test
    void editingAnOwnLessonReplacesItsSteps() {
        String ref = lessons.create(LessonFixtures.form("Kind words", "Body"));
        long id = LessonService.customId(ref).orElseThrow();
        LessonForm form = lessons.form(id);
        lessons.update(id, new LessonForm("Kinder words", form.summary(), form.ageBands(), 45, form.objectives(), form.components(),
                form.reflectionQuestion(), form.teacherNote(), "https://example.org/story", form.steps().subList(0, 1)));
        LessonDetail d = lessons.lesson(ref, Locale.ENGLISH);
        assertThat(d.title()).isEqualTo("Kinder words");
        assertThat(d.minutes()).isEqualTo(45);
        assertThat(d.steps()).hasSize(2);
        assertThat(d.storyLink()).isEqualTo("https://example.org/story");
        assertThat(d.objectives()).containsExactly("Name one kind word", "Use it today");
    }

    @Test
    void markupAndScriptsAreStoredAsTypedAndOnlyEverRenderedAsText() {
        String ref = lessons.create(LessonFixtures.form("<b>Title</b>", "<script>alert('x')</script> **bold**"));
        LessonDetail d = lessons.lesson(ref, Locale.ENGLISH);
        assertThat(d.title()).isEqualTo("<b>Title</b>");
        assertThat(d.steps().getFirst().body()).isEqualTo("<script>alert('x')</script> **bold**");
        assertThat(LessonMarkup.render(d.steps().getFirst().body()).getElement().getTextRecursively())
                .contains("<script>alert('x')</script>");
    }

    @Test
    void onlyHttpsStoryLinksAreAcceptedAndNothingIsHalfSaved() {
        for (String bad : List.of("javascript:alert(1)", "http://example.org", "data:text/html,hi", "https://", "https://a b.org",
                "https://user:pw@example.org")) {
            LessonForm f = LessonFixtures.form("Story", "Body");
            LessonForm withLink = new LessonForm(f.title(), f.summary(), f.ageBands(), f.minutes(), f.objectives(), f.components(),
                    f.reflectionQuestion(), f.teacherNote(), bad, f.steps());
            assertThatThrownBy(() -> lessons.create(withLink)).as(bad).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).concerns("storyLink")).isTrue());
        }
        assertThat(fixtures.jdbc().sql("select count(*) from custom_lesson").query(Integer.class).single()).isZero();
        assertThat(LessonService.isHttpsLink("https://example.org/stories/noa?lang=en")).isTrue();
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        LessonForm empty = new LessonForm(" ", "", java.util.Set.of(), 2, "", java.util.Set.of(), "", "", null, List.of());
        assertThatThrownBy(() -> lessons.create(empty)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                e.problems()).extracting(InvalidInputException.Problem::field)
                .contains("title", "ageBands", "minutes", "components", "reflectionQuestion", "steps"));
    }

    @Test
    void archivedOwnLessonsLeaveTheLibrary() {
        String ref = lessons.create(LessonFixtures.form("Kind words", "Body"));
        lessons.archive(LessonService.customId(ref).orElseThrow());
        assertThat(lessons.library(null, null, Locale.ENGLISH)).noneMatch(LessonCard::mine);
    }
}

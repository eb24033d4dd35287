package app.ripple.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The district administrator's shared lessons page, and a shared lesson in a school's library, browserless. */
class DistrictLessonsViewTest extends ViewTest {

    @Autowired LessonService lessons;
    @Autowired DistrictLessonService district;

    long teacherA;
    long coordinatorB;
    long admin;
    long lessonA;

    @BeforeEach
    void twoSchools() {
        fixtures.reset();
        fixtures.school();
        teacherA = fixtures.teacher("Tess Teacher", "tess@test.example");
        fixtures.otherSchool("Hillside", "b@test.example");
        coordinatorB = fixtures.staffId("b@test.example");
        admin = fixtures.districtAdmin("district@test.example");
        fixtures.signIn(teacherA);
        lessonA = LessonService.customId(lessons.create(LessonFixtures.form("Kind words at Riverside", "Say one kind word."))).orElseThrow();
        fixtures.signOut();
    }

    @Test
    void theDistrictAdministratorSharesASchoolsLessonAndStopsSharingIt() {
        signInAs(admin);
        DistrictLessonsView view = navigate(DistrictLessonsView.class);
        assertThat(view.noneShared.isVisible()).isTrue();
        assertThat(test(view.schoolLessons).size()).isEqualTo(1);
        assertThat(test(view.schoolLessons).getRow(0).school()).isEqualTo("Test School");
        Button share = (Button) test(view.schoolLessons).getCellComponent(0, 3);
        assertThat(share.getId()).hasValue("district-lesson-share-" + lessonA);
        test(share).click();

        assertThat(view.noneShared.isVisible()).isFalse();
        assertThat(test(view.shared).size()).isEqualTo(1);
        assertThat(test(view.shared).getRow(0).sharedFrom()).isEqualTo("Test School");
        assertThat(test(view.schoolLessons).getCellComponent(0, 3)).isInstanceOf(Span.class);
        long shared = test(view.shared).getRow(0).id();

        test((Button) test(view.shared).getCellComponent(0, 2)).click();
        assertThat(view.noneShared.isVisible()).isTrue();
        assertThat(fixtures.jdbc().sql("select archived from custom_lesson where id = ?").param(shared).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void anotherSchoolSeesTheSharedLessonMarkedReadOnlyAndCopiesIt() {
        fixtures.signIn(admin);
        long shared = district.share(lessonA);
        fixtures.signOut();
        String ref = LessonService.customRef(shared);

        signInAs(coordinatorB);
        LessonsView library = navigate(LessonsView.class);
        Div card = find(Div.class).withId("lesson-card-" + ref).single();
        assertThat(card.getElement().getTextRecursively()).contains("Kind words at Riverside").contains("Shared by the district");
        assertThat(library.list.getElement().getTextRecursively()).doesNotContain("Your lesson");

        open("lessons/" + ref);
        LessonView view = (LessonView) getCurrentView();
        assertThat(find(Paragraph.class).withId("lesson-shared-note").single().getText()).contains("shares this lesson with every school");
        assertThat(view.edit.isAttached()).isFalse();
        assertThat(view.archive.isAttached()).isFalse();
        // The editor answers "not found" for the district's lesson.
        open("lessons/edit/" + shared);
        assertThat(getCurrentView()).isNotInstanceOf(LessonEditorView.class);

        open("lessons/" + ref);
        test(((LessonView) getCurrentView()).copy).click();
        LessonEditorView editor = (LessonEditorView) getCurrentView();
        assertThat(editor.title.getValue()).isEqualTo("Copy of Kind words at Riverside");
    }
}

package app.ripple.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.classroom.AgeBand;
import app.ripple.lesson.LessonRecords.Participation;
import app.ripple.testsupport.TestClockConfig;
import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class LessonViewTest extends ViewTest {

    @Autowired ApplicationContext ctx;
    @Autowired DeliveryService deliveries;
    @Autowired ReflectionService reflections;
    @Autowired LessonService lessons;
    LessonFixtures f;
    long teacher;
    long other;
    long classId;
    String token;
    long zoe;
    long max;

    @BeforeEach
    void classWithStudents() {
        f = new LessonFixtures(ctx);
        fixtures.reset();
        fixtures.school();
        teacher = fixtures.teacher("Tess Teacher", "tess@test.example");
        other = fixtures.teacher("Otto Other", "otto@test.example");
        f.at(LocalDate.of(2026, 10, 1));
        classId = f.classOf(teacher, "4B");
        zoe = f.student(teacher, classId, "Zoë K.");
        max = f.student(teacher, classId, "Max L.");
        fixtures.clock().set(TestClockConfig.START);
        token = f.tablet(teacher, classId);
        fixtures.signOut();
    }

    @Test
    void theLibraryListsBuiltInLessonsAndFiltersByAgeBandAndComponent() {
        signInAs(teacher);
        LessonsView view = navigate(LessonsView.class);
        assertThat(find(Div.class).withId("lesson-card-words_matter").all()).hasSize(1);
        test(view.ageBand).selectItem("Ages 6–8");
        assertThat(find(Div.class).withId("lesson-card-words_matter").all()).isEmpty();
        assertThat(find(Div.class).withId("lesson-card-my_mind_matters").all()).hasSize(1);
        view.ageBand.setValue(Optional.empty());
        view.component.setValue(Optional.of(EvidenceComponent.LIVED_EXPERIENCE_CONTACT));
        assertThat(view.list.getChildren().count()).isEqualTo(1);
    }

    @Test
    void theLessonPageShowsObjectivesStepsComponentsAndTeacherNotes() {
        signInAs(teacher);
        open("lessons/noas_story");
        LessonView view = (LessonView) getCurrentView();
        assertThat(find(H1.class).withId("lesson-title").single().getText()).isEqualTo(view.lesson.title());
        assertThat(find(com.vaadin.flow.component.html.UnorderedList.class).withId("lesson-objectives").single().getChildren().count())
                .isEqualTo(3);
        assertThat(find(com.vaadin.flow.component.html.OrderedList.class).withId("lesson-steps").single().getChildren().count())
                .isEqualTo(5);
        assertThat(view.getElement().getTextRecursively()).contains("Lived experience", "Closing reflection", "Safeguarding");
        assertThat(view.edit.isAttached()).isFalse();
    }

    @Test
    void aTeacherWritesALessonWithMarkupAndScriptWhichIsShownAsText() {
        signInAs(teacher);
        LessonEditorView editor = navigate(LessonEditorView.class);
        test(editor.title).setValue("Kind words <script>alert(1)</script>");
        test(editor.reflection).setValue("Which kind word will you use?");
        test(editor.storyLink).setValue("javascript:alert(1)");
        editor.rows.getFirst().title.setValue("Start");
        editor.rows.getFirst().body.setValue("Say **kind** things\n\n- <img src=x onerror=alert(1)>\n- *listen*");
        test(editor.save).click();
        assertThat(editor.storyLink.isInvalid()).isTrue();
        assertThat(fixtures.jdbc().sql("select count(*) from custom_lesson").query(Integer.class).single()).isZero();
        test(editor.storyLink).setValue("https://example.org/story");
        test(editor.save).click();
        LessonView view = (LessonView) getCurrentView();
        assertThat(view.lesson.editable()).isTrue();
        List<String> tags = new ArrayList<>();
        collect(view.getElement(), tags);
        assertThat(tags).doesNotContain("script", "img").contains("strong", "em");
        assertThat(view.getElement().getTextRecursively()).contains("Kind words <script>alert(1)</script>", "<img src=x onerror=alert(1)>");
        assertThat(find(Anchor.class).withId("lesson-story-link").single().getHref()).isEqualTo("https://example.org/story");
    }

    @Test
    void copyingABuiltInLessonOpensTheEditorOfTheCopyAndOtherTeachersCannotOpenIt() {
        signInAs(teacher);
        open("lessons/words_matter");
        test(((LessonView) getCurrentView()).copy).click();
        LessonEditorView editor = (LessonEditorView) getCurrentView();
        assertThat(editor.title.getValue()).startsWith("Copy of ");
        test(editor.minutes).setValue(35);
        test(editor.save).click();
        String ref = ((LessonView) getCurrentView()).lesson.ref();
        signInAs(other);
        open("lessons/" + ref);
        assertThat(getCurrentView()).isNotInstanceOf(LessonView.class);
        open("lessons/edit/" + LessonService.customId(ref).orElseThrow());
        assertThat(getCurrentView()).isNotInstanceOf(LessonEditorView.class);
    }

    @Test
    void thePresenterShowsOneStepAtATime() {
        signInAs(teacher);
        open("lessons/words_matter/present");
        PresenterView view = (PresenterView) getCurrentView();
        assertThat(view.position.getText()).isEqualTo("Step 1 of 5");
        assertThat(view.previous.isEnabled()).isFalse();
        test(view.next).click();
        test(view.next).click();
        assertThat(view.position.getText()).isEqualTo("Step 3 of 5");
        for (int i = 0; i < 5; i++) {
            view.show(view.index + 1);
        }
        assertThat(view.next.isEnabled()).isFalse();
        assertThat(find(H2.class, view.stage).single().getText()).isEqualTo("Closing reflection");
    }

    @Test
    void aTeacherPlansFromTheClassPageAndRecordsADeliveryWithOneTapParticipation() {
        signInAs(teacher);
        open("classes/" + classId);
        test(find(Button.class).withId("lessons-plan").single()).click();
        PlanDialog dialog = find(PlanDialog.class).single();
        dialog.lesson.setValue(dialog.lesson.getListDataView().getItems().filter(c -> c.ref().equals("myths_and_facts")).findFirst()
                .orElseThrow());
        test(dialog.save).click();
        long plan = deliveries.plans(classId).getFirst().id();

        UI.getCurrent().navigate("classes/" + classId + "/lessons/record",
                com.vaadin.flow.router.QueryParameters.of("plan", String.valueOf(plan)));
        DeliveryView record = (DeliveryView) getCurrentView();
        assertThat(record.lesson.getValue().ref()).isEqualTo("myths_and_facts");
        assertThat(record.components.getValue()).contains(EvidenceComponent.FACTS);
        test(record.minutes).setValue(30);
        test(record.save).click();
        ParticipationView view = (ParticipationView) getCurrentView();
        long delivery = deliveries.deliveries(classId).getFirst().id();
        assertThat(find(Div.class).withId("participation-" + zoe).all()).hasSize(1);
        test(find(Button.class).withId("participation-" + zoe + "-ABSENT").single()).click();
        assertThat(deliveries.participation(delivery)).filteredOn(r -> r.studentId() == zoe)
                .extracting(LessonRecords.ParticipationRow::status).containsExactly(Participation.ABSENT);
        assertThat(find(Button.class).withId("participation-" + zoe + "-ABSENT").single().getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        test(find(Button.class).withId("participation-makeup-" + zoe).single()).click();
        assertThat(view.list.getElement().getTextRecursively()).contains("Made up on");

        open("classes/" + classId);
        LessonsSection.Section section = find(LessonsSection.Section.class).single();
        assertThat(section.completion.getText()).isEqualTo("Lesson completion: 1 of 1 lessons due so far delivered (100%)");
        assertThat(section.planProgress.getText()).isEqualTo("Term plan: 1 of 1 lessons delivered (100%)");
        assertThat(section.doses.getGenericDataView().getItems().map(LessonRecords.Dose::attended).toList()).containsExactly(1, 1);
    }

    @Test
    void openMakeUpsAreListedOnTheClassPageAndMarkedDoneThere() {
        long d = f.deliver(teacher, classId, "words_matter", LocalDate.of(2026, 11, 20));
        deliveries.setParticipation(d, max, Participation.ABSENT);
        signInAs(teacher);
        open("classes/" + classId);
        Button done = find(Button.class).withId("lessons-makeup-done-" + d + "-" + max).single();
        test(done).click();
        assertThat(deliveries.openMakeUps(classId)).isEmpty();
        assertThat(find(LessonsSection.Section.class).single().makeUps.getElement().getTextRecursively()).contains("No make-ups");
    }

    @Test
    void aRecordWithoutMinutesIsRefusedNextToTheField() {
        signInAs(teacher);
        open("classes/" + classId + "/lessons/record");
        DeliveryView record = (DeliveryView) getCurrentView();
        record.lesson.setValue(record.lesson.getListDataView().getItems().findFirst().orElseThrow());
        record.minutes.clear();
        test(record.save).click();
        assertThat(record.minutes.isInvalid()).isTrue();
        assertThat(deliveries.deliveries(classId)).isEmpty();
    }

    @Test
    void anotherTeacherCannotOpenThisClasssLessonPages() {
        long d = f.deliver(teacher, classId, "words_matter", LocalDate.of(2026, 11, 24));
        signInAs(other);
        for (String route : List.of("classes/" + classId + "/lessons/record", "classes/" + classId + "/deliveries/" + d,
                "classes/" + classId + "/deliveries/" + d + "/reflections")) {
            open(route);
            assertThat(getCurrentView()).as(route).isNotInstanceOfAny(DeliveryView.class, ParticipationView.class, ReflectionsView.class);
        }
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        for (String route : List.of("lessons", "lessons/words_matter", "lessons/words_matter/present", "lessons/edit")) {
            UI.getCurrent().navigate(route);
            assertThat(getCurrentView().getClass().getSimpleName()).as(route).isEqualTo("LoginView");
        }
    }

    @Test
    void aStudentAnswersTheReflectionOnTheTabletBelowTheActRecordingAndTheTeacherReadsIt() {
        long d = f.deliver(teacher, classId, "words_matter", LocalDate.of(2026, 11, 24));
        openKiosk(token);
        assertThat(kioskSignIn(zoe)).isEqualTo("ok");
        // The act recording stays the student space's activity; the reflection is this student's card.
        assertThat(find(Div.class).withId("student-space").single().getChildren().map(c -> c.getId().orElse("")).toList())
                .containsExactly("record-act");
        assertThat(find(Div.class).withId("student-cards").single().getChildren().map(c -> c.getId().orElse("")).toList())
                .containsExactly("reflection-card");
        test(find(Button.class).withId("reflection-open").single()).click();
        assertThat(find(H2.class).withId("reflection-question").single().getText()).isNotBlank();
        test(find(TextArea.class).withId("reflection-text").single()).setValue("I will say kind words <b>always</b>");
        test(find(Button.class).withId("reflection-save").single()).click();
        assertThat(find(Paragraph.class).withId("reflection-thanks").all()).hasSize(1);

        signInAs(teacher);
        open("classes/" + classId + "/deliveries/" + d + "/reflections");
        ReflectionsView view = (ReflectionsView) getCurrentView();
        assertThat(view.list.getElement().getTextRecursively()).contains("Zoë K.", "I will say kind words <b>always</b>");
    }

    @Test
    void aConcerningReflectionShowsTheTrustedAdultCardAndAppearsInModeration() {
        f.deliver(teacher, classId, "words_matter", LocalDate.of(2026, 11, 24));
        openKiosk(token);
        assertThat(kioskSignIn(max)).isEqualTo("ok");
        test(find(Button.class).withId("reflection-open").single()).click();
        test(find(TextArea.class).withId("reflection-text").single()).setValue("I want to run away");
        test(find(Button.class).withId("reflection-save").single()).click();
        assertThat(find(Div.class).withId("reflection-trusted-adult").all()).hasSize(1);

        signInAs(teacher);
        UI.getCurrent().navigate("moderation");
        long item = fixtures.jdbc().sql("select id from attention_item where reflection_id is not null").query(Long.class).single();
        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("attention-reflection-" + item).all()).hasSize(1);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("I want to run away");
    }

    @Test
    void withoutARecentLessonTheTabletShowsNoReflectionCard() {
        openKiosk(token);
        assertThat(kioskSignIn(zoe)).isEqualTo("ok");
        assertThat(find(Div.class).withId("reflection-card").all()).isEmpty();
        assertThat(reflections.openPrompts()).isEmpty();
    }

    private static void collect(Element e, List<String> tags) {
        if (e.isTextNode()) {
            return;
        }
        tags.add(e.getTag());
        e.getChildren().forEach(c -> collect(c, tags));
    }
}

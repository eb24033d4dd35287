package app.ripple.lesson;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import app.ripple.base.NotAllowedException;
import app.ripple.classroom.AgeBand;
import app.ripple.lesson.LessonRecords.LessonForm;
import app.ripple.lesson.LessonRecords.StepForm;
import app.ripple.lesson.library.StepKind;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Writes or edits a teacher's own lesson. Texts use the simple markup of {@link LessonMarkup}. */
@Route("lessons/edit/:lessonId?")
@RolesAllowed({"COORDINATOR", "TEACHER"})
class LessonEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final CheckboxGroup<AgeBand> ageBands = new CheckboxGroup<>();
    final IntegerField minutes = new IntegerField();
    final TextArea objectives = new TextArea();
    final CheckboxGroup<EvidenceComponent> components = new CheckboxGroup<>();
    final TextField reflection = new TextField();
    final TextArea teacherNote = new TextArea();
    final TextField storyLink = new TextField();
    final Div steps = new Div();
    final Paragraph stepsError = new Paragraph();
    final Button addStep = new Button();
    final Button save = new Button();
    final List<StepRow> rows = new ArrayList<>();
    private final LessonService lessons;
    private @Nullable Long lessonId;

    LessonEditorView(LessonService lessons) {
        this.lessons = lessons;
        setId("lesson-editor");
        addClassName("ripple-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        lessonId = null;
        LessonForm form = null;
        var param = event.getRouteParameters().get("lessonId");
        if (param.isPresent()) {
            try {
                lessonId = Long.parseLong(param.get());
                form = lessons.form(lessonId);
            } catch (NumberFormatException | NotAllowedException e) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        build(form);
    }

    private void build(@Nullable LessonForm form) {
        removeAll();
        rows.clear();
        steps.removeAll();
        add(new H1(getTranslation(lessonId == null ? "lessons.new" : "lessons.edit")));
        Paragraph help = new Paragraph(getTranslation("lessons.markup.help"));
        help.addClassName("ripple-notice");
        help.setId("lesson-markup-help");
        title.setLabel(getTranslation("lessons.field.title"));
        title.setId("lesson-field-title");
        title.setMaxLength(120);
        title.setWidthFull();
        summary.setLabel(getTranslation("lessons.field.summary"));
        summary.setId("lesson-field-summary");
        summary.setMaxLength(1000);
        ageBands.setLabel(getTranslation("classes.ageBand"));
        ageBands.setId("lesson-field-age-bands");
        ageBands.setItems(AgeBand.values());
        ageBands.setItemLabelGenerator(b -> getTranslation(b.labelKey()));
        minutes.setLabel(getTranslation("lessons.field.minutes"));
        minutes.setId("lesson-field-minutes");
        minutes.setMin(5);
        minutes.setMax(240);
        minutes.setStepButtonsVisible(true);
        objectives.setLabel(getTranslation("lessons.field.objectives"));
        objectives.setHelperText(getTranslation("lessons.field.objectives.help"));
        objectives.setId("lesson-field-objectives");
        objectives.setMaxLength(2000);
        components.setLabel(getTranslation("lessons.components"));
        components.setId("lesson-field-components");
        components.setItems(EvidenceComponent.values());
        components.setItemLabelGenerator(c -> getTranslation(c.nameKey()));
        reflection.setLabel(getTranslation("lessons.field.reflection"));
        reflection.setHelperText(getTranslation("lessons.field.reflection.help"));
        reflection.setId("lesson-field-reflection");
        reflection.setMaxLength(300);
        teacherNote.setLabel(getTranslation("lessons.teacherNote"));
        teacherNote.setId("lesson-field-teacher-note");
        teacherNote.setMaxLength(4000);
        storyLink.setLabel(getTranslation("lessons.field.storyLink"));
        storyLink.setHelperText(getTranslation("lessons.field.storyLink.help"));
        storyLink.setId("lesson-field-story-link");
        storyLink.setMaxLength(500);
        FormLayout head = new FormLayout(title, summary, ageBands, minutes, objectives, components, reflection, teacherNote, storyLink);
        head.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        head.setColspan(title, 2);
        head.setColspan(summary, 2);
        head.setColspan(objectives, 2);
        head.setColspan(teacherNote, 2);
        head.setColspan(storyLink, 2);

        steps.setId("lesson-steps-editor");
        stepsError.setId("lesson-steps-error");
        stepsError.addClassName("ripple-kiosk-message");
        stepsError.setVisible(false);
        addStep.setText(getTranslation("lessons.step.add"));
        addStep.setId("lesson-step-add");
        addStep.addClickListener(e -> addRow(new StepForm(StepKind.TALK, "", "", 5)));
        save.setText(getTranslation("action.save"));
        save.setId("lesson-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());

        if (form != null) {
            title.setValue(form.title());
            summary.setValue(form.summary());
            ageBands.setValue(form.ageBands());
            minutes.setValue(form.minutes());
            objectives.setValue(form.objectives());
            components.setValue(form.components());
            reflection.setValue(form.reflectionQuestion());
            teacherNote.setValue(form.teacherNote());
            storyLink.setValue(form.storyLink() == null ? "" : form.storyLink());
            form.steps().forEach(this::addRow);
        } else {
            title.clear();
            summary.clear();
            ageBands.setValue(EnumSet.of(AgeBand.AGES_9_11));
            minutes.setValue(40);
            objectives.clear();
            components.setValue(EnumSet.of(EvidenceComponent.FACTS, EvidenceComponent.DISCUSSION));
            reflection.clear();
            teacherNote.clear();
            storyLink.clear();
            addRow(new StepForm(StepKind.TALK, "", "", 10));
        }
        Div stepsCard = new Div(new H2(getTranslation("lessons.steps")), new Paragraph(getTranslation("lessons.steps.help")), stepsError,
                steps, addStep);
        stepsCard.addClassNames("ripple-card", "ripple-section");
        Div headCard = new Div(head);
        headCard.addClassNames("ripple-card", "ripple-section");
        Button cancel = new Button(getTranslation("action.cancel"), e -> getUI().ifPresent(ui -> ui.navigate(
                lessonId == null ? "lessons" : "lessons/" + LessonService.customRef(lessonId))));
        HorizontalLayout actions = new HorizontalLayout(save, cancel);
        actions.addClassName("ripple-toolbar");
        add(help, headCard, stepsCard, actions);
    }

    private void addRow(StepForm s) {
        StepRow row = new StepRow(rows.size());
        row.kind.setValue(s.kind());
        row.title.setValue(s.title());
        row.body.setValue(s.body());
        row.minutes.setValue(s.minutes());
        rows.add(row);
        steps.add(row);
    }

    void save() {
        List<StepForm> forms = rows.stream().map(r -> new StepForm(r.kind.getValue() == null ? StepKind.TALK : r.kind.getValue(),
                r.title.getValue(), r.body.getValue(), r.minutes.getValue() == null ? 0 : r.minutes.getValue())).toList();
        LessonForm form = new LessonForm(title.getValue(), summary.getValue(), ageBands.getValue(),
                minutes.getValue() == null ? 0 : minutes.getValue(), objectives.getValue(), components.getValue(), reflection.getValue(),
                teacherNote.getValue(), storyLink.getValue(), forms);
        Map<String, HasValidation> fields = Map.of("title", title, "summary", summary, "ageBands", ageBands, "minutes", minutes,
                "objectives", objectives, "components", components, "reflectionQuestion", reflection, "teacherNote", teacherNote,
                "storyLink", storyLink);
        try {
            String ref;
            if (lessonId == null) {
                ref = lessons.create(form);
            } else {
                lessons.update(lessonId, form);
                ref = LessonService.customRef(lessonId);
            }
            FieldErrors.Notifications.success(getTranslation("lessons.saved"));
            getUI().ifPresent(ui -> ui.navigate("lessons/" + ref));
        } catch (InvalidInputException ex) {
            FieldErrors.show(this, new InvalidInputException(ex.problems().stream().filter(p -> !p.field().equals("steps")).toList()),
                    fields);
            List<String> stepProblems = ex.problems().stream().filter(p -> p.field().equals("steps"))
                    .map(p -> getTranslation(p.messageKey(), p.args())).toList();
            stepsError.setText(String.join(" ", stepProblems));
            stepsError.setVisible(!stepProblems.isEmpty());
        }
    }

    /** One step of the lesson being written. */
    final class StepRow extends Div {
        final Select<StepKind> kind = new Select<>();
        final TextField title = new TextField();
        final TextArea body = new TextArea();
        final IntegerField minutes = new IntegerField();
        final Button remove = new Button();

        StepRow(int n) {
            addClassName("ripple-lesson-step-row");
            setId("lesson-step-" + n);
            kind.setLabel(getTranslation("lessons.step.kind"));
            kind.setItems(Arrays.stream(StepKind.values()).filter(k -> k != StepKind.REFLECTION).toList());
            kind.setItemLabelGenerator(k -> getTranslation(k.nameKey()));
            title.setLabel(getTranslation("lessons.field.title"));
            title.setMaxLength(120);
            minutes.setLabel(getTranslation("lessons.field.minutes"));
            minutes.setMin(0);
            minutes.setMax(240);
            minutes.setWidth("8em");
            body.setLabel(getTranslation("lessons.step.body"));
            body.setMaxLength(8000);
            body.setWidthFull();
            remove.setText(getTranslation("lessons.step.remove"));
            remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            remove.addClickListener(e -> {
                rows.remove(this);
                steps.remove(this);
            });
            HorizontalLayout top = new HorizontalLayout(kind, title, minutes, remove);
            top.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            top.getStyle().set("flex-wrap", "wrap");
            add(top, body);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(lessonId == null ? "lessons.new" : "lessons.edit");
    }
}

package app.ripple.lesson;

import app.ripple.base.LocalizedComponents;
import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import app.ripple.base.NotAllowedException;
import app.ripple.classroom.ClassRecords.ClassDetail;
import app.ripple.classroom.ClassService;
import app.ripple.lesson.LessonRecords.DeliveryForm;
import app.ripple.lesson.LessonRecords.LessonCard;
import app.ripple.lesson.LessonRecords.PlanInfo;
import app.ripple.school.SchoolService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Records a lesson that took place: which lesson, when, how long, the components actually delivered, notes. */
@Route("classes/:classId(\\d+)/lessons/record")
@RolesAllowed({"COORDINATOR", "TEACHER"})
class DeliveryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final ComboBox<LessonCard> lesson = new ComboBox<>();
    final DatePicker date = LocalizedComponents.datePicker();
    final IntegerField minutes = new IntegerField();
    final CheckboxGroup<EvidenceComponent> components = new CheckboxGroup<>();
    final TextArea notes = new TextArea();
    final Button save = new Button();
    private final DeliveryService deliveries;
    private final LessonService lessons;
    private final ClassService classes;
    private final SchoolService school;
    private long classId;
    private @Nullable PlanInfo plan;

    DeliveryView(DeliveryService deliveries, LessonService lessons, ClassService classes, SchoolService school) {
        this.deliveries = deliveries;
        this.lessons = lessons;
        this.classes = classes;
        this.school = school;
        setId("delivery-view");
        addClassName("ripple-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ClassDetail detail;
        plan = null;
        try {
            classId = Long.parseLong(event.getRouteParameters().get("classId").orElse("0"));
            detail = classes.get(classId);
            List<String> planParam = event.getLocation().getQueryParameters().getParameters().getOrDefault("plan", List.of());
            if (!planParam.isEmpty()) {
                long planId = Long.parseLong(planParam.getFirst());
                plan = deliveries.plans(classId).stream().filter(p -> p.id() == planId && p.deliveryId() == null).findFirst()
                        .orElse(null);
            }
        } catch (NotAllowedException | NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build(detail);
    }

    private void build(ClassDetail detail) {
        removeAll();
        add(new H1(getTranslation("lessons.record.title", detail.name())));
        List<LessonCard> choices = lessons.choices(getLocale());
        lesson.setLabel(getTranslation("lessons.plan.lesson"));
        lesson.setId("delivery-lesson");
        lesson.setItems(choices);
        lesson.setItemLabelGenerator(LessonCard::title);
        lesson.setWidthFull();
        lesson.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                components.setValue(e.getValue().components());
                minutes.setValue(Math.max(1, e.getValue().minutes()));
            }
        });
        date.setLabel(getTranslation("lessons.delivery.date"));
        date.setId("delivery-date");
        date.setMax(school.today());
        date.setValue(school.today());
        minutes.setLabel(getTranslation("lessons.field.minutes"));
        minutes.setId("delivery-minutes");
        minutes.setMin(1);
        minutes.setMax(600);
        minutes.setStepButtonsVisible(true);
        components.setLabel(getTranslation("lessons.delivery.components"));
        components.setHelperText(getTranslation("lessons.delivery.components.help"));
        components.setId("delivery-components");
        components.setItems(EvidenceComponent.values());
        components.setItemLabelGenerator(c -> getTranslation(c.nameKey()));
        notes.setLabel(getTranslation("lessons.delivery.notes"));
        notes.setId("delivery-notes");
        notes.setMaxLength(4000);
        if (plan != null) {
            PlanInfo p = plan;
            choices.stream().filter(c -> c.ref().equals(p.lessonRef())).findFirst().ifPresentOrElse(lesson::setValue, () -> { });
            lesson.setReadOnly(true);
            if (lesson.getValue() == null) {
                // An archived own lesson is no longer offered: keep its components and a usual length.
                components.setValue(deliveries.plannedComponents(p.lessonRef()));
                minutes.setValue(40);
            }
        }
        save.setText(getTranslation("lessons.delivery.save"));
        save.setId("delivery-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(lesson, date, minutes, components, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        form.setColspan(lesson, 2);
        form.setColspan(components, 2);
        form.setColspan(notes, 2);
        Div card = new Div(form);
        card.addClassNames("ripple-card", "ripple-section");
        Anchor back = new Anchor("classes/" + classId, getTranslation("lessons.backToClass"));
        HorizontalLayout actions = new HorizontalLayout(save, back);
        actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        add(new Paragraph(getTranslation("lessons.record.help")), card, actions);
    }

    void save() {
        Map<String, HasValidation> fields = Map.of("lesson", lesson, "date", date, "minutes", minutes, "notes", notes);
        try {
            long id = deliveries.record(classId, new DeliveryForm(plan == null ? null : plan.id(),
                    lesson.getValue() == null ? null : lesson.getValue().ref(), date.getValue(),
                    minutes.getValue() == null ? 0 : minutes.getValue(), components.getValue(), notes.getValue()));
            getUI().ifPresent(ui -> ui.navigate("classes/" + classId + "/deliveries/" + id));
        } catch (InvalidInputException ex) {
            FieldErrors.show(this, ex, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lessons.record");
    }
}

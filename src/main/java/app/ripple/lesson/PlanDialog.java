package app.ripple.lesson;

import app.ripple.base.LocalizedComponents;
import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import app.ripple.classroom.ClassRecords.ClassSummary;
import app.ripple.classroom.ClassService;
import app.ripple.lesson.LessonRecords.LessonCard;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Plans a lesson for a class on a date: from the lesson page (choose the class) or the class page (choose the lesson). */
final class PlanDialog extends Dialog {

    final Select<ClassSummary> classSelect = new Select<>();
    final ComboBox<LessonCard> lesson = new ComboBox<>();
    final DatePicker date = LocalizedComponents.datePicker();
    final Button save = new Button();

    PlanDialog(DeliveryService deliveries, LessonService lessons, ClassService classes, @Nullable Long classId,
            @Nullable String lessonRef, LocalDate today, Runnable onSaved) {
        setId("plan-dialog");
        setHeaderTitle(getTranslation("lessons.plan.title"));
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        classSelect.setLabel(getTranslation("lessons.plan.class"));
        classSelect.setId("plan-class");
        classSelect.setItems(classes.myClasses(false));
        classSelect.setItemLabelGenerator(ClassSummary::name);
        classSelect.setVisible(classId == null);
        lesson.setLabel(getTranslation("lessons.plan.lesson"));
        lesson.setId("plan-lesson");
        lesson.setItems(lessons.choices(getLocale()));
        lesson.setItemLabelGenerator(LessonCard::title);
        lesson.setVisible(lessonRef == null);
        lesson.setWidthFull();
        date.setLabel(getTranslation("lessons.plan.date"));
        date.setId("plan-date");
        date.setValue(today);
        save.setText(getTranslation("lessons.plan.save"));
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Map<String, HasValidation> fields = Map.of("lesson", lesson, "date", date, "class", classSelect);
        save.addClickListener(e -> {
            Long target = classId != null ? classId : classSelect.getValue() == null ? null : classSelect.getValue().id();
            if (target == null) {
                classSelect.setInvalid(true);
                classSelect.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            String ref = lessonRef != null ? lessonRef : lesson.getValue() == null ? null : lesson.getValue().ref();
            try {
                deliveries.plan(target, ref, date.getValue());
                close();
                FieldErrors.Notifications.success(getTranslation("lessons.plan.saved"));
                onSaved.run();
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, fields);
            }
        });
        body.add(classSelect, lesson, date);
        add(body);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}

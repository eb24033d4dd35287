package app.ripple.classroom;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import app.ripple.classroom.ClassRecords.StudentForm;
import app.ripple.classroom.ClassRecords.StudentInfo;
import app.ripple.classroom.pictures.Pictures;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Adds a student to the roster or changes one: display name, optional school id and avatar. */
class StudentDialog extends Dialog {

    final TextField name = new TextField();
    final TextField schoolId = new TextField();
    final ComboBox<String> avatar = new ComboBox<>();
    final Button save = new Button();

    StudentDialog(RosterService roster, long classId, @Nullable StudentInfo existing, Runnable onSaved) {
        setId("student-dialog");
        setHeaderTitle(getTranslation(existing == null ? "roster.add.title" : "roster.edit.title"));
        name.setLabel(getTranslation("roster.displayName"));
        name.setId("student-name");
        name.setHelperText(getTranslation("roster.displayName.help"));
        name.setMaxLength(RosterService.NAME_MAX);
        schoolId.setLabel(getTranslation("roster.schoolId"));
        schoolId.setId("student-school-id");
        schoolId.setMaxLength(40);
        avatar.setLabel(getTranslation("roster.avatar"));
        avatar.setId("student-avatar");
        avatar.setItems(roster.availableAvatars(classId, existing == null ? null : existing.id()));
        avatar.setItemLabelGenerator(this::avatarName);
        avatar.setRenderer(new ComponentRenderer<>(a -> {
            HorizontalLayout row = new HorizontalLayout(RosterSection.avatarImage(a, 32), new Span(avatarName(a)));
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            return row;
        }));
        if (existing != null) {
            name.setValue(existing.displayName());
            schoolId.setValue(existing.schoolStudentId() == null ? "" : existing.schoolStudentId());
            avatar.setValue(existing.avatar());
        } else {
            avatar.setHelperText(getTranslation("roster.avatar.auto"));
        }
        FormLayout form = new FormLayout(name, schoolId, avatar);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.setText(getTranslation("action.save"));
        save.setId("student-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            StudentForm f = new StudentForm(name.getValue(), schoolId.getValue(), avatar.getValue());
            Map<String, HasValidation> fields = Map.of("displayName", name, "schoolStudentId", schoolId, "avatar", avatar);
            try {
                if (existing == null) {
                    roster.addStudent(classId, f);
                } else {
                    roster.updateStudent(classId, existing.id(), f);
                }
                close();
                onSaved.run();
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, fields);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private String avatarName(String id) {
        return Pictures.avatar(id).map(p -> getTranslation(p.nameKey())).orElse(id);
    }
}

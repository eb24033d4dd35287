package app.ripple.classroom;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import app.ripple.classroom.ClassRecords.ClassDetail;
import app.ripple.classroom.ClassRecords.ClassForm;
import app.ripple.school.SchoolService;
import app.ripple.school.StaffService;
import app.ripple.school.StaffService.StaffRef;
import app.ripple.school.TermInfo;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Create or edit a class: name, age band, term, who teaches it, tablet idle time-out. */
class ClassFormDialog extends Dialog {

    final TextField name = new TextField();
    final Select<AgeBand> ageBand = new Select<>();
    final Select<Optional<TermInfo>> term = new Select<>();
    final MultiSelectComboBox<StaffRef> teachers = new MultiSelectComboBox<>();
    final IntegerField idleTimeout = new IntegerField();
    final Button save = new Button();

    ClassFormDialog(ClassService classes, SchoolService school, StaffService staff, @Nullable ClassDetail existing,
            LongConsumer onSaved) {
        setId("class-form-dialog");
        setHeaderTitle(getTranslation(existing == null ? "classes.new.title" : "classes.edit.title"));
        name.setLabel(getTranslation("classes.name"));
        name.setId("class-name");
        name.setMaxLength(60);
        name.setRequiredIndicatorVisible(true);
        ageBand.setLabel(getTranslation("classes.ageBand"));
        ageBand.setId("class-age-band");
        ageBand.setItems(AgeBand.values());
        ageBand.setItemLabelGenerator(b -> getTranslation(b.labelKey()));
        List<Optional<TermInfo>> terms = new java.util.ArrayList<>();
        terms.add(Optional.empty());
        school.terms().forEach(t -> terms.add(Optional.of(t)));
        term.setLabel(getTranslation("classes.term"));
        term.setId("class-term");
        term.setItems(terms);
        term.setItemLabelGenerator(t -> t.map(TermInfo::name).orElse(getTranslation("classes.term.none")));
        List<StaffRef> colleagues = staff.colleagues();
        teachers.setLabel(getTranslation("classes.teachers"));
        teachers.setId("class-teachers");
        teachers.setItems(colleagues);
        teachers.setItemLabelGenerator(StaffRef::name);
        idleTimeout.setLabel(getTranslation("classes.idleTimeout"));
        idleTimeout.setHelperText(getTranslation("classes.idleTimeout.help", ClassService.MIN_IDLE, ClassService.MAX_IDLE));
        idleTimeout.setId("class-idle-timeout");
        idleTimeout.setMin(ClassService.MIN_IDLE);
        idleTimeout.setMax(ClassService.MAX_IDLE);
        idleTimeout.setStepButtonsVisible(true);
        idleTimeout.setStep(10);

        if (existing != null) {
            name.setValue(existing.name());
            ageBand.setValue(existing.ageBand());
            Long termId = existing.termId();
            term.setValue(terms.stream().filter(t -> termId == null ? t.isEmpty() : t.isPresent() && t.get().id() == termId)
                    .findFirst().orElse(Optional.empty()));
            teachers.setValue(colleagues.stream().filter(c -> existing.teacherIds().contains(c.id())).collect(Collectors.toSet()));
            idleTimeout.setValue(existing.idleTimeoutSeconds());
        } else {
            ageBand.setValue(AgeBand.AGES_9_11);
            term.setValue(school.currentTerm().flatMap(c -> terms.stream().filter(t -> t.isPresent() && t.get().id() == c.id())
                    .findFirst()).orElse(Optional.empty()));
            long me = staff.me().id();
            teachers.setValue(colleagues.stream().filter(c -> c.id() == me).collect(Collectors.toSet()));
            idleTimeout.setValue(60);
        }

        FormLayout form = new FormLayout(name, ageBand, term, teachers, idleTimeout);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.setText(getTranslation("action.save"));
        save.setId("class-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            Map<String, HasValidation> fields = Map.of("name", name, "ageBand", ageBand, "term", term,
                    "teachers", teachers, "idleTimeout", idleTimeout);
            Set<StaffRef> chosen = teachers.getValue();
            ClassForm f = new ClassForm(name.getValue(), ageBand.getValue(),
                    term.getValue() == null ? null : term.getValue().map(TermInfo::id).orElse(null),
                    chosen.stream().map(StaffRef::id).toList(),
                    idleTimeout.getValue() == null ? 0 : idleTimeout.getValue());
            try {
                long id;
                if (existing == null) {
                    id = classes.create(f);
                } else {
                    classes.update(existing.id(), f);
                    id = existing.id();
                }
                close();
                onSaved.accept(id);
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, fields);
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}

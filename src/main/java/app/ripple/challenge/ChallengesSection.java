package app.ripple.challenge;

import app.ripple.base.LocalizedComponents;
import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import app.ripple.challenge.ChallengeRecords.ChallengeForm;
import app.ripple.challenge.ChallengeRecords.ChallengeInfo;
import app.ripple.challenge.ChallengeRecords.Suggestion;
import app.ripple.challenge.library.ActLibrary;
import app.ripple.challenge.library.ChallengeTemplate;
import app.ripple.challenge.library.ChallengeTemplates;
import app.ripple.classroom.ClassPageSection;
import app.ripple.classroom.ClassRecords.ClassSummary;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.RosterService;
import app.ripple.school.SchoolService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;


/** The class page's "Challenges" section: running and planned challenges, their goal, the wall. */
@org.springframework.stereotype.Component
class ChallengesSection implements ClassPageSection {

    private final ChallengeService challenges;
    private final ClassService classes;
    private final RosterService roster;
    private final SchoolService school;
    private final WallService walls;
    private final DistrictTemplateService districtTemplates;

    ChallengesSection(ChallengeService challenges, ClassService classes, RosterService roster, SchoolService school,
            WallService walls, DistrictTemplateService districtTemplates) {
        this.walls = walls;
        this.districtTemplates = districtTemplates;
        this.challenges = challenges;
        this.classes = classes;
        this.roster = roster;
        this.school = school;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "challenge.section";
    }

    @Override
    public Component create(long classId) {
        return new Section(classId);
    }

    final class Section extends Div {

        private final long classId;
        final Div list = new Div();
        final Button create = new Button();

        Section(long classId) {
            this.classId = classId;
            setId("challenges-section");
            create.setText(getTranslation("challenge.new"));
            create.setId("challenge-new");
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.addClickListener(e -> new ChallengeDialog(classId, null, this::refresh).open());
            Anchor wall = new Anchor("classes/" + classId + "/wall", getTranslation("challenge.openWall"));
            wall.setId("challenge-open-wall");
            wall.addClassName("ripple-link-button");
            Checkbox names = new Checkbox(getTranslation("challenge.wallNames"), walls.showsNames(classId));
            names.setId("challenge-wall-names");
            names.addValueChangeListener(e -> walls.setShowsNames(classId, e.getValue()));
            HorizontalLayout actions = new HorizontalLayout(create, wall, names);
            actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
            actions.addClassName("ripple-toolbar");
            list.setId("challenge-list");
            list.addClassName("ripple-card-grid");
            add(actions, list);
            refresh();
        }

        void refresh() {
            list.removeAll();
            List<ChallengeInfo> all = challenges.challenges(classId);
            if (all.isEmpty()) {
                list.add(new Paragraph(getTranslation("challenge.none")));
            }
            DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
            for (ChallengeInfo c : all) {
                Div card = new Div();
                card.addClassNames("ripple-card", "ripple-challenge-card");
                card.setId("challenge-" + c.id());
                card.add(new H3(c.title()));
                card.add(new Paragraph(f.format(c.start()) + " – " + f.format(c.end())));
                card.add(RippleProgress.of(new ChallengeRecords.Progress(c.id(), c.title(), c.count(), c.goal()),
                        getTranslation("challenge.progress", c.title(), c.count(), c.goal())));
                Button edit = new Button(getTranslation("roster.edit"), e -> new ChallengeDialog(classId, c, this::refresh).open());
                edit.setId("challenge-edit-" + c.id());
                edit.addThemeVariants(ButtonVariant.SMALL);
                Button copy = new Button(getTranslation("challenge.copy"), e -> copyDialog(c));
                copy.setId("challenge-copy-" + c.id());
                copy.addThemeVariants(ButtonVariant.SMALL);
                Button delete = new Button(getTranslation("challenge.delete"), e -> {
                    challenges.delete(c.id());
                    refresh();
                });
                delete.setId("challenge-delete-" + c.id());
                delete.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
                HorizontalLayout buttons = new HorizontalLayout(edit, copy, delete);
                buttons.getStyle().set("flex-wrap", "wrap");
                card.add(buttons);
                list.add(card);
            }
        }

        private void copyDialog(ChallengeInfo c) {
            Dialog d = new Dialog();
            d.setId("challenge-copy-dialog");
            d.setHeaderTitle(getTranslation("challenge.copy.title", c.title()));
            Select<ClassSummary> target = new Select<>();
            target.setLabel(getTranslation("challenge.copy.to"));
            target.setId("challenge-copy-target");
            target.setItems(classes.myClasses(false).stream().filter(k -> k.id() != classId).toList());
            target.setItemLabelGenerator(ClassSummary::name);
            Button ok = new Button(getTranslation("challenge.copy"), e -> {
                if (target.getValue() == null) {
                    target.setInvalid(true);
                    target.setErrorMessage(getTranslation("validation.required"));
                    return;
                }
                challenges.copyTo(c.id(), target.getValue().id());
                d.close();
                FieldErrors.Notifications.success(getTranslation("challenge.copied", target.getValue().name()));
            });
            ok.setId("challenge-copy-confirm");
            ok.addThemeVariants(ButtonVariant.PRIMARY);
            d.add(target);
            d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
            add(d);
            d.open();
        }
    }

    /**
     * A template to start from: a built-in one (texts by key, in the viewer's language) or one the
     * district shares (texts as the district administrator wrote them).
     */
    record TemplateChoice(String id, String label, String title, String description, int days, int goalPerStudent,
            Set<Category> categories, List<String> actIds, boolean selfCounts) {
    }

    private List<TemplateChoice> templateChoices(Component c) {
        List<TemplateChoice> out = new ArrayList<>();
        for (ChallengeTemplate t : ChallengeTemplates.all()) {
            out.add(new TemplateChoice(t.id(), c.getTranslation(t.titleKey()), c.getTranslation(t.titleKey()),
                    c.getTranslation(t.descriptionKey()), t.days(), t.suggestedGoalPerStudent(), t.categories(), t.suggestedActIds(),
                    t.selfKindnessCountsTowardGoal()));
        }
        for (DistrictTemplateService.DistrictTemplate t : districtTemplates.available()) {
            out.add(new TemplateChoice(t.templateId(), c.getTranslation("challenge.template.district", t.title()), t.title(),
                    t.description(), t.days(), t.goalPerStudent(), t.categories(), t.suggestedActIds(), t.selfCounts()));
        }
        return out;
    }

    /** New or edited challenge: start from a template (built-in or the district's) or from scratch. */
    final class ChallengeDialog extends Dialog {

        final Select<Optional<TemplateChoice>> template = new Select<>();
        final TextField title = new TextField();
        final TextArea description = new TextArea();
        final DatePicker start = LocalizedComponents.datePicker();
        final DatePicker end = LocalizedComponents.datePicker();
        final IntegerField goal = new IntegerField();
        final CheckboxGroup<Category> categories = new CheckboxGroup<>();
        final MultiSelectComboBox<Suggestion> suggestions = new MultiSelectComboBox<>();
        final Checkbox selfCounts = new Checkbox();
        final Select<Category> ownCategory = new Select<>();
        final TextField ownText = new TextField();
        final Button addOwn = new Button();
        final Button save = new Button();

        ChallengeDialog(long classId, @Nullable ChallengeInfo existing, Runnable onSaved) {
            setId("challenge-dialog");
            setHeaderTitle(getTranslation(existing == null ? "challenge.new" : "challenge.edit"));
            setWidth("min(760px, 95vw)");
            var ageBand = classes.get(classId).ageBand();
            int students = roster.students(classId).size();
            List<Suggestion> offered = new ArrayList<>(ActLibrary.forAgeBand(ageBand).stream().map(ChallengeService::library).toList());
            offered.addAll(challenges.ownSuggestions());

            List<Optional<TemplateChoice>> templates = new ArrayList<>();
            templates.add(Optional.empty());
            if (existing == null) {
                templateChoices(this).forEach(t -> templates.add(Optional.of(t)));
            }
            template.setLabel(getTranslation("challenge.template"));
            template.setId("challenge-template");
            template.setItems(templates);
            template.setItemLabelGenerator(t -> t.map(TemplateChoice::label).orElse(getTranslation("challenge.template.none")));
            template.setValue(Optional.empty());
            template.setVisible(existing == null);
            title.setLabel(getTranslation("challenge.title"));
            title.setId("challenge-title");
            title.setMaxLength(120);
            description.setLabel(getTranslation("challenge.description"));
            description.setId("challenge-description");
            description.setMaxLength(1000);
            start.setLabel(getTranslation("challenge.start"));
            start.setId("challenge-start");
            end.setLabel(getTranslation("challenge.end"));
            end.setId("challenge-end");
            goal.setLabel(getTranslation("challenge.goal"));
            goal.setHelperText(getTranslation("challenge.goal.help"));
            goal.setId("challenge-goal");
            goal.setMin(1);
            goal.setStepButtonsVisible(true);
            categories.setLabel(getTranslation("challenge.categories"));
            categories.setId("challenge-categories");
            categories.setItems(Category.values());
            categories.setItemLabelGenerator(c -> getTranslation(c.nameKey()));
            suggestions.setLabel(getTranslation("challenge.suggestions"));
            suggestions.setId("challenge-suggestions");
            suggestions.setItems(offered);
            suggestions.setItemLabelGenerator(s -> (s.textKey() != null ? getTranslation(s.textKey()) : s.text())
                    + " · " + getTranslation(s.category().nameKey()));
            ownCategory.setLabel(getTranslation("challenge.own.category"));
            ownCategory.setId("challenge-own-category");
            ownCategory.setItems(Category.values());
            ownCategory.setItemLabelGenerator(c -> getTranslation(c.nameKey()));
            ownCategory.setValue(Category.KIND_TO_OTHERS);
            ownText.setLabel(getTranslation("challenge.own.text"));
            ownText.setId("challenge-own-text");
            ownText.setMaxLength(200);
            addOwn.setText(getTranslation("challenge.own.add"));
            addOwn.setId("challenge-own-add");
            addOwn.addClickListener(e -> {
                try {
                    long id = challenges.addOwnSuggestion(ownCategory.getValue(), ownText.getValue());
                    Suggestion added = ChallengeService.custom(id, ownCategory.getValue(), ownText.getValue().strip());
                    offered.add(added);
                    Set<Suggestion> chosen = new LinkedHashSet<>(suggestions.getValue());
                    chosen.add(added);
                    suggestions.setItems(offered);
                    suggestions.setValue(chosen);
                    FieldErrors.clear(Map.of("text", ownText));
                    ownText.clear();
                } catch (InvalidInputException ex) {
                    FieldErrors.show(this, ex, Map.of("text", ownText));
                }
            });
            selfCounts.setLabel(getTranslation("challenge.selfCounts"));
            selfCounts.setId("challenge-self-counts");

            LocalDate today = school.today();
            if (existing != null) {
                title.setValue(existing.title());
                description.setValue(existing.description());
                start.setValue(existing.start());
                end.setValue(existing.end());
                goal.setValue(existing.goal());
                categories.setValue(existing.categories());
                Set<String> keys = existing.suggestions().stream().map(Suggestion::key).collect(java.util.stream.Collectors.toSet());
                suggestions.setValue(offered.stream().filter(s -> keys.contains(s.key())).collect(java.util.stream.Collectors.toSet()));
                selfCounts.setValue(existing.selfCounts());
            } else {
                start.setValue(today);
                end.setValue(today.plusDays(6));
                goal.setValue(Math.max(1, students * 3));
                categories.setValue(EnumSet.of(Category.KIND_TO_OTHERS, Category.CONNECTION, Category.EMPATHY));
            }
            template.addValueChangeListener(e -> Optional.ofNullable(e.getValue()).flatMap(v -> v).ifPresent(t -> {
                title.setValue(t.title());
                description.setValue(t.description());
                start.setValue(today);
                end.setValue(today.plusDays(t.days() - 1L));
                goal.setValue(Math.max(1, students * t.goalPerStudent()));
                categories.setValue(t.categories());
                Set<String> keys = t.actIds().stream().map(id -> "lib:" + id).collect(java.util.stream.Collectors.toSet());
                suggestions.setValue(offered.stream().filter(s -> keys.contains(s.key())).collect(java.util.stream.Collectors.toSet()));
                selfCounts.setValue(t.selfCounts());
            }));

            HorizontalLayout own = new HorizontalLayout(ownCategory, ownText, addOwn);
            own.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            own.getStyle().set("flex-wrap", "wrap");
            FormLayout form = new FormLayout(template, title, description, start, end, goal, categories, suggestions, own, selfCounts);
            form.setColspan(own, 2);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
            form.setColspan(template, 2);
            form.setColspan(title, 2);
            form.setColspan(description, 2);
            form.setColspan(categories, 2);
            form.setColspan(suggestions, 2);
            form.setColspan(selfCounts, 2);
            add(form);
            save.setText(getTranslation("action.save"));
            save.setId("challenge-save");
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> {
                Map<String, HasValidation> fields = Map.of("title", title, "description", description, "start", start, "end", end,
                        "goal", goal, "categories", categories);
                ChallengeForm f = new ChallengeForm(title.getValue(), description.getValue(), start.getValue(), end.getValue(),
                        goal.getValue() == null ? 0 : goal.getValue(), categories.getValue(),
                        suggestionsInOrder(offered, suggestions.getValue()), selfCounts.getValue(),
                        Optional.ofNullable(template.getValue()).flatMap(v -> v).map(TemplateChoice::id)
                                .orElse(existing == null ? null : existing.templateId()));
                try {
                    if (existing == null) {
                        challenges.create(classId, f);
                    } else {
                        challenges.update(existing.id(), f);
                    }
                    close();
                    onSaved.run();
                } catch (InvalidInputException ex) {
                    FieldErrors.show(this, ex, fields);
                }
            });
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        }

        private List<String> suggestionsInOrder(List<Suggestion> offered, Set<Suggestion> chosen) {
            Set<String> keys = new LinkedHashSet<>();
            offered.stream().filter(chosen::contains).forEach(s -> keys.add(s.key()));
            return List.copyOf(keys);
        }
    }
}

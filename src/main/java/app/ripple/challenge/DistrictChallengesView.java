package app.ripple.challenge;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import app.ripple.challenge.DistrictTemplateService.DistrictTemplate;
import app.ripple.challenge.DistrictTemplateService.TemplateForm;
import app.ripple.challenge.library.ActLibrary;
import app.ripple.challenge.library.SuggestedAct;
import app.ripple.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The district administrator's challenge templates: the ones every school's teachers see next to the
 * built-in templates (archive one), and a form to add one.
 */
@Route("district/challenges")
@RolesAllowed(Role.DISTRICT_ADMIN_NAME)
@Menu(order = 4, title = "district.nav.challenges", icon = "vaadin:star")
class DistrictChallengesView extends Main implements HasDynamicTitle {

    final Grid<DistrictTemplate> templates = new Grid<>();
    final Paragraph none = new Paragraph();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final IntegerField days = new IntegerField();
    final IntegerField goalPerStudent = new IntegerField();
    final CheckboxGroup<Category> categories = new CheckboxGroup<>();
    final MultiSelectComboBox<SuggestedAct> acts = new MultiSelectComboBox<>();
    final Checkbox selfCounts = new Checkbox();
    final Button add = new Button();
    private final DistrictTemplateService service;

    DistrictChallengesView(DistrictTemplateService service) {
        this.service = service;
        setId("district-challenges-view");
        addClassName("ripple-page");
        Paragraph intro = new Paragraph(getTranslation("district.templates.intro"));
        intro.addClassName("ripple-muted");

        templates.setId("district-templates");
        templates.setAriaLabel(getTranslation("district.templates.list"));
        templates.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        templates.addColumn(DistrictTemplate::title).setHeader(getTranslation("challenge.title")).setFlexGrow(2);
        templates.addColumn(t -> getTranslation("district.templates.daysValue", t.days())).setHeader(getTranslation("district.templates.days"))
                .setAutoWidth(true).setFlexGrow(0);
        templates.addColumn(t -> t.categories().stream().sorted().map(c -> getTranslation(c.nameKey())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("challenge.categories")).setFlexGrow(2);
        templates.addComponentColumn(this::archiveButton).setAutoWidth(true).setFlexGrow(0);
        templates.setAllRowsVisible(true);
        none.setText(getTranslation("district.templates.none"));
        none.setId("district-templates-none");
        Div listCard = new Div(new H2(getTranslation("district.templates.list")), none, templates);
        listCard.addClassNames("ripple-card", "ripple-section");

        title.setLabel(getTranslation("challenge.title"));
        title.setId("district-template-title");
        title.setMaxLength(120);
        description.setLabel(getTranslation("challenge.description"));
        description.setId("district-template-description");
        description.setMaxLength(1000);
        days.setLabel(getTranslation("district.templates.days"));
        days.setId("district-template-days");
        days.setMin(1);
        days.setMax(366);
        days.setStepButtonsVisible(true);
        days.setValue(7);
        goalPerStudent.setLabel(getTranslation("district.templates.goal"));
        goalPerStudent.setHelperText(getTranslation("district.templates.goal.help"));
        goalPerStudent.setId("district-template-goal");
        goalPerStudent.setMin(1);
        goalPerStudent.setMax(100);
        goalPerStudent.setStepButtonsVisible(true);
        goalPerStudent.setValue(3);
        categories.setLabel(getTranslation("challenge.categories"));
        categories.setId("district-template-categories");
        categories.setItems(Category.values());
        categories.setItemLabelGenerator(c -> getTranslation(c.nameKey()));
        categories.setValue(EnumSet.of(Category.KIND_TO_OTHERS, Category.CONNECTION, Category.EMPATHY));
        acts.setLabel(getTranslation("challenge.suggestions"));
        acts.setId("district-template-acts");
        acts.setItems(ActLibrary.all());
        acts.setItemLabelGenerator(a -> getTranslation(a.textKey()) + " · " + getTranslation(a.category().nameKey()));
        selfCounts.setLabel(getTranslation("challenge.selfCounts"));
        selfCounts.setId("district-template-self-counts");
        add.setText(getTranslation("district.templates.add"));
        add.setId("district-template-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> add());
        FormLayout form = new FormLayout(title, description, days, goalPerStudent, categories, acts, selfCounts);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(categories, 2);
        form.setColspan(acts, 2);
        form.setColspan(selfCounts, 2);
        Div addCard = new Div(new H2(getTranslation("district.templates.new")), form, add);
        addCard.addClassNames("ripple-card", "ripple-section");
        addCard.setId("district-template-form");

        add(new H1(getTranslation("district.templates.title")), intro, listCard, addCard);
        refresh();
    }

    private Component archiveButton(DistrictTemplate t) {
        Button archive = new Button(getTranslation("district.templates.archive"), e -> {
            service.archive(t.id());
            FieldErrors.Notifications.success(getTranslation("district.templates.archived", t.title()));
            refresh();
        });
        archive.setId("district-template-archive-" + t.id());
        archive.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        return archive;
    }

    void add() {
        Map<String, HasValidation> fields = Map.of("title", title, "description", description, "days", days,
                "goalPerStudent", goalPerStudent, "categories", categories, "suggestedActIds", acts);
        // The acts in the library's order, as a built-in template lists them.
        List<String> chosen = ActLibrary.all().stream().filter(acts.getValue()::contains).map(SuggestedAct::id).toList();
        TemplateForm form = new TemplateForm(title.getValue(), description.getValue(), days.getValue() == null ? 0 : days.getValue(),
                goalPerStudent.getValue() == null ? 0 : goalPerStudent.getValue(), categories.getValue(), chosen, selfCounts.getValue());
        try {
            service.add(form);
            FieldErrors.clear(fields);
            FieldErrors.Notifications.success(getTranslation("district.templates.added", title.getValue().strip()));
            title.clear();
            description.clear();
            acts.clear();
            refresh();
        } catch (InvalidInputException ex) {
            FieldErrors.show(this, ex, fields);
        }
    }

    void refresh() {
        List<DistrictTemplate> list = service.templates();
        templates.setItems(list);
        templates.setVisible(!list.isEmpty());
        none.setVisible(list.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("district.templates.title");
    }
}

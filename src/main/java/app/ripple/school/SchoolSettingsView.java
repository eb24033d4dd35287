package app.ripple.school;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/** Coordinators: the school's name, time zone, language and paper size, and its terms. */
@Route("school/settings")
@RolesAllowed("COORDINATOR")
@Menu(order = 90, title = "nav.schoolSettings", icon = "vaadin:cog")
class SchoolSettingsView extends Main implements HasDynamicTitle {

    final TextField name = new TextField();
    final ComboBox<String> timeZone = new ComboBox<>();
    final Select<String> language = new Select<>();
    final Select<String> paperSize = new Select<>();
    final Button save = new Button();
    final Grid<TermInfo> terms = new Grid<>();
    final TextField termName = new TextField();
    final DatePicker termStart = new DatePicker();
    final DatePicker termEnd = new DatePicker();
    final Button addTerm = new Button();
    final com.vaadin.flow.component.html.Paragraph retention = new com.vaadin.flow.component.html.Paragraph();

    private final SchoolService school;

    SchoolSettingsView(SchoolService school) {
        this.school = school;
        setId("school-settings-view");
        addClassName("ripple-page");
        SchoolInfo info = school.current().orElseThrow();

        name.setLabel(getTranslation("setup.schoolName"));
        name.setId("school-name-field");
        name.setMaxLength(120);
        name.setValue(info.name());
        timeZone.setLabel(getTranslation("setup.timeZone"));
        timeZone.setId("school-time-zone");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList());
        timeZone.setValue(info.timeZone().getId());
        language.setLabel(getTranslation("setup.language"));
        language.setId("school-language");
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setValue(info.defaultLanguage());
        paperSize.setLabel(getTranslation("school.paperSize"));
        paperSize.setId("school-paper-size");
        paperSize.setItems(List.of("A4", "LETTER"));
        paperSize.setItemLabelGenerator(p -> getTranslation("school.paperSize." + p));
        paperSize.setValue(info.paperSize());
        save.setText(getTranslation("action.save"));
        save.setId("school-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            Map<String, HasValidation> fields = Map.of("name", name, "timeZone", timeZone, "language", language, "paperSize", paperSize);
            try {
                school.updateSettings(name.getValue(), timeZone.getValue() == null ? "" : timeZone.getValue(),
                        language.getValue() == null ? "" : language.getValue(), paperSize.getValue() == null ? "" : paperSize.getValue());
                FieldErrors.clear(fields);
                FieldErrors.Notifications.success(getTranslation("school.saved"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, fields);
            }
        });
        FormLayout form = new FormLayout(name, timeZone, language, paperSize);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        Div settings = new Div(new H2(getTranslation("school.settings")), form, save);
        settings.addClassNames("ripple-card", "ripple-section");

        terms.setId("school-terms");
        terms.setAriaLabel(getTranslation("school.terms"));
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        terms.addColumn(TermInfo::name).setHeader(getTranslation("school.term.name")).setFlexGrow(1);
        terms.addColumn(t -> f.format(t.startDate())).setHeader(getTranslation("school.term.start")).setAutoWidth(true);
        terms.addColumn(t -> f.format(t.endDate())).setHeader(getTranslation("school.term.end")).setAutoWidth(true);
        terms.setAllRowsVisible(true);
        termName.setLabel(getTranslation("school.term.name"));
        termName.setId("term-name");
        termName.setMaxLength(80);
        termStart.setLabel(getTranslation("school.term.start"));
        termStart.setId("term-start");
        termEnd.setLabel(getTranslation("school.term.end"));
        termEnd.setId("term-end");
        addTerm.setText(getTranslation("school.term.add"));
        addTerm.setId("term-add");
        addTerm.addClickListener(e -> {
            Map<String, HasValidation> fields = Map.of("name", termName, "start", termStart, "end", termEnd);
            try {
                school.addTerm(termName.getValue(), termStart.getValue(), termEnd.getValue());
                FieldErrors.clear(fields);
                termName.clear();
                termStart.clear();
                termEnd.clear();
                refreshTerms();
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, fields);
            }
        });
        FormLayout termForm = new FormLayout(termName, termStart, termEnd);
        termForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        Div termsCard = new Div(new H2(getTranslation("school.terms")), terms, termForm, addTerm);
        termsCard.addClassNames("ripple-card", "ripple-section");
        // Retention is set on the privacy page, next to its dry run; shown here so it is found with the other settings.
        retention.setId("school-retention");
        retention.setText(school.retentionMonths().map(m -> getTranslation("school.retention.value", m))
                .orElse(getTranslation("school.retention.off")));
        com.vaadin.flow.component.html.Anchor manage = new com.vaadin.flow.component.html.Anchor("school/privacy",
                getTranslation("school.retention.manage"));
        manage.setId("school-retention-manage");
        Div retentionCard = new Div(new H2(getTranslation("school.retention")), retention, manage);
        retentionCard.addClassNames("ripple-card", "ripple-section");
        add(new H1(getTranslation("school.title")), settings, termsCard, retentionCard);
        refreshTerms();
    }

    void refreshTerms() {
        terms.setItems(school.terms());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("school.title");
    }
}

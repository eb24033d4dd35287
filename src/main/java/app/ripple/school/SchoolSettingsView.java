package app.ripple.school;

import app.ripple.base.LocalizedComponents;
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
    final Grid<TermOverview> terms = new Grid<>();
    final Grid<SchoolYearInfo> years = new Grid<>();
    final TextField yearName = new TextField();
    final DatePicker yearStart = LocalizedComponents.datePicker();
    final DatePicker yearEnd = LocalizedComponents.datePicker();
    final Button addYear = new Button();
    final Select<java.util.Optional<SchoolYearInfo>> termYear = new Select<>();
    final TextField termName = new TextField();
    final DatePicker termStart = LocalizedComponents.datePicker();
    final DatePicker termEnd = LocalizedComponents.datePicker();
    final Button addTerm = new Button();
    final com.vaadin.flow.component.html.Paragraph retention = new com.vaadin.flow.component.html.Paragraph();

    private final SchoolService school;

    SchoolSettingsView(SchoolService school, StaffSsoService sso, DistrictService district, StaffService staff) {
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
        SchoolFields.language(language, "school-language", info.defaultLanguage());
        SchoolFields.paperSize(paperSize, "school-paper-size", info.paperSize());
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

        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        years.setId("school-years");
        years.setAriaLabel(getTranslation("school.years"));
        years.addColumn(SchoolYearInfo::name).setHeader(getTranslation("school.year.name")).setFlexGrow(1);
        years.addColumn(y -> f.format(y.startDate())).setHeader(getTranslation("school.year.start")).setAutoWidth(true);
        years.addColumn(y -> f.format(y.endDate())).setHeader(getTranslation("school.year.end")).setAutoWidth(true);
        years.setAllRowsVisible(true);
        yearName.setLabel(getTranslation("school.year.name"));
        yearName.setId("year-name");
        yearName.setMaxLength(80);
        yearStart.setLabel(getTranslation("school.year.start"));
        yearStart.setId("year-start");
        yearEnd.setLabel(getTranslation("school.year.end"));
        yearEnd.setId("year-end");
        addYear.setText(getTranslation("school.year.add"));
        addYear.setId("year-add");
        addYear.addClickListener(e -> {
            Map<String, HasValidation> fields = Map.of("name", yearName, "start", yearStart, "end", yearEnd);
            try {
                school.addSchoolYear(yearName.getValue(), yearStart.getValue(), yearEnd.getValue());
                FieldErrors.clear(fields);
                yearName.clear();
                yearStart.clear();
                yearEnd.clear();
                refreshTerms();
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, fields);
            }
        });
        FormLayout yearForm = new FormLayout(yearName, yearStart, yearEnd);
        yearForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        Div yearsCard = new Div(new H2(getTranslation("school.years")), years, yearForm, addYear);
        yearsCard.addClassNames("ripple-card", "ripple-section");
        yearsCard.setId("school-years-card");

        terms.setId("school-terms");
        terms.setAriaLabel(getTranslation("school.terms"));
        terms.addColumn(t -> t.term().name()).setHeader(getTranslation("school.term.name")).setFlexGrow(1);
        terms.addColumn(t -> t.schoolYearName() == null ? "" : t.schoolYearName()).setHeader(getTranslation("school.term.year"))
                .setAutoWidth(true);
        terms.addColumn(t -> f.format(t.term().startDate())).setHeader(getTranslation("school.term.start")).setAutoWidth(true);
        terms.addColumn(t -> f.format(t.term().endDate())).setHeader(getTranslation("school.term.end")).setAutoWidth(true);
        terms.addColumn(t -> getTranslation(t.term().closed() ? "school.term.closed" : "school.term.open"))
                .setHeader(getTranslation("school.term.state")).setAutoWidth(true);
        terms.addComponentColumn(this::termActions).setAutoWidth(true).setFlexGrow(0);
        terms.setAllRowsVisible(true);
        termYear.setLabel(getTranslation("school.term.year"));
        termYear.setId("term-year");
        termYear.setItemLabelGenerator(o -> o.map(SchoolYearInfo::name).orElse(getTranslation("school.year.none")));
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
            Map<String, HasValidation> fields = Map.of("name", termName, "start", termStart, "end", termEnd, "schoolYear", termYear);
            try {
                school.addTerm(termName.getValue(), termStart.getValue(), termEnd.getValue(),
                        termYear.getValue() == null ? null : termYear.getValue().map(SchoolYearInfo::id).orElse(null));
                FieldErrors.clear(fields);
                termName.clear();
                termStart.clear();
                termEnd.clear();
                refreshTerms();
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, fields);
            }
        });
        FormLayout termForm = new FormLayout(termName, termStart, termEnd, termYear);
        termForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 4));
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
        add(new H1(getTranslation("school.title")), settings, yearsCard, termsCard, retentionCard);
        add(new SsoOnlySection(sso));
        if (!district.districtAdminExists()) {
            add(new TurnIntoDistrictSection(district, staff.invitationsOn()));
        }
        refreshTerms();
    }

    void refreshTerms() {
        terms.setItems(school.termOverviews());
        List<SchoolYearInfo> all = school.schoolYears();
        years.setItems(all);
        java.util.List<java.util.Optional<SchoolYearInfo>> options = new java.util.ArrayList<>();
        options.add(java.util.Optional.empty());
        all.forEach(y -> options.add(java.util.Optional.of(y)));
        termYear.setItems(options);
        termYear.setValue(java.util.Optional.empty());
    }

    /** Close (with a confirmation) or reopen a term; a closed term links to its archive. */
    private com.vaadin.flow.component.Component termActions(TermOverview t) {
        com.vaadin.flow.component.orderedlayout.HorizontalLayout actions = new com.vaadin.flow.component.orderedlayout.HorizontalLayout();
        long id = t.term().id();
        if (t.term().closed()) {
            com.vaadin.flow.component.html.Anchor archive = new com.vaadin.flow.component.html.Anchor("reports/archive/" + id,
                    getTranslation("school.term.archive"));
            archive.setId("term-archive-" + id);
            Button reopen = new Button(getTranslation("school.term.reopen"), e -> {
                school.reopenTerm(id);
                refreshTerms();
            });
            reopen.setId("term-reopen-" + id);
            reopen.addThemeVariants(ButtonVariant.TERTIARY);
            actions.add(archive, reopen);
        } else {
            Button close = new Button(getTranslation("school.term.close"), e -> confirmClose(t));
            close.setId("term-close-" + id);
            close.addThemeVariants(ButtonVariant.TERTIARY);
            actions.add(close);
        }
        return actions;
    }

    final com.vaadin.flow.component.confirmdialog.ConfirmDialog closeDialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();

    void confirmClose(TermOverview t) {
        closeDialog.setId("term-close-dialog");
        closeDialog.setHeader(getTranslation("school.term.close.title", t.term().name()));
        closeDialog.setText(getTranslation("school.term.close.text", t.term().name(), t.classCount()));
        closeDialog.setCancelable(true);
        closeDialog.setCancelText(getTranslation("action.cancel"));
        closeDialog.setConfirmText(getTranslation("school.term.close"));
        closeDialog.addConfirmListener(e -> {
            school.closeTerm(t.term().id());
            FieldErrors.Notifications.success(getTranslation("school.term.closed.done", t.term().name()));
            refreshTerms();
        });
        closeDialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("school.title");
    }
}

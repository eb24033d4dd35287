package app.ripple.privacy;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import app.ripple.classroom.ClassRecords.ClassSummary;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.StudentDirectory.StudentRef;
import app.ripple.privacy.PrivacyService.ErasureReceipt;
import app.ripple.privacy.RetentionService.ClassDue;
import app.ripple.privacy.RetentionService.ClassWaiting;
import app.ripple.privacy.RetentionService.Preview;
import app.ripple.privacy.RetentionService.Run;
import app.ripple.school.SchoolInfo;
import app.ripple.school.SchoolService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Coordinators: privacy requests and retention. Find a student by class and name, download their
 * data (access request) or erase them (the dialog asks for the name to be typed, then shows the
 * receipt); set the retention period, see what a run would delete today, apply it, and see past runs.
 */
@Route("school/privacy")
@RolesAllowed("COORDINATOR")
@Menu(order = 95, title = "nav.privacy", icon = "vaadin:lock")
class PrivacyView extends Main implements HasDynamicTitle {

    final ComboBox<ClassSummary> classFilter = new ComboBox<>();
    final TextField search = new TextField();
    final Grid<StudentRef> students = new Grid<>();
    final Checkbox retentionOn = new Checkbox();
    final IntegerField retentionMonths = new IntegerField();
    final Button saveRetention = new Button();
    final Paragraph previewSummary = new Paragraph();
    final Grid<ClassDue> preview = new Grid<>();
    final Div waitingBox = new Div();
    final Grid<ClassWaiting> waiting = new Grid<>();
    final Button applyNow = new Button();
    final Grid<Run> runs = new Grid<>();
    @Nullable Dialog eraseDialog;
    @Nullable TextField confirmName;
    @Nullable Button confirmErase;
    @Nullable Dialog receiptDialog;

    private final PrivacyService privacy;
    private final RetentionService retention;
    private final SchoolService school;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    PrivacyView(PrivacyService privacy, RetentionService retention, SchoolService school, ClassService classes) {
        this.privacy = privacy;
        this.retention = retention;
        this.school = school;
        ZoneId zone = school.current().map(SchoolInfo::timeZone).orElse(ZoneId.of("UTC"));
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(zone);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        setId("privacy-view");
        addClassName("ripple-page");

        add(new H1(getTranslation("privacy.title")), new Paragraph(getTranslation("privacy.intro")),
                requestsCard(classes), retentionCard());
        refreshStudents();
        refreshRetention();
    }

    private Div requestsCard(ClassService classes) {
        classFilter.setLabel(getTranslation("privacy.class"));
        classFilter.setId("privacy-class");
        classFilter.setItems(classes.myClasses(true));
        classFilter.setItemLabelGenerator(c -> c.termName() == null ? c.name() : c.name() + " (" + c.termName() + ")");
        classFilter.setClearButtonVisible(true);
        classFilter.addValueChangeListener(e -> refreshStudents());
        search.setLabel(getTranslation("privacy.search"));
        search.setId("privacy-search");
        search.setHelperText(getTranslation("privacy.search.help"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setMaxLength(40);
        search.addValueChangeListener(e -> refreshStudents());
        HorizontalLayout filters = new HorizontalLayout(classFilter, search);
        filters.setWrap(true);

        students.setId("privacy-students");
        students.setAriaLabel(getTranslation("privacy.students"));
        // Long names and class names wrap (the full name is in the tooltip); the actions stay in view at
        // the end, so the grid never needs sideways scrolling at 1024 or 1280 px.
        students.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.WRAP_CELL_CONTENT);
        students.addComponentColumn(s -> longText(s.displayName())).setKey("name").setHeader(getTranslation("privacy.student"))
                .setWidth("8em").setFlexGrow(2).setTooltipGenerator(StudentRef::displayName);
        students.addColumn(s -> s.schoolStudentId() == null ? "" : s.schoolStudentId())
                .setHeader(getTranslation("privacy.schoolId")).setWidth("5.5em").setFlexGrow(0);
        students.addComponentColumn(s -> longText(s.className())).setHeader(getTranslation("privacy.class")).setWidth("6em")
                .setFlexGrow(1);
        students.addComponentColumn(s -> longText(s.termName() == null ? "" : s.termName())).setHeader(getTranslation("privacy.term"))
                .setWidth("6em").setFlexGrow(1);
        students.addColumn(s -> getTranslation(s.active() ? "privacy.status.active" : "privacy.status.left"))
                .setHeader(getTranslation("privacy.status")).setWidth("5.5em").setFlexGrow(0);
        // A fixed width: on a narrow screen "Export" and "Erase" stack instead of widening the grid.
        students.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("privacy.actions")).setWidth("9em")
                .setFlexGrow(1).setFrozenToEnd(true);
        students.setHeight("360px");

        Div card = new Div(new H2(getTranslation("privacy.requests")), new Paragraph(getTranslation("privacy.requests.intro")),
                filters, students);
        card.addClassNames("ripple-card", "ripple-section");
        return card;
    }

    private static Component longText(String text) {
        com.vaadin.flow.component.html.Span span = new com.vaadin.flow.component.html.Span(text);
        span.addClassName("ripple-long-name");
        return span;
    }

    private Component actions(StudentRef s) {
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            PrivacyService.Export file = privacy.export(s.id());
            return new DownloadResponse(new ByteArrayInputStream(file.json()), file.fileName(), "application/json", file.json().length);
        }), getTranslation("privacy.export"));
        export.setId("privacy-export-" + s.id());
        export.getElement().setAttribute("aria-label", getTranslation("privacy.export.label", s.displayName()));
        Button erase = new Button(getTranslation("privacy.erase"), e -> openErase(s));
        erase.setId("privacy-erase-" + s.id());
        erase.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        erase.setAriaLabel(getTranslation("privacy.erase.label", s.displayName()));
        HorizontalLayout row = new HorizontalLayout(export, erase);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.addClassName("ripple-row-actions");
        return row;
    }

    void openErase(StudentRef s) {
        Dialog dialog = new Dialog();
        dialog.setId("privacy-erase-dialog");
        dialog.setHeaderTitle(getTranslation("privacy.erase.title"));
        UnorderedList what = new UnorderedList(new ListItem(getTranslation("privacy.erase.what.acts")),
                new ListItem(getTranslation("privacy.erase.what.lessons")), new ListItem(getTranslation("privacy.erase.what.checks")),
                new ListItem(getTranslation("privacy.erase.what.student")));
        TextField name = new TextField(getTranslation("privacy.erase.typeName", s.displayName()));
        name.setId("privacy-erase-name");
        name.setWidthFull();
        name.setMaxLength(60);
        name.setValueChangeMode(ValueChangeMode.EAGER);
        Button confirm = new Button(getTranslation("privacy.erase.confirm"));
        confirm.setId("privacy-erase-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setEnabled(false);
        name.addValueChangeListener(e -> confirm.setEnabled(!e.getValue().isBlank()));
        confirm.addClickListener(e -> {
            try {
                ErasureReceipt receipt = privacy.erase(s.id(), name.getValue());
                dialog.close();
                refreshStudents();
                refreshRetention();
                showReceipt(receipt);
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, Map.of("confirmName", name));
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        cancel.setId("privacy-erase-cancel");
        dialog.add(new Paragraph(getTranslation("privacy.erase.intro", s.displayName(), s.className())), what,
                new Paragraph(getTranslation("privacy.erase.pseudonyms")), name);
        dialog.getFooter().add(cancel, confirm);
        dialog.setWidth("min(560px, 95vw)");
        add(dialog);
        dialog.open();
        eraseDialog = dialog;
        confirmName = name;
        confirmErase = confirm;
    }

    private void showReceipt(ErasureReceipt r) {
        Dialog dialog = new Dialog();
        dialog.setId("privacy-receipt");
        dialog.setHeaderTitle(getTranslation("privacy.receipt.title"));
        UnorderedList rows = new UnorderedList();
        r.rows().forEach((table, n) -> rows.add(new ListItem(tableLabel(table) + ": " + n)));
        Span reference = new Span(r.reference());
        reference.setId("privacy-receipt-reference");
        reference.addClassName("ripple-code");
        dialog.add(new Paragraph(getTranslation("privacy.receipt.intro", r.studentId(),
                        r.className() == null ? "—" : r.className(), dateTime.format(r.erasedAt()), r.erasedBy())),
                new Paragraph(getTranslation("privacy.receipt.reference")), reference, rows,
                new Paragraph(getTranslation("privacy.receipt.audit")));
        Button done = new Button(getTranslation("action.done"), e -> dialog.close());
        done.setId("privacy-receipt-done");
        done.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(done);
        add(dialog);
        dialog.open();
        receiptDialog = dialog;
    }

    /** A readable name for a table; a table a newer feature added without a text shows its own name. */
    private String tableLabel(String table) {
        String label = getTranslation("privacy.table." + table);
        return label.startsWith("!") ? table : label;
    }

    private Div retentionCard() {
        retentionOn.setLabel(getTranslation("privacy.retention.on"));
        retentionOn.setId("privacy-retention-on");
        retentionMonths.setLabel(getTranslation("privacy.retention.months"));
        retentionMonths.setId("privacy-retention-months");
        retentionMonths.setMin(SchoolService.RETENTION_MIN_MONTHS);
        retentionMonths.setMax(SchoolService.RETENTION_MAX_MONTHS);
        retentionMonths.setStepButtonsVisible(true);
        retentionMonths.setHelperText(getTranslation("privacy.retention.months.help"));
        Optional<Integer> months = school.retentionMonths();
        retentionOn.setValue(months.isPresent());
        retentionMonths.setValue(months.orElse(12));
        retentionMonths.setEnabled(months.isPresent());
        retentionOn.addValueChangeListener(e -> retentionMonths.setEnabled(e.getValue()));
        saveRetention.setText(getTranslation("action.save"));
        saveRetention.setId("privacy-retention-save");
        saveRetention.addClickListener(e -> {
            try {
                school.updateRetentionMonths(retentionOn.getValue()
                        ? (retentionMonths.getValue() == null ? Integer.valueOf(0) : retentionMonths.getValue()) : null);
                FieldErrors.clear(Map.of("retentionMonths", retentionMonths));
                FieldErrors.Notifications.success(getTranslation("privacy.retention.saved"));
                refreshRetention();
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, Map.of("retentionMonths", retentionMonths));
            }
        });
        HorizontalLayout setting = new HorizontalLayout(retentionOn, retentionMonths, saveRetention);
        setting.setAlignItems(FlexComponent.Alignment.BASELINE);
        setting.setWrap(true);

        previewSummary.setId("privacy-preview-summary");
        preview.setId("privacy-preview");
        preview.setAriaLabel(getTranslation("privacy.preview"));
        preview.addColumn(ClassDue::className).setHeader(getTranslation("privacy.class")).setWidth("8em").setFlexGrow(2);
        preview.addColumn(ClassDue::termName).setHeader(getTranslation("privacy.term")).setWidth("7em").setFlexGrow(1);
        preview.addColumn(c -> date.format(c.termEnd())).setHeader(getTranslation("privacy.termEnd")).setWidth("7em").setFlexGrow(0);
        preview.addColumn(c -> date.format(c.countsFrom())).setHeader(getTranslation("privacy.termClosed")).setWidth("7em").setFlexGrow(0);
        preview.addColumn(ClassDue::students).setHeader(getTranslation("privacy.students")).setWidth("5em").setFlexGrow(0);
        preview.setAllRowsVisible(true);
        waiting.setId("privacy-waiting");
        waiting.setAriaLabel(getTranslation("privacy.waiting"));
        waiting.addColumn(ClassWaiting::className).setHeader(getTranslation("privacy.class")).setWidth("8em").setFlexGrow(2);
        waiting.addColumn(ClassWaiting::termName).setHeader(getTranslation("privacy.term")).setWidth("7em").setFlexGrow(1);
        waiting.addColumn(c -> date.format(c.termEnd())).setHeader(getTranslation("privacy.termEnd")).setWidth("7em").setFlexGrow(0);
        waiting.addColumn(ClassWaiting::students).setHeader(getTranslation("privacy.students")).setWidth("5em").setFlexGrow(0);
        waiting.setAllRowsVisible(true);
        waitingBox.setId("privacy-waiting-box");
        waitingBox.add(new H3(getTranslation("privacy.waiting")), new Paragraph(getTranslation("privacy.waiting.intro")), waiting);
        applyNow.setText(getTranslation("privacy.apply"));
        applyNow.setId("privacy-apply");
        applyNow.addThemeVariants(ButtonVariant.ERROR);
        applyNow.addClickListener(e -> confirmApply());

        runs.setId("privacy-runs");
        runs.setAriaLabel(getTranslation("privacy.runs"));
        // Fixed widths that share the card's width (auto widths grew past it with the Spanish headers at 1024 px).
        runs.addColumn(r -> dateTime.format(r.runAt())).setHeader(getTranslation("audit.at")).setWidth("8em").setFlexGrow(1);
        runs.addColumn(r -> getTranslation("privacy.trigger." + r.trigger())).setHeader(getTranslation("privacy.trigger"))
                .setWidth("6em").setFlexGrow(1);
        runs.addColumn(Run::actor).setHeader(getTranslation("audit.actor")).setWidth("8em").setFlexGrow(2)
                .setTooltipGenerator(Run::actor);
        runs.addColumn(r -> date.format(r.cutoff())).setHeader(getTranslation("privacy.cutoff")).setWidth("6em").setFlexGrow(1);
        runs.addColumn(Run::students).setHeader(getTranslation("privacy.students")).setWidth("5em").setFlexGrow(0);
        runs.addColumn(Run::rowsDeleted).setHeader(getTranslation("privacy.rows")).setWidth("5em").setFlexGrow(0);
        runs.setAllRowsVisible(true);

        Div card = new Div(new H2(getTranslation("privacy.retention")), new Paragraph(getTranslation("privacy.retention.intro")), setting,
                new H2(getTranslation("privacy.preview")), previewSummary, preview, applyNow, waitingBox, new H2(getTranslation("privacy.runs")), runs);
        card.addClassNames("ripple-card", "ripple-section");
        return card;
    }

    private void confirmApply() {
        Dialog dialog = new Dialog();
        dialog.setId("privacy-apply-dialog");
        dialog.setHeaderTitle(getTranslation("privacy.apply"));
        dialog.add(new Paragraph(getTranslation("privacy.apply.confirm", retention.preview().students())));
        Button go = new Button(getTranslation("privacy.apply"), e -> {
            dialog.close();
            retention.runNow().ifPresentOrElse(
                    r -> FieldErrors.Notifications.success(getTranslation("privacy.apply.done", r.students())),
                    () -> FieldErrors.Notifications.error(getTranslation("privacy.apply.skipped")));
            refreshStudents();
            refreshRetention();
        });
        go.setId("privacy-apply-confirm");
        go.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), go);
        add(dialog);
        dialog.open();
    }

    void refreshStudents() {
        ClassSummary c = classFilter.getValue();
        students.setItems(privacy.find(c == null ? null : c.id(), search.getValue()));
    }

    void refreshRetention() {
        Preview p = retention.preview();
        if (p.months() == null || p.cutoff() == null) {
            previewSummary.setText(getTranslation("privacy.preview.off"));
        } else if (p.classes().isEmpty()) {
            previewSummary.setText(getTranslation("privacy.preview.none", p.months(), date.format(p.cutoff())));
        } else {
            previewSummary.setText(getTranslation("privacy.preview.some", p.months(), date.format(p.cutoff()), p.students(),
                    p.classes().size()));
        }
        preview.setItems(p.classes());
        preview.setVisible(!p.classes().isEmpty());
        applyNow.setEnabled(!p.classes().isEmpty());
        waiting.setItems(p.waiting());
        waitingBox.setVisible(!p.waiting().isEmpty());
        runs.setItems(retention.recentRuns(20));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title");
    }
}

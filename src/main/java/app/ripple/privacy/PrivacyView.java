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

    final StudentRequestsCard requests;
    final ComboBox<ClassSummary> classFilter;
    final TextField search;
    final Grid<StudentRef> students;
    final Checkbox retentionOn = new Checkbox();
    final IntegerField retentionMonths = new IntegerField();
    final Button saveRetention = new Button();
    final Paragraph previewSummary = new Paragraph();
    final Grid<ClassDue> preview = new Grid<>();
    final Div waitingBox = new Div();
    final Grid<ClassWaiting> waiting = new Grid<>();
    final Button applyNow = new Button();
    final Grid<Run> runs = new Grid<>();

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

        // The coordinator's own school: the calls run in the signed-in scope as they are.
        requests = new StudentRequestsCard(privacy, PrivacyView::asIs, classes.myClasses(true), dateTime, this::refreshRetention);
        classFilter = requests.classFilter;
        search = requests.search;
        students = requests.students;
        add(new H1(getTranslation("privacy.title")), new Paragraph(getTranslation("privacy.intro")),
                requests, retentionCard());
        refreshStudents();
        refreshRetention();
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
        requests.refreshStudents();
    }

    private static <T> T asIs(java.util.function.Supplier<T> work) {
        return work.get();
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

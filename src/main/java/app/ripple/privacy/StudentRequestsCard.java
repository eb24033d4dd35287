package app.ripple.privacy;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import app.ripple.classroom.ClassRecords.ClassSummary;
import app.ripple.classroom.StudentDirectory.StudentRef;
import app.ripple.privacy.PrivacyService.ErasureReceipt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Privacy requests for one school: find a student by class and name, download their data (access
 * request) or erase them (the dialog asks for the name to be typed, then shows the receipt). The
 * coordinator's privacy page shows it for their school; the district administrator's for the school
 * they chose, every service call running inside that school's scope ({@link Scope}).
 */
final class StudentRequestsCard extends Div {

    /** Runs a service call in the school's scope: as it is for a coordinator, {@code SchoolScope.of} for the district. */
    @FunctionalInterface
    interface Scope {
        <T> T run(Supplier<T> work);
    }

    final ComboBox<ClassSummary> classFilter = new ComboBox<>();
    final TextField search = new TextField();
    final Grid<StudentRef> students = new Grid<>();
    @Nullable Dialog eraseDialog;
    @Nullable TextField confirmName;
    @Nullable Button confirmErase;
    @Nullable Dialog receiptDialog;

    private final PrivacyService privacy;
    private final Scope scope;
    private final DateTimeFormatter dateTime;
    private final Runnable afterErase;

    /**
     * @param classes    the classes to filter by; empty hides the filter
     * @param afterErase what else the page refreshes after an erasure
     */
    StudentRequestsCard(PrivacyService privacy, Scope scope, List<ClassSummary> classes, DateTimeFormatter dateTime,
            Runnable afterErase) {
        this.privacy = privacy;
        this.scope = scope;
        this.dateTime = dateTime;
        this.afterErase = afterErase;
        classFilter.setLabel(getTranslation("privacy.class"));
        classFilter.setId("privacy-class");
        classFilter.setItems(classes);
        classFilter.setItemLabelGenerator(c -> c.termName() == null ? c.name() : c.name() + " (" + c.termName() + ")");
        classFilter.setClearButtonVisible(true);
        classFilter.setVisible(!classes.isEmpty());
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

        add(new H2(getTranslation("privacy.requests")), new Paragraph(getTranslation("privacy.requests.intro")), filters, students);
        addClassNames("ripple-card", "ripple-section");
    }

    private static Component longText(String text) {
        Span span = new Span(text);
        span.addClassName("ripple-long-name");
        return span;
    }

    private Component actions(StudentRef s) {
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            PrivacyService.Export file = scope.run(() -> privacy.export(s.id()));
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
                ErasureReceipt receipt = scope.run(() -> privacy.erase(s.id(), name.getValue()));
                dialog.close();
                refreshStudents();
                afterErase.run();
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

    void refreshStudents() {
        ClassSummary c = classFilter.getValue();
        students.setItems(scope.run(() -> privacy.find(c == null ? null : c.id(), search.getValue())));
    }
}

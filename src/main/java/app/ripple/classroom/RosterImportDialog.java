package app.ripple.classroom;

import app.ripple.base.LocalizedComponents;
import app.ripple.base.FieldErrors;
import app.ripple.base.LimitedUpload;
import app.ripple.base.InvalidInputException;
import app.ripple.classroom.roster.ImportPreview;
import app.ripple.classroom.roster.OneRosterClass;
import app.ripple.classroom.roster.OneRosterPackage;
import app.ripple.classroom.roster.RosterLimits;
import app.ripple.classroom.roster.RosterRow;
import app.ripple.classroom.roster.RowProblem;
import app.ripple.classroom.roster.SkippedRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Import students from a plain CSV or a OneRoster 1.1 export. Nothing is saved until the teacher
 * has seen the preview, which lists every bad row with its line number; then it is all or nothing.
 */
class RosterImportDialog extends Dialog {

    final Upload upload;
    final Select<OneRosterClass> oneRosterClass = new Select<>();
    final Div summary = new Div();
    final Grid<RowProblem> problems = new Grid<>();
    final Grid<RosterRow> rows = new Grid<>();
    final Grid<SkippedRow> skipped = new Grid<>();
    final Button importButton = new Button();

    private final RosterService roster;
    private final long classId;
    private final Runnable onImported;
    /** Filled by the upload request (which does not hold the UI lock), read when the upload has finished. */
    private final Map<String, byte[]> received = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicBoolean tooLarge = new java.util.concurrent.atomic.AtomicBoolean();
    private Map<String, byte[]> files = Map.of();
    private @Nullable OneRosterPackage pkg;

    RosterImportDialog(RosterService roster, long classId, Runnable onImported) {
        this.roster = roster;
        this.classId = classId;
        this.onImported = onImported;
        setId("roster-import-dialog");
        setHeaderTitle(getTranslation("roster.import.title"));
        setWidth("min(900px, 95vw)");

        upload = LocalizedComponents.upload(uploadHandler());
        upload.setId("roster-import-upload");
        upload.setAcceptedFileTypes(".csv", ".zip", "text/csv", "application/zip");
        upload.setMaxFiles(5);
        upload.setMaxFileSize(RosterLimits.MAX_ZIP_BYTES);
        upload.addAllFinishedListener(e -> uploadFinished());
        upload.addFileRejectedListener(e -> FieldErrors.Notifications.error(getTranslation("roster.import.rejected")));

        oneRosterClass.setLabel(getTranslation("roster.import.oneRosterClass"));
        oneRosterClass.setId("roster-import-oneroster-class");
        oneRosterClass.setItemLabelGenerator(c -> c.classCode() == null ? c.title() : c.title() + " (" + c.classCode() + ")");
        // The class titles of a school system are long ("Grade 4 Science - Room 12 (SCI4-12)"): the
        // picker spans the dialog so neither its label nor the chosen class is cut off.
        oneRosterClass.setWidthFull();
        oneRosterClass.setVisible(false);
        oneRosterClass.addValueChangeListener(e -> {
            if (e.getValue() != null && pkg != null) {
                showPreview(pkg.previewFor(e.getValue().sourcedId()));
            }
        });

        summary.setId("roster-import-summary");
        problems.setId("roster-import-problems");
        problems.addColumn(p -> p.line()).setHeader(getTranslation("roster.import.line")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.args().toArray())).setHeader(getTranslation("roster.import.problem"))
                .setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        rows.setId("roster-import-rows");
        rows.addColumn(RosterRow::line).setHeader(getTranslation("roster.import.line")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(RosterRow::displayName).setHeader(getTranslation("roster.displayName")).setFlexGrow(1);
        rows.addColumn(r -> r.studentId() == null ? "" : r.studentId()).setHeader(getTranslation("roster.schoolId")).setAutoWidth(true);
        rows.addColumn(r -> getTranslation(r.active() ? "roster.import.enrol" : "roster.import.end")).setHeader(getTranslation("staff.status"))
                .setAutoWidth(true);
        rows.setHeight("240px");
        rows.setVisible(false);
        skipped.setId("roster-import-skipped");
        skipped.addColumn(SkippedRow::line).setHeader(getTranslation("roster.import.line")).setAutoWidth(true).setFlexGrow(0);
        skipped.addColumn(SkippedRow::displayName).setHeader(getTranslation("roster.displayName")).setFlexGrow(1);
        skipped.addColumn(r -> getTranslation(r.reasonKey())).setHeader(getTranslation("roster.import.skippedReason")).setFlexGrow(2);
        skipped.setAllRowsVisible(true);
        skipped.setVisible(false);

        importButton.setText(getTranslation("roster.import.confirm"));
        importButton.setId("roster-import-confirm");
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> confirm());

        add(new Paragraph(getTranslation("roster.import.help.plain")), new Paragraph(getTranslation("roster.import.help.oneroster")),
                upload, oneRosterClass, summary, problems, rows, skipped);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), importButton);
    }

    /** Reads each file on the server with the size limit enforced there too. */
    LimitedUpload uploadHandler() {
        return new LimitedUpload(RosterLimits.MAX_ZIP_BYTES, received::put, name -> tooLarge.set(true));
    }

    /** All files are in: a file over the limit refuses the whole upload, with the same message as the browser's refusal. */
    void uploadFinished() {
        Map<String, byte[]> all = new LinkedHashMap<>(received);
        received.clear();
        if (tooLarge.getAndSet(false)) {
            files = Map.of();
            pkg = null;
            importButton.setEnabled(false);
            FieldErrors.Notifications.error(getTranslation("roster.import.rejected"));
            return;
        }
        filesReceived(all);
    }

    /** Called once the upload is complete (tests call it directly with file names and contents). */
    void filesReceived(Map<String, byte[]> uploaded) {
        files = Map.copyOf(uploaded);
        pkg = null;
        oneRosterClass.setVisible(false);
        oneRosterClass.clear();
        if (files.isEmpty()) {
            return;
        }
        boolean plain = files.size() == 1 && files.keySet().stream().map(n -> n.toLowerCase(Locale.ROOT))
                .noneMatch(n -> n.endsWith(".zip") || n.equals("users.csv") || n.equals("classes.csv") || n.equals("enrollments.csv"));
        if (plain) {
            showPreview(roster.previewPlainCsv(classId, files.values().iterator().next()));
            return;
        }
        pkg = roster.readOneRoster(classId, files);
        if (pkg.fileProblemKey() != null) {
            showFileProblem(pkg.fileProblemKey(), pkg.fileProblemArgs().toArray());
            return;
        }
        oneRosterClass.setItems(pkg.classes());
        oneRosterClass.setVisible(true);
        summary.setText(getTranslation("roster.import.chooseClass", pkg.classes().size()));
        problems.setVisible(false);
        rows.setVisible(false);
        skipped.setVisible(false);
        importButton.setEnabled(false);
        if (pkg.classes().size() == 1) {
            oneRosterClass.setValue(pkg.classes().getFirst());
        }
    }

    private void showFileProblem(String key, Object[] args) {
        summary.setText(getTranslation(key, args));
        summary.addClassName("ripple-error-text");
        problems.setVisible(false);
        rows.setVisible(false);
        skipped.setVisible(false);
        importButton.setEnabled(false);
    }

    void showPreview(ImportPreview preview) {
        summary.removeClassName("ripple-error-text");
        if (preview.fileProblemKey() != null) {
            showFileProblem(preview.fileProblemKey(), preview.fileProblemArgs().toArray());
            return;
        }
        rows.setItems(preview.rows());
        rows.setVisible(!preview.rows().isEmpty());
        problems.setItems(preview.problems());
        problems.setVisible(!preview.problems().isEmpty());
        skipped.setItems(preview.skipped());
        skipped.setVisible(!preview.skipped().isEmpty());
        if (preview.problems().isEmpty()) {
            // Only students who join or stay are "ready"; leaving and skipped ones are said apart.
            StringBuilder text = new StringBuilder(getTranslation("roster.import.ready", preview.joiningOrStaying()));
            if (preview.leaving() > 0) {
                text.append(' ').append(getTranslation("roster.import.readyLeaving", preview.leaving()));
            }
            if (!preview.skipped().isEmpty()) {
                text.append(' ').append(getTranslation("roster.import.readySkipped", preview.skipped().size()));
            }
            text.append(' ').append(getTranslation("roster.import.nothingSaved"));
            summary.setText(text.toString());
        } else {
            summary.setText(getTranslation("roster.import.problems", preview.problems().size()));
            summary.addClassName("ripple-error-text");
        }
        importButton.setEnabled(preview.canImport());
    }

    private void confirm() {
        try {
            RosterService.ImportResult result = pkg == null
                    ? roster.importPlainCsv(classId, files.values().iterator().next())
                    : roster.importOneRoster(classId, files, oneRosterClass.getValue().sourcedId());
            close();
            onImported.run();
            FieldErrors.Notifications.success(getTranslation("roster.import.done", result.added(), result.updated(), result.unchanged(),
                    result.ended()));
        } catch (InvalidInputException e) {
            InvalidInputException.Problem p = e.problems().getFirst();
            showFileProblem(p.messageKey(), p.args());
        }
    }

}

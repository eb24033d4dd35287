package app.ripple.report;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import app.ripple.classroom.ClassPageSection;
import app.ripple.classroom.ClassService;
import app.ripple.report.ReportData.HighlightCandidate;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The class page's "Term report" section: downloads and the teacher's highlights and closing paragraph. */
@org.springframework.stereotype.Component
class ReportSection implements ClassPageSection {

    private final ReportService reports;
    private final ClassService classes;

    ReportSection(ReportService reports, ClassService classes) {
        this.reports = reports;
        this.classes = classes;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String titleKey() {
        return "report.section";
    }

    @Override
    public Component create(long classId) {
        return new Section(classId);
    }

    final class Section extends Div {

        final Button editHighlights = new Button();
        final com.vaadin.flow.component.html.UnorderedList links = new com.vaadin.flow.component.html.UnorderedList();

        Section(long classId) {
            setId("report-section");
            var detail = classes.get(classId);
            add(new Paragraph(getTranslation("report.section.intro")));
            if (classes.isReadOnly(classId)) {
                Paragraph ro = new Paragraph(getTranslation("report.section.readOnly"));
                ro.setId("report-read-only");
                ro.addClassName("ripple-muted");
                add(ro);
            }
            links.addClassName("ripple-download-list");
            links.setId("report-links");
            Downloads.forClass(reports, classId, detail.name(), getLocale(), this::getTranslation)
                    .forEach(a -> links.add(new com.vaadin.flow.component.html.ListItem(a)));
            editHighlights.setText(getTranslation("report.highlights.edit"));
            editHighlights.setId("report-edit-highlights");
            editHighlights.addClickListener(e -> new HighlightsDialog(classId).open());
            add(links, editHighlights);
        }
    }

    /** Pick up to 6 approved acts and write the closing paragraph. */
    final class HighlightsDialog extends Dialog {

        final Grid<HighlightCandidate> acts = new Grid<>();
        final TextArea closing = new TextArea();
        final Button save = new Button();

        HighlightsDialog(long classId) {
            setId("report-highlights-dialog");
            setHeaderTitle(getTranslation("report.highlights.edit"));
            setWidth("min(900px, 95vw)");
            List<HighlightCandidate> candidates = reports.highlightCandidates(classId, getLocale());
            var note = reports.note(classId);
            DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
            acts.setId("report-highlight-acts");
            acts.setSelectionMode(Grid.SelectionMode.MULTI);
            acts.setAriaLabel(getTranslation("report.highlights.pick", ReportService.MAX_HIGHLIGHTS));
            acts.addColumn(HighlightCandidate::text).setHeader(getTranslation("report.highlights.pick", ReportService.MAX_HIGHLIGHTS))
                    .setFlexGrow(1);
            acts.addColumn(c -> getTranslation(c.category().nameKey())).setHeader(getTranslation("report.acts.category"))
                    .setAutoWidth(true);
            acts.addColumn(c -> f.format(c.on())).setHeader(getTranslation("report.lessons.date")).setAutoWidth(true);
            acts.setItems(candidates);
            acts.setHeight("320px");
            candidates.stream().filter(HighlightCandidate::picked).forEach(acts::select);
            closing.setLabel(getTranslation("report.closing.label"));
            closing.setHelperText(getTranslation("report.closing.helper"));
            closing.setId("report-closing");
            closing.setMaxLength(ReportService.MAX_CLOSING);
            closing.setWidthFull();
            closing.setValue(note.closingParagraph());
            save.setText(getTranslation("action.save"));
            save.setId("report-highlights-save");
            save.addThemeVariants(ButtonVariant.PRIMARY);
            Span problem = new Span();
            problem.setId("report-highlights-problem");
            problem.addClassName("ripple-error");
            save.addClickListener(e -> {
                Map<String, HasValidation> fields = Map.of("closing", closing);
                Set<Long> picked = new HashSet<>();
                // keep the order of the list (newest first), picked ones are listed first
                List<Long> ids = candidates.stream().filter(acts.getSelectedItems()::contains).map(HighlightCandidate::actId)
                        .filter(picked::add).toList();
                try {
                    reports.saveNote(classId, ids, closing.getValue());
                    FieldErrors.Notifications.success(getTranslation("report.highlights.saved"));
                    close();
                } catch (InvalidInputException ex) {
                    problem.setText(ex.concerns("highlights")
                            ? getTranslation("report.highlights.tooMany", ReportService.MAX_HIGHLIGHTS) : "");
                    FieldErrors.show(this, ex, fields);
                }
            });
            Button cancel = new Button(getTranslation("action.cancel"), e -> close());
            if (candidates.isEmpty()) {
                add(new Paragraph(getTranslation("report.highlights.candidatesNone")));
            } else {
                add(acts);
            }
            add(problem, closing);
            getFooter().add(cancel, save);
        }
    }
}

package app.ripple.lesson.checks;

import app.ripple.base.LocalizedComponents;
import app.ripple.base.FieldErrors;
import app.ripple.base.LimitedUpload;
import app.ripple.base.InvalidInputException;
import app.ripple.lesson.attitude.Instrument;
import app.ripple.lesson.checks.AttitudeRecords.ConsentPolicy;
import app.ripple.lesson.checks.AttitudeRecords.ImportLine;
import app.ripple.lesson.checks.AttitudeRecords.ImportPreview;
import app.ripple.lesson.checks.AttitudeRecords.InstrumentInfo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Coordinators: the attitude-check instruments with their credit and validation label, the consent
 * policy of each, importing a school-licensed instrument (preview with every problem by line before
 * anything is saved) and retiring an imported one.
 */
@Route("school/instruments")
@RolesAllowed("COORDINATOR")
@Menu(order = 75, title = "nav.instruments", icon = "vaadin:clipboard-text")
class InstrumentsView extends Main implements HasDynamicTitle {

    private final InstrumentService instruments;
    final Div list = new Div();
    final Upload upload;
    final Div preview = new Div();
    final Grid<ImportLine> problems = new Grid<>();
    final Button importButton = new Button();
    private final Map<String, byte[]> received = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicBoolean tooLarge = new java.util.concurrent.atomic.AtomicBoolean();
    private @Nullable String fileName;
    private byte @Nullable [] file;

    InstrumentsView(InstrumentService instruments) {
        this.instruments = instruments;
        setId("instruments-view");
        addClassName("ripple-page");
        list.setId("instrument-list");
        list.addClassName("ripple-card-grid");

        upload = LocalizedComponents.upload(uploadHandler());
        upload.setId("instrument-upload");
        upload.setAcceptedFileTypes(".json", ".csv", "application/json", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(app.ripple.lesson.attitude.InstrumentImporter.MAX_BYTES + 1);
        upload.addAllFinishedListener(e -> uploadFinished());
        upload.addFileRejectedListener(e -> FieldErrors.Notifications.error(getTranslation("attitude.registry.rejected")));
        preview.setId("instrument-preview");
        problems.setId("instrument-problems");
        problems.addColumn(p -> p.line() == 0 ? "–" : String.valueOf(p.line())).setHeader(getTranslation("attitude.registry.line"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportLine::field).setHeader(getTranslation("attitude.registry.field")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.args().toArray())).setHeader(getTranslation("attitude.registry.problem"))
                .setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        importButton.setText(getTranslation("attitude.registry.import"));
        importButton.setId("instrument-import");
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> confirm());

        Div importBox = new Div(new H2(getTranslation("attitude.registry.importTitle")),
                new Paragraph(getTranslation("attitude.registry.importHelp")), upload, preview, problems, importButton);
        importBox.addClassNames("ripple-card", "ripple-section");
        add(new H1(getTranslation("attitude.registry.title")), new Paragraph(getTranslation("attitude.registry.intro")), list, importBox);
        refresh();
    }

    /** Reads the file on the server with the browser's size limit enforced there too. */
    LimitedUpload uploadHandler() {
        return new LimitedUpload(app.ripple.lesson.attitude.InstrumentImporter.MAX_BYTES + 1, received::put, name -> tooLarge.set(true));
    }

    /** The file is in: one over the limit is refused with the same message as the browser's refusal. */
    void uploadFinished() {
        Map<String, byte[]> all = Map.copyOf(received);
        received.clear();
        if (tooLarge.getAndSet(false)) {
            fileName = null;
            file = null;
            importButton.setEnabled(false);
            FieldErrors.Notifications.error(getTranslation("attitude.registry.rejected"));
            return;
        }
        all.forEach(this::fileReceived);
    }

    void refresh() {
        list.removeAll();
        for (InstrumentInfo i : instruments.list(getLocale().getLanguage())) {
            Div card = new Div();
            card.setId("instrument-" + i.code());
            card.addClassNames("ripple-card", "ripple-instrument");
            card.add(new H3(i.title()));
            Paragraph label = new Paragraph(getTranslation(i.validated() ? "attitude.registry.validated" : "attitude.registry.notValidated"));
            label.setId("instrument-validated-" + i.code());
            label.addClassName(i.validated() ? "ripple-badge" : "ripple-badge-warning");
            card.add(label);
            card.add(new Paragraph(getTranslation(i.builtIn() ? "attitude.registry.builtIn" : "attitude.registry.imported", i.itemCount())));
            Paragraph citation = new Paragraph(getTranslation("attitude.instrument.credit", i.citation()));
            citation.addClassName("ripple-muted");
            card.add(citation);
            if (i.retired()) {
                card.add(new Paragraph(getTranslation("attitude.registry.retired")));
            }
            Select<ConsentPolicy> policy = new Select<>();
            policy.setLabel(getTranslation("attitude.policy"));
            policy.setId("instrument-policy-" + i.code());
            policy.setItems(ConsentPolicy.values());
            policy.setItemLabelGenerator(p -> getTranslation("attitude.policy." + p.name()));
            policy.setValue(i.policy());
            policy.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    instruments.setPolicy(i.code(), e.getValue());
                }
            });
            card.add(policy);
            Anchor preview = new Anchor("instruments/" + i.code() + "/preview", getTranslation("attitude.preview.link"));
            preview.setId("instrument-preview-" + i.code());
            preview.addClassName("ripple-link-button");
            HorizontalLayout actions = new HorizontalLayout(preview);
            if (!i.builtIn()) {
                Button retire = new Button(getTranslation(i.retired() ? "attitude.registry.restore" : "attitude.registry.retire"), e -> {
                    instruments.setRetired(i.code(), !i.retired());
                    refresh();
                });
                retire.setId("instrument-retire-" + i.code());
                retire.addThemeVariants(ButtonVariant.SMALL);
                actions.add(retire);
            }
            card.add(actions);
            list.add(card);
        }
    }

    /** Called when an upload has finished (tests call it directly with a name and the bytes). */
    void fileReceived(String name, byte[] content) {
        fileName = name;
        file = content;
        ImportPreview p = instruments.previewImport(name, content);
        preview.removeAll();
        if (p.ok() && p.instrument() != null) {
            Instrument i = p.instrument();
            String lang = i.title().keySet().iterator().next();
            preview.add(new H3(i.title(lang)), new Paragraph(getTranslation("attitude.instrument.credit", i.citation())),
                    new Paragraph(getTranslation(i.validated() ? "attitude.registry.validated" : "attitude.registry.notValidated")));
            OrderedList items = new OrderedList();
            i.items().forEach(item -> items.add(new ListItem(item.text(lang)
                    + (item.reverseScored() ? " (" + getTranslation("attitude.registry.reverse") + ")" : ""))));
            preview.add(items, new Paragraph(getTranslation("attitude.registry.scale", i.scale().min(), i.scale().max())));
            problems.setVisible(false);
            importButton.setEnabled(true);
        } else {
            preview.add(new Paragraph(getTranslation("attitude.registry.problems", p.problems().size())));
            problems.setItems(p.problems());
            problems.setVisible(true);
            importButton.setEnabled(false);
        }
    }

    void confirm() {
        if (file == null) {
            return;
        }
        try {
            String code = instruments.importInstrument(fileName, file);
            FieldErrors.Notifications.success(getTranslation("attitude.registry.imported.done", code));
            file = null;
            preview.removeAll();
            importButton.setEnabled(false);
            upload.clearFileList();
            refresh();
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, Map.of());
        }
    }

    List<ImportLine> shownProblems() {
        return problems.getGenericDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attitude.registry.title");
    }
}

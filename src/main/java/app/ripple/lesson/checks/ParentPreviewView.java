package app.ripple.lesson.checks;

import app.ripple.base.NotAllowedException;
import app.ripple.lesson.attitude.Instrument;
import app.ripple.lesson.attitude.PairedAnalysis;
import app.ripple.lesson.attitude.ResponseScale;
import app.ripple.school.Languages;
import app.ripple.school.SchoolInfo;
import app.ripple.school.SchoolService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What families see before they decide: the exact statements and the response scale (with its
 * pictures) of one instrument in the school's language (or the other supported one), what happens
 * with the answers, and the same as a printable PDF.
 */
@Route("instruments/:code([a-z0-9][a-z0-9._-]*)/preview")
@RolesAllowed({"COORDINATOR", "TEACHER"})
class ParentPreviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final InstrumentService instruments;
    private final SchoolService school;
    final Select<String> language = new Select<>();
    final Div content = new Div();
    Anchor pdf = new Anchor();
    private Instrument instrument;

    ParentPreviewView(InstrumentService instruments, SchoolService school) {
        this.instruments = instruments;
        this.school = school;
        setId("parent-preview");
        addClassName("ripple-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            instrument = instruments.instrument(event.getRouteParameters().get("code").orElse(""));
        } catch (NotAllowedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        language.setLabel(getTranslation("attitude.preview.language"));
        language.setId("preview-language");
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setValue(school.current().map(SchoolInfo::defaultLanguage).filter(Languages::isSupported).orElse("en"));
        language.addValueChangeListener(e -> show());
        content.setId("preview-content");
        add(language, content);
        show();
    }

    void show() {
        content.removeAll();
        String lang = language.getValue();
        Locale locale = Languages.locale(lang);
        ParentPreviewPdf.Texts texts = texts(instrument, lang, locale);
        H1 title = new H1(texts.title());
        title.setId("preview-title");
        content.add(title);
        texts.notes().forEach(n -> content.add(new Paragraph(n)));
        content.add(new H2(texts.statementsHeading()));
        OrderedList statements = new OrderedList();
        statements.setId("preview-statements");
        instrument.items().forEach(i -> statements.add(new ListItem(i.text(lang))));
        content.add(statements);
        content.add(new H2(texts.scaleHeading()));
        Div scale = new Div();
        scale.setId("preview-scale");
        scale.addClassName("ripple-preview-scale");
        ResponseScale s = instrument.scale();
        for (int v = s.min(); v <= s.max(); v++) {
            String label = s.label(v, lang);
            Image img = new Image("pictures/attitude/" + ScalePictures.id(s.points(), v - s.min()) + ".svg", "");
            img.setWidth("40px");
            Div point = new Div(img, new Span(v + (label == null ? "" : " – " + label)));
            point.addClassName("ripple-preview-point");
            scale.add(point);
        }
        content.add(scale, new Paragraph(texts.footer()));
        boolean letter = school.current().map(i -> "LETTER".equals(i.paperSize())).orElse(false);
        Instrument current = instrument;
        pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = ParentPreviewPdf.render(current, lang, texts, letter);
            return new DownloadResponse(new ByteArrayInputStream(bytes), current.id() + "-" + lang + ".pdf", "application/pdf",
                    bytes.length);
        }), getTranslation(locale, "attitude.preview.pdf"));
        pdf.setId("preview-pdf");
        pdf.addClassName("ripple-link-button");
        content.addComponentAtIndex(1, pdf);
    }

    /** The preview's texts in one language (the page and the PDF say the same). */
    ParentPreviewPdf.Texts texts(Instrument i, String lang, Locale locale) {
        List<String> notes = new ArrayList<>();
        notes.add(getTranslation(locale, "attitude.preview.intro"));
        notes.add(getTranslation(locale, "attitude.preview.privacy", PairedAnalysis.MIN_GROUP));
        if (!i.validated()) {
            notes.add(getTranslation(locale, "attitude.instrument.notValidated"));
        }
        if (i.rippleTranslations().contains(lang)) {
            notes.add(getTranslation(locale, "attitude.instrument.rippleTranslation"));
        }
        notes.add(getTranslation(locale, "attitude.instrument.credit", i.citation()));
        return new ParentPreviewPdf.Texts(i.title(lang), notes, getTranslation(locale, "attitude.preview.statements"),
                getTranslation(locale, "attitude.preview.scale"), getTranslation(locale, "attitude.preview.footer"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attitude.preview.pageTitle");
    }
}

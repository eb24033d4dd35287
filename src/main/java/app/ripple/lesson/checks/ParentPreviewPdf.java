package app.ripple.lesson.checks;

import app.ripple.base.PdfFonts;
import app.ripple.base.PdfText;
import app.ripple.classroom.pictures.PictureRenderer;
import app.ripple.lesson.attitude.Instrument;
import app.ripple.lesson.attitude.ResponseScale;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The parent preview as a PDF: the instrument's title, credit and validation note, what happens
 * with the answers, every statement exactly as students see it, and the response scale with its
 * pictures. Text uses the embedded DejaVu Sans through {@link PdfText}; a character it lacks prints as "?".
 */
final class ParentPreviewPdf {

    /** Texts already translated into the preview's language. */
    record Texts(String title, List<String> notes, String statementsHeading, String scaleHeading, String footer) {
    }

    private static final float MARGIN = 56;
    private static final Color INK = new Color(0x2f2a2a);
    private static final Color MUTED = new Color(0x5f5858);

    private ParentPreviewPdf() {
    }

    static byte[] render(Instrument instrument, String language, Texts texts, boolean letter) {
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = PdfFonts.embedIn(doc)) {
            PdfText regular = new PdfText(fonts.regular());
            PdfText bold = new PdfText(fonts.bold());
            Writer w = new Writer(doc, letter ? PDRectangle.LETTER : PDRectangle.A4);
            w.paragraph(texts.title(), bold, 18, INK);
            for (String note : texts.notes()) {
                w.paragraph(note, regular, 10.5f, MUTED);
            }
            w.gap(8);
            w.paragraph(texts.statementsHeading(), bold, 13, INK);
            int n = 1;
            for (var item : instrument.items()) {
                w.paragraph(n++ + ". " + item.text(language), regular, 12, INK);
            }
            w.gap(8);
            w.paragraph(texts.scaleHeading(), bold, 13, INK);
            ResponseScale scale = instrument.scale();
            int points = scale.points();
            for (int v = scale.min(); v <= scale.max(); v++) {
                String label = scale.label(v, language);
                w.scalePoint(ScalePictures.picture(points, v - scale.min()), v + (label == null ? "" : " – " + label), regular);
            }
            w.gap(8);
            w.paragraph(texts.footer(), regular, 9, MUTED);
            w.finish();
            doc.getDocumentInformation().setTitle(texts.title());
            doc.getDocumentInformation().setCreator("Ripple");
            doc.getDocumentCatalog().setLanguage(language);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays out paragraphs top to bottom, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDRectangle size;
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument doc, PDRectangle size) throws IOException {
            this.doc = doc;
            this.size = size;
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(size);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = size.getHeight() - MARGIN;
        }

        void gap(float points) {
            y -= points;
        }

        void paragraph(String text, PdfText font, float fontSize, Color colour) throws IOException {
            float width = size.getWidth() - 2 * MARGIN;
            float leading = fontSize * 1.35f;
            for (String line : font.wrap(text, fontSize, width)) {
                if (y - leading < MARGIN) {
                    newPage();
                }
                y -= leading;
                font.show(cs, line, fontSize, MARGIN, y, colour);
            }
            y -= fontSize * 0.5f;
        }

        void scalePoint(app.ripple.classroom.pictures.Picture picture, String label, PdfText font) throws IOException {
            float box = 30;
            if (y - box - 6 < MARGIN) {
                newPage();
            }
            y -= box + 6;
            PictureRenderer.drawPdf(cs, picture, MARGIN, y, box);
            float x = MARGIN + box + 12;
            font.show(cs, label, 12, x, y + box / 2 - 4, size.getWidth() - MARGIN - x, INK);
        }

        void finish() throws IOException {
            cs.close();
        }
    }
}

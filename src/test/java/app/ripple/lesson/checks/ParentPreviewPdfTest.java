package app.ripple.lesson.checks;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.lesson.attitude.BuiltInInstruments;
import app.ripple.lesson.attitude.Instrument;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ParentPreviewPdfTest {

    private static ParentPreviewPdf.Texts texts(String title) {
        return new ParentPreviewPdf.Texts(title, List.of("Answers are anonymous.", "Credit: the authors."), "The statements",
                "The answers", "Questions? Ask the teacher.");
    }

    @Test
    void thePdfHoldsEveryStatementAndEveryScaleLabelWithEmbeddedFonts() throws Exception {
        Instrument sks = BuiltInInstruments.SCHOOL_KINDNESS_SCALE;
        byte[] pdf = ParentPreviewPdf.render(sks, "es", texts(sks.title("es")), false);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (var item : sks.items()) {
                assertThat(text).contains(item.text("es"));
            }
            for (int v = 1; v <= 5; v++) {
                assertThat(text).contains(v + " – " + sks.scale().label(v, "es"));
            }
            assertThat(text).contains("Escala de Amabilidad Escolar", "Answers are anonymous.");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("es");
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void longImportedInstrumentsFlowOntoMorePagesAndUnprintableCharactersBecomeQuestionMarks() throws Exception {
        Instrument stigma = BuiltInInstruments.STIGMA_CHECK;
        String longTitle = "Made-up title 🙂 " + "with many words ".repeat(30);
        byte[] pdf = ParentPreviewPdf.render(stigma, "en", new ParentPreviewPdf.Texts(longTitle,
                java.util.Collections.nCopies(40, "A long note that repeats to fill the page."), "S", "A", "F"), true);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Made-up title ?");
            assertThat(text.replaceAll("\\s+", " ")).contains(stigma.items().get(2).text("en"));
        }
    }
}

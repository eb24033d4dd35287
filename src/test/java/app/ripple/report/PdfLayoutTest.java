package app.ripple.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.base.RippleI18NProvider;
import app.ripple.chart.DonutChart;
import app.ripple.chart.Slice;
import app.ripple.chart.ValueFormat;
import app.ripple.report.ReportData.FamilyAct;
import app.ripple.report.ReportData.FamilyPage;
import app.ripple.report.ReportData.FamilyPages;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Page layout of the report PDFs, read back with PDFBox. */
class PdfLayoutTest {

    private static final RippleI18NProvider I18N = new RippleI18NProvider();

    /** The text of every page, in order. */
    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("not in the PDF: " + text);
    }

    @Test
    void aHeadingIsNeverLeftAtTheBottomOfAPageWhileItsChartOrTextStartsTheNext() throws IOException {
        DonutChart donut = new DonutChart("Acts by category", "Helping 12, Listening 5", "Category", "Acts",
                List.of(new Slice("Helping", 12, 0), new Slice("Listening", 5, 1)), ValueFormat.INTEGER, Locale.ENGLISH);
        // Filler pushes the heading through every position near the end of the first page.
        for (int filler = 20; filler <= 45; filler++) {
            try (PdfKit kit = new PdfKit(ReportData.Paper.A4, Locale.ENGLISH, "Layout")) {
                kit.newPage();
                for (int i = 0; i < filler; i++) {
                    kit.paragraph("Filler line " + i, 10.5f, false, PdfKit.INK);
                }
                kit.heading("3. Acts", 2);
                kit.heading("Acts by category", 3);
                kit.chart(donut, 180);
                kit.heading("Closing words", 3);
                kit.paragraph("The first line of the closing words.", 11, false, PdfKit.INK);
                List<String> pages = pages(kit.finish("Footer", "page {0} of {1}"));

                int heading = pageOf(pages, "Acts by category");
                assertThat(pageOf(pages, "3. Acts")).as("filler %d", filler).isEqualTo(heading);
                assertThat(pageOf(pages, "Helping")).as("filler %d", filler).isEqualTo(heading);
                assertThat(pageOf(pages, "The first line of the closing words.")).as("filler %d", filler)
                        .isEqualTo(pageOf(pages, "Closing words"));
            }
        }
    }

    @Test
    void aHeadingAtTheVeryEndIsStillPrinted() throws IOException {
        try (PdfKit kit = new PdfKit(ReportData.Paper.A4, Locale.ENGLISH, "Layout")) {
            kit.newPage();
            kit.paragraph("Body", 10.5f, false, PdfKit.INK);
            kit.heading("Nothing follows", 3);
            assertThat(pages(kit.finish("Footer", "page {0} of {1}"))).singleElement().asString().contains("Nothing follows");
        }
    }

    private static FamilyPages family(Locale locale) {
        FamilyPage ana = new FamilyPage(1, "Ana María Fernández-Oyarzábal", 2, 1,
                List.of(new FamilyAct(LocalDate.of(2026, 3, 2), "Helped a friend", app.ripple.challenge.Category.KIND_TO_OTHERS)),
                List.of());
        return new FamilyPages("Colegio Público de Educación Infantil y Primaria Nuestra Señora del Buen Consejo", "Class 2 Robins",
                "Spring term", LocalDate.of(2026, 1, 8), LocalDate.of(2026, 3, 27), Instant.parse("2026-03-27T14:30:00Z"),
                ZoneId.of("Europe/Madrid"), ReportData.Paper.A4, locale, List.of(ana));
    }

    @Test
    void theFamilyPagesFooterIsWholeWithItsApostrophe() throws IOException {
        String en = pages(FamilyPagesPdf.render(family(Locale.ENGLISH), new Texts(I18N, Locale.ENGLISH))).getFirst()
                .replaceAll("\\s+", " ");
        assertThat(en).contains("Nuestra Señora del Buen Consejo").contains("for this student's family only");

        String es = pages(FamilyPagesPdf.render(family(Locale.of("es")), new Texts(I18N, Locale.of("es")))).getFirst()
                .replaceAll("\\s+", " ");
        assertThat(es).contains("Nuestra Señora del Buen Consejo").contains("solo para la familia de este estudiante");
    }
}

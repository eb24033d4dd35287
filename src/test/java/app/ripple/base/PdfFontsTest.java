package app.ripple.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Pooled fonts: documents written one after another or at the same time all embed what they print. */
class PdfFontsTest {

    private static byte[] document(String regularText, String boldText) throws Exception {
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = PdfFonts.embedIn(doc)) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(fonts.regular(), 12);
                cs.newLineAtOffset(50, 700);
                cs.showText(regularText);
                cs.setFont(fonts.bold(), 12);
                cs.newLineAtOffset(0, -20);
                cs.showText(boldText);
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void documentsOneAfterAnotherReuseTheParsedFontsAndEachEmbedsItsOwnText() throws Exception {
        document("warm", "up");
        int before = PdfFonts.parsedSoFar();
        for (int i = 0; i < 5; i++) {
            String regular = "Año " + i + " — niña, acción";
            String bold = "Überraschung " + i;
            assertThat(text(document(regular, bold))).contains(regular, bold);
        }
        assertThat(PdfFonts.parsedSoFar()).as("sequential documents parse no new fonts").isEqualTo(before);
    }

    @Test
    void theGlyphSubstitutionTableIsLeftOutSoTextMapsCharacterByCharacter() throws Exception {
        try (var in = PdfFontsTest.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            byte[] original = in.readAllBytes();
            try (var ttf = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(original))) {
                assertThat(ttf.getTableMap()).as("the shipped font has a GSUB table").containsKey("GSUB");
            }
            byte[] stripped = PdfFonts.withoutGlyphSubstitution(original);
            try (var ttf = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(stripped))) {
                assertThat(ttf.getTableMap()).doesNotContainKey("GSUB").containsKeys("glyf", "cmap", "hmtx");
            }
        }
        assertThat(text(document("office fifty flow", "ﬁn"))).contains("office fifty flow");
    }

    @Test
    void documentsWrittenAtTheSameTimeDoNotShareAParsedFont() throws Exception {
        int before = PdfFonts.parsedSoFar();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                int n = i;
                results.add(pool.submit(() -> text(document("Kindness " + n + " ñ", "Bondad " + n + " é"))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).contains("Kindness " + i + " ñ", "Bondad " + i + " é");
            }
        } finally {
            pool.shutdownNow();
        }
        // 8 documents are open at once but the pool keeps only POOL_SIZE pairs between documents, so how many
        // pairs get parsed depends on how the threads interleave (on a busy machine up to about 20 were seen);
        // what must hold is that pairs are reused at all: fewer new pairs than documents.
        assertThat(PdfFonts.parsedSoFar() - before).as("new pairs for 32 documents on 8 threads").isLessThan(32);
    }
}

package app.ripple.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ChartRenderingTest {

    private static final List<Chart> SAMPLES = List.of(ChartSamples.actsPerWeek(), ChartSamples.actsPerWeekPerClass(),
            ChartSamples.completionPerClass(), ChartSamples.categoryMix());

    @Test
    void everySampleIsWellFormedAccessibleSvg() throws Exception {
        for (Chart chart : SAMPLES) {
            String svg = SvgChartRenderer.render(chart);
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            var root = doc.getDocumentElement();
            assertThat(root.getAttribute("role")).isEqualTo("img");
            assertThat(root.getAttribute("aria-label")).isEqualTo(chart.title());
            assertThat(root.getAttribute("viewBox")).startsWith("0 0 640 ");
            assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo(chart.summary());
        }
    }

    @Test
    void namesAreEscapedInSvg() {
        String svg = SvgChartRenderer.render(ChartSamples.actsPerWeekPerClass());
        assertThat(svg).contains("Class 3 &lt;Owls&gt; &amp; &quot;Co&quot;").doesNotContain("<Owls>");
    }

    @Test
    void barsCarryTheirValueAsHoverTextAndAThemeClass() {
        String svg = SvgChartRenderer.render(ChartSamples.actsPerWeek());
        assertThat(svg).contains("class=\"rc-s0\"><title>W47: 6</title></rect>");
        assertThat(svg).contains("class=\"rc-grid\"");
    }

    @Test
    void aDonutWithNothingInItDrawsAnEmptyRing() {
        String svg = SvgChartRenderer.render(new DonutChart("Mix", "Nothing yet.", "Category", "Acts",
                List.of(new Slice("Kind to others", 0, 0)), ValueFormat.INTEGER, java.util.Locale.ENGLISH));
        assertThat(svg).contains("class=\"rc-empty\"");
    }

    @Test
    void theSameChartsDrawIntoAPdfAsVectorsWithTheirTexts() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); InputStream regular = font("DejaVuSans.ttf");
                InputStream bold = font("DejaVuSans-Bold.ttf")) {
            var fonts = new PdfChartRenderer.Fonts(PDType0Font.load(doc, regular), PDType0Font.load(doc, bold));
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (var cs = new PDPageContentStream(doc, page)) {
                float top = 800;
                for (Chart chart : SAMPLES) {
                    top -= PdfChartRenderer.draw(cs, fonts, chart, 40, top, 500, 170) + 10;
                }
                assertThat(top).isGreaterThan(0);
            }
            var out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        if (Boolean.getBoolean("chart.samples")) {
            Files.write(Path.of("target/chart-samples.pdf"), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Acts per week", "Lesson completion", "Category mix", "Kind to others", "W47",
                    "75%", "Class 3 <Owls>");
        }
    }

    @Test
    void aCharacterTheFontLacksIsPrintedAsAQuestionMark() throws IOException {
        try (PDDocument doc = new PDDocument(); InputStream regular = font("DejaVuSans.ttf")) {
            var font = PDType0Font.load(doc, regular);
            assertThat(new app.ripple.base.PdfText(font).printable("Ana\u0007 \uD83E\uDEE0")).isEqualTo("Ana  ?");
        }
    }

    private static InputStream font(String name) {
        return ChartRenderingTest.class.getResourceAsStream("/fonts/" + name);
    }
}

package app.ripple.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.TestClockConfig;
import app.ripple.testsupport.TestDatabase;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo school (profile {@code demo}, on a database of its own so the demo runner sees an empty
 * installation) produces a complete report, family pages and exports for every class of its term.
 * <p>
 * Part of every build (about a minute and a half). It starts a Spring context of its own with a pool
 * of two connections, closed when it ends; {@code -Ddemo.reports=false} skips it where PostgreSQL is
 * short of connections.
 */
@DisabledIfSystemProperty(named = "demo.reports", matches = "false")
@SpringBootTest
@ActiveProfiles("demo")
@Import({TestClockConfig.class, Fixtures.class})
@DirtiesContext
class DemoReportsTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestDatabase.useOwn(registry, "demo");
    }

    @AfterAll
    static void dropDatabase() {
        TestDatabase.dropOwn("demo");
    }

    @Autowired Fixtures fixtures;
    @Autowired ReportService reports;

    @Test
    void everyDemoClassGetsACompleteReport() throws IOException {
        fixtures.signIn(fixtures.staffId("coordinator@example.org"));
        var classes = reports.reportList();
        assertThat(classes).hasSize(4);
        for (var c : classes) {
            var report = reports.classReport(c.classId(), Locale.ENGLISH);
            assertThat(report.summary().acts()).as(c.className()).isGreaterThan(100);
            assertThat(report.summary().goals()).isNotEmpty();
            assertThat(report.ripples().count()).isPositive();
            assertThat(report.participation()).hasSize(c.students());
            byte[] pdf = reports.pdf(c.classId(), Locale.ENGLISH);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(doc)).contains(c.className(), "Acts of kindness recorded",
                        "8. Highlights");
                PDFRenderer renderer = new PDFRenderer(doc);
                for (int i = 0; i < doc.getNumberOfPages(); i++) {
                    renderer.renderImageWithDPI(i, 20);
                }
            }
            ReportServiceTest.qpdfCheck(pdf);
            try (PDDocument doc = Loader.loadPDF(reports.familyPages(c.classId(), Locale.forLanguageTag("es")))) {
                assertThat(doc.getNumberOfPages()).isEqualTo(c.students());
            }
            assertThat(reports.json(c.classId(), Locale.ENGLISH)).isNotEmpty();
        }
    }
}

package app.ripple.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.InvalidInputException;
import app.ripple.base.NotAllowedException;
import app.ripple.challenge.Category;
import app.ripple.lesson.attitude.BuiltInInstruments;
import app.ripple.lesson.attitude.Pair;
import app.ripple.lesson.attitude.PairedAnalysis;
import app.ripple.lesson.attitude.PairedResult;
import app.ripple.lesson.attitude.Scoring;
import app.ripple.lesson.LessonRecords.LessonProgress;
import app.ripple.report.ReportData.ClassReport;
import app.ripple.report.ReportData.DoseRow;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import app.ripple.testsupport.Required;
import app.ripple.testsupport.RippleTest;

/** The class report, family pages and exports, read back and checked against the database. */
@RippleTest
class ReportServiceTest {

    static final Locale EN = Locale.ENGLISH;
    static final Locale ES = Locale.forLanguageTag("es");

    @Autowired org.springframework.context.ApplicationContext context;
    ReportFixtures f;

    void reportFixtures() {
        f = ReportFixtures.from(context);
    }
    @Autowired ReportService reports;

    long teacher;
    long classId;
    List<Long> s;
    long a1;
    long a3;
    long libraryAct;

    static final int[][] SKS_PRE = {{3, 3, 3, 3, 3}, {2, 3, 2, 3, 2}, {4, 4, 4, 4, 4}, {1, 2, 1, 2, 1}, {3, 4, 3, 4, 3}, {5, 5, 4, 5, 5}};
    static final int[][] SKS_POST = {{4, 4, 3, 4, 4}, {3, 3, 3, 3, 3}, {4, 4, 5, 4, 4}, {1, 1, 1, 1, 1}, {4, 4, 4, 4, 4}, {5, 5, 5, 5, 5}};

    @BeforeEach
    void term() {
        reportFixtures();
        f.schoolWithTerm();
        teacher = f.teacher("Tess Teacher", "tess@test.example");
        classId = f.classOf(teacher, "Clase 5 Búhos");
        s = f.students(teacher, classId, "Zoë K.", "Ana B.", "Íñigo C.", "Leo D.", "Mia E.", "Noah F.");
    }

    /** The small class of the docs: every number below is worked out by hand in docs/report.md. */
    void smallTerm() {
        long ch = f.challenge(classId, "Kindness week", 10, false);
        a1 = f.act(classId, ch, s.get(0), Category.KIND_TO_OTHERS, "APPROVED", LocalDate.of(2026, 9, 8), "Held the door for Ana", null);
        long a2 = f.act(classId, ch, s.get(1), Category.CONNECTION, "APPROVED", LocalDate.of(2026, 9, 9), "Sat with Íñigo at lunch", a1);
        a3 = f.act(classId, ch, s.get(2), Category.EMPATHY, "APPROVED", LocalDate.of(2026, 9, 15), "Listened to Mia", a2);
        f.act(classId, ch, s.get(0), Category.KIND_TO_MYSELF, "APPROVED", LocalDate.of(2026, 9, 16), "Slept early", null);
        f.act(classId, ch, s.get(3), Category.KIND_TO_OTHERS, "PENDING", LocalDate.of(2026, 9, 16), "Helped my brother", null);
        f.act(classId, ch, s.get(4), Category.KIND_TO_OTHERS, "HIDDEN", LocalDate.of(2026, 9, 17), "silly words", null);
        f.act(classId, ch, s.get(1), Category.KIND_TO_MYSELF, "PENDING", LocalDate.of(2026, 9, 22), "Asked for help", null);
        libraryAct = f.libraryAct(classId, ch, s.get(3), Category.KIND_TO_OTHERS, LocalDate.of(2026, 9, 23), "held_door");

        long p1 = f.plan(classId, LocalDate.of(2026, 9, 10), "what_is_mental_health");
        long p2 = f.plan(classId, LocalDate.of(2026, 9, 24), "words_matter");
        f.plan(classId, LocalDate.of(2026, 10, 8), "myths_and_facts");
        long d1 = f.delivery(classId, p1, LocalDate.of(2026, 9, 10), "what_is_mental_health", 40, "FACTS,DISCUSSION");
        long d2 = f.delivery(classId, p2, LocalDate.of(2026, 9, 24), "words_matter", 35, "FACTS,LIVED_EXPERIENCE_CONTACT");
        f.participation(d1, s.get(0), "PARTICIPATED", null);
        f.participation(d1, s.get(1), "PRESENT", null);
        f.participation(d1, s.get(2), "ABSENT", LocalDate.of(2026, 9, 12));
        f.participation(d1, s.get(3), "ABSENT", null);
        f.participation(d1, s.get(4), "PARTICIPATED", null);
        f.participation(d1, s.get(5), "PARTICIPATED", null);
        f.participation(d2, s.get(0), "PARTICIPATED", null);
        f.participation(d2, s.get(1), "ABSENT", null);
        f.participation(d2, s.get(2), "PARTICIPATED", null);
        f.participation(d2, s.get(3), "PARTICIPATED", null);
        f.participation(d2, s.get(4), "PARTICIPATED", null);
        // Noah has no row for the second lesson: delivered while enrolled, not attended

        long pre = f.check(classId, "school-kindness-scale", "PRE");
        long post = f.check(classId, "school-kindness-scale", "POST");
        for (int i = 0; i < SKS_PRE.length; i++) {
            f.response(pre, "sks" + i, SKS_PRE[i]);
            f.response(post, "sks" + i, SKS_POST[i]);
        }
        long stigmaPre = f.check(classId, "ripple-stigma-check", "PRE");
        long stigmaPost = f.check(classId, "ripple-stigma-check", "POST");
        for (int i = 0; i < 3; i++) {
            f.response(stigmaPre, "rsc" + i, 3, 3, 3, 3, 3, 3);
            f.response(stigmaPost, "rsc" + i, 4, 2, 4, 2, 4, 2);
        }
    }

    int sql(String query, Object... params) {
        return f.jdbc().sql(query).params(params).query(Integer.class).single();
    }

    @Test
    void theReportDataMatchesTheDatabase() {
        smallTerm();
        f.fixtures.signIn(teacher);
        ClassReport r = reports.classReport(classId, EN);

        int counted = sql("select count(*) from kindness_act where class_id = ? and status in ('APPROVED','PENDING')", classId);
        assertThat(r.summary().acts()).isEqualTo(counted).isEqualTo(7);
        assertThat(r.summary().goals()).singleElement().satisfies(g -> {
            assertThat(g.count()).isEqualTo(sql("select count(*) from kindness_act where class_id = ? and status in ('APPROVED','PENDING')"
                    + " and category <> 'KIND_TO_MYSELF'", classId)).isEqualTo(5);
            assertThat(g.goal()).isEqualTo(10);
        });
        assertThat(r.summary().students()).isEqualTo(6);
        assertThat(r.summary().studentsWhoTookPart()).isEqualTo(4);
        assertThat(r.summary().tookPartShare()).isEqualTo(4 / 6.0);
        assertThat(r.summary().selfKindnessShare()).isEqualTo(2 / 6.0);

        assertThat(r.weeks().getFirst().monday()).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(r.weeks()).hasSize(15);
        // acts per week count every act that counts, kind to myself included: they add up to the summary's total
        assertThat(r.weeks().subList(0, 4).stream().map(ReportData.WeekCount::acts)).containsExactly(2, 3, 2, 0);
        assertThat(r.weeks().stream().mapToInt(ReportData.WeekCount::acts).sum()).isEqualTo(counted);
        assertThat(r.categories()).extracting(c -> c.category().name() + "=" + c.acts())
                .containsExactly("KIND_TO_OTHERS=3", "CONNECTION=1", "EMPATHY=1", "STANDING_UP_TO_STIGMA=0");

        assertThat(r.ripples().count()).isEqualTo(1);
        assertThat(r.ripples().longestLength()).isEqualTo(3);
        assertThat(r.ripples().longestTexts()).containsExactly("Held the door for Ana", "Sat with Íñigo at lunch", "Listened to Mia");

        assertThat(r.lessons().progress()).isEqualTo(new LessonProgress(2, 2, 3));
        assertThat(r.lessons().delivered()).isEqualTo(2);
        assertThat(r.lessons().totalMinutes()).isEqualTo(75);
        assertThat(r.lessons().deliveries().getFirst().title()).isEqualTo("What is mental health?");

        assertThat(r.participation()).extracting(d -> d.name() + " " + d.attended() + "/" + d.delivered() + " " + d.madeUp())
                .containsExactly("Ana B. 1/2 0", "Íñigo C. 2/2 1", "Leo D. 1/2 0", "Mia E. 2/2 0", "Noah F. 1/2 0", "Zoë K. 2/2 0");

        assertThat(r.attitude()).hasSize(2);
        var sks = r.attitude().stream().filter(b -> b.instrumentCode().equals("school-kindness-scale")).findFirst().orElseThrow();
        PairedResult expected = expectedSks();
        assertThat(sks.figures()).isNotNull();
        var fig = (PairedResult.Figures) expected;
        assertThat(sks.figures().pairs()).isEqualTo(6);
        var close = org.assertj.core.data.Offset.offset(1e-9);
        assertThat(sks.figures().preMean()).isCloseTo(fig.preMean(), close);
        assertThat(sks.figures().postMean()).isCloseTo(fig.postMean(), close);
        assertThat(sks.figures().meanDifference()).isCloseTo(fig.meanDifference(), close);
        assertThat(sks.figures().ciLow()).isCloseTo(fig.ciLow(), close);
        assertThat(sks.figures().ciHigh()).isCloseTo(fig.ciHigh(), close);
        assertThat(sks.figures().dz()).isCloseTo(fig.dz(), close);
        assertThat(sks.figures().worsenedShare()).isCloseTo(fig.worsenedShare(), close);
        assertThat(sks.citation()).contains("Binfet");
        var stigma = r.attitude().stream().filter(b -> b.instrumentCode().equals("ripple-stigma-check")).findFirst().orElseThrow();
        assertThat(stigma.figures()).isNull();
        assertThat(stigma.validated()).isFalse();
    }

    static PairedResult expectedSks() {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < SKS_PRE.length; i++) {
            pairs.add(new Pair(Scoring.personScore(BuiltInInstruments.SCHOOL_KINDNESS_SCALE, box(SKS_PRE[i])),
                    Scoring.personScore(BuiltInInstruments.SCHOOL_KINDNESS_SCALE, box(SKS_POST[i]))));
        }
        return PairedAnalysis.analyze(pairs, 1, 5);
    }

    static List<Integer> box(int[] a) {
        return java.util.Arrays.stream(a).boxed().toList();
    }

    @Test
    void thePdfPrintsEveryNumberOfTheDatabaseAndRendersEveryPage() throws IOException {
        smallTerm();
        f.fixtures.signIn(teacher);
        reports.saveNote(classId, List.of(a3, libraryAct), "Thank you, Búhos! Ñandú-level kindness.");
        byte[] pdf = reports.pdf(classId, EN);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            // 1 cover
            assertThat(text).contains("Test School", "Clase 5 Búhos", "Tess Teacher", "Autumn 2026");
            // 2 summary (acts, students, shares, goal)
            assertThat(text).contains("Acts of kindness recorded 7", "Students in the class this term 6",
                    "Students who recorded at least one act 67%", "Students who recorded an act of kindness to themselves 33%",
                    "Kindness week 5 10 50%");
            // 3 acts per week and category (tables next to the charts)
            assertThat(text).contains("Week of September 7, 2026 2", "Week of September 14, 2026 3", "Week of September 21, 2026 2",
                    "Kind to others 3", "Connection 1", "Empathy 1");
            assertThat(text).doesNotContain("Slept early", "Asked for help", "silly words");
            // 4 ripples
            assertThat(text).contains("Ripples (chains of acts that inspired one another): 1", "The longest chain has 3 acts");
            // 5 lessons
            assertThat(text).contains("Lesson completion 2 of 2 (100%)", "Term plan progress 2 of 3 (67%)", "Lessons delivered 2", "Minutes of lessons in all 75",
                    "What is mental health?", "facts, discussion");
            // 6 participation: dose table, no act counts per student
            assertThat(text).contains("Íñigo C. 2 / 2 100% 1", "Noah F. 1 / 2 50% 0", "Ana B. 1 / 2 50% 0");
            // 7 attitude checks: figures of the School Kindness Scale, suppression of the stigma check, citation
            var fig = (PairedResult.Figures) expectedSks();
            assertThat(text).contains("Students who answered before and after 6",
                    "Average before " + String.format(Locale.ENGLISH, "%.2f", fig.preMean()),
                    "Average after " + String.format(Locale.ENGLISH, "%.2f", fig.postMean()),
                    String.format(Locale.ENGLISH, "%.2f … %.2f", fig.ciLow(), fig.ciHigh()),
                    "Effect size d_z " + String.format(Locale.ENGLISH, "%.2f", fig.dz()),
                    "Fewer than 5 students have answered both times", "Not a validated instrument",
                    "Credit: School Kindness Scale: Binfet", "δ = 0.28", "d = 0.21");
            // 8 highlights and the closing paragraph
            assertThat(text).contains("Listened to Mia", "I held the door for someone", "Thank you, Búhos! Ñandú-level kindness.");

            // document properties: title, language, tagged, fonts embedded
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Kindness term report: Clase 5 Búhos, Autumn 2026");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            PDFRenderer renderer = new PDFRenderer(doc);
            String pagesDir = System.getProperty("report.pages"); // -Dreport.pages=docs writes report-page<n>.png
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, pagesDir == null ? 40 : 90);
                assertThat(image.getWidth()).isPositive();
                if (pagesDir != null) {
                    javax.imageio.ImageIO.write(image, "png", Path.of(pagesDir, "report-page" + (i + 1) + ".png").toFile());
                }
            }
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f, org.assertj.core.data.Offset.offset(0.5f));
        }
        qpdfCheck(pdf);
        assertThat(audits("REPORT_PDF_EXPORTED")).isEqualTo(1);
    }

    @Test
    void theSpanishReportOnLetterPaperIsInSpanish() throws IOException {
        smallTerm();
        f.jdbc().sql("update school set paper_size = 'LETTER'").update();
        f.fixtures.signIn(teacher);
        byte[] pdf = reports.pdf(classId, ES);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Informe de amabilidad del periodo", "Actos de amabilidad registrados 7", "Íñigo C. 2 / 2 100\u00a0% 1");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("es");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
        qpdfCheck(pdf);
    }

    @Test
    void aClassWithNoActsNoLessonsAndTooFewPairsStillGetsASensibleReport() throws IOException {
        long pre = f.check(classId, "school-kindness-scale", "PRE");
        long post = f.check(classId, "school-kindness-scale", "POST");
        for (int i = 0; i < 4; i++) {
            f.response(pre, "x" + i, 3, 3, 3, 3, 3);
            f.response(post, "x" + i, 5, 5, 5, 5, 5);
        }
        f.fixtures.signIn(teacher);
        byte[] pdf = reports.pdf(classId, EN);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Acts of kindness recorded 0", "No challenge ran in this term.", "No acts were recorded",
                    "No ripples yet", "Lessons delivered 0", "No lesson was delivered in this term.", "Zoë K. 0 / 0 – 0",
                    "Fewer than 5 students have answered both times", "has not written a closing paragraph");
            assertThat(text).doesNotContain("Average before");
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                renderer.renderImageWithDPI(i, 30);
            }
        }
        qpdfCheck(pdf);

        // and a class without students or a term at all
        f.fixtures.signIn(teacher);
        long empty = f.classes.create(new app.ripple.classroom.ClassRecords.ClassForm("Empty", app.ripple.classroom.AgeBand.AGES_6_8,
                null, List.of(teacher), 60));
        byte[] emptyPdf = reports.pdf(empty, EN);
        try (PDDocument doc = Loader.loadPDF(emptyPdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("No term", "No students in this class.", "No attitude check");
        }
        assertThat(reports.familyPages(empty, EN)).isNotEmpty();
    }

    @Test
    void familyPagesShowOnlyTheStudentsOwnActsAndLessons() throws IOException {
        smallTerm();
        f.fixtures.signIn(teacher);
        byte[] pdf = reports.familyPages(classId, EN);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(6);
            Map<String, String> pages = new java.util.HashMap<>();
            for (int i = 1; i <= 6; i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String page = stripper.getText(doc);
                pages.put(page.lines().skip(1).findFirst().orElse(""), page);
            }
            String zoe = pages.get("Zoë K.");
            assertThat(zoe).contains("One act of kindness to others was recorded.", "Held the door for Ana",
                    "kind to themselves once", "What is mental health?", "Words matter");
            assertThat(zoe).doesNotContain("Slept early", "Sat with Íñigo", "Listened to Mia", "Helped my brother", "Ana B.",
                    "School Kindness", "Average");
            String leo = pages.get("Leo D.");
            // the pending act counts, but its words wait for the teacher's approval
            assertThat(leo).contains("2 acts of kindness to others", "I held the door for someone", "Words matter")
                    .doesNotContain("Helped my brother", "What is mental health?");
            String inigo = pages.get("Íñigo C.");
            assertThat(inigo).contains("made up on");
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                renderer.renderImageWithDPI(i, 30);
            }
        }
        qpdfCheck(pdf);
        assertThat(audits("FAMILY_PAGES_EXPORTED")).isEqualTo(1);
    }

    @Test
    void csvAndJsonCarryTheSameDataAndAreAudited() {
        smallTerm();
        f.fixtures.signIn(teacher);
        String acts = new String(reports.csv(classId, ReportService.CsvKind.ACTS, EN), StandardCharsets.UTF_8);
        assertThat(acts).startsWith("\uFEFFact_id,date,challenge,category,recipient,status,text,inspired_by\r\n");
        assertThat(acts.lines().count()).isEqualTo(1 + 8);
        assertThat(acts).contains("Held the door for Ana", "I held the door for someone").doesNotContain("Slept early", "silly words",
                "Helped my brother", "Zoë");
        String participation = new String(reports.csv(classId, ReportService.CsvKind.PARTICIPATION, EN), StandardCharsets.UTF_8);
        assertThat(participation.lines().count()).isEqualTo(1 + 11);
        assertThat(participation).contains("Íñigo C.,2026-09-10,What is mental health?,ABSENT,2026-09-12");
        String aggregates = new String(reports.csv(classId, ReportService.CsvKind.AGGREGATES, EN), StandardCharsets.UTF_8);
        assertThat(aggregates).contains("summary,acts,,7", "summary,took_part_share,,0.6667", "ripples,longest_chain,,3",
                "lessons,total_minutes,,75", "lessons,delivered,,2", "lessons,due_so_far,,2", "lessons,completion,,1.0000",
                "lessons,in_term_plan,,3", "lessons,term_plan_progress,,0.6667", "attitude,pairs,school-kindness-scale,6", "attitude,suppressed,ripple-stigma-check,true",
                "dose,attended,Íñigo C.,2");
        String json = new String(reports.json(classId, EN), StandardCharsets.UTF_8);
        assertThat(json).contains("\"acts\": 7", "\"longest_chain\": 3", "\"total_minutes\": 75", "\"due_so_far\": 2",
                "\"in_term_plan\": 3", "\"suppressed\": true", "\"took_part_share\": 0.6667");
        JsonNode tree = JsonMapper.builder().build().readTree(json);
        assertThat(tree.propertyNames()).containsExactly("format", "school", "class", "term", "generated_at", "summary",
                "acts_per_week", "acts_by_category", "ripples", "lessons", "dose", "attitude", "highlights",
                "closing_paragraph", "acts", "participation");
        assertThat(tree.get("dose").valueStream().filter(d -> d.get("student").asString().equals("Íñigo C.")))
                .singleElement().satisfies(d -> assertThat(d.get("attended").asInt()).isEqualTo(2));
        assertThat(audits("REPORT_CSV_EXPORTED")).isEqualTo(3);
        assertThat(audits("REPORT_JSON_EXPORTED")).isEqualTo(1);
    }

    @Test
    void theJsonExportEscapesWhatTeachersWrite() {
        smallTerm();
        f.fixtures.signIn(teacher);
        String closing = "She said \"wow\" \\ then left.\nNext line: </script> \u2028 ñ";
        reports.saveNote(classId, List.of(), closing);
        String json = new String(reports.json(classId, EN), StandardCharsets.UTF_8);
        JsonNode tree = JsonMapper.builder().build().readTree(json);
        assertThat(tree.get("closing_paragraph").asString()).isEqualTo(closing);
        assertThat(tree.get("format").asString()).isEqualTo("ripple-class-report/1");
        assertThat(json).endsWith("}\n");
    }

    @Test
    void theCoordinatorsZipHoldsEveryClassOfTheTermWithProgress() throws IOException {
        smallTerm();
        long other = f.teacher("Otto Other", "otto@test.example");
        long second = f.classOf(other, "Class 7 Foxes");
        f.fixtures.signIn(f.coordinator);
        List<String> progress = new ArrayList<>();
        byte[] zip = reports.bulkZip(f.termId, EN, (done, total) -> progress.add(done + "/" + total));
        assertThat(progress).containsExactly("0/2", "1/2", "2/2");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("clase-5-buhos-" + classId + "/report.pdf", "clase-5-buhos-" + classId + "/family-pages.pdf",
                "clase-5-buhos-" + classId + "/acts.csv", "clase-5-buhos-" + classId + "/report.json",
                "class-7-foxes-" + second + "/report.pdf").hasSize(12);
        assertThat(audits("REPORTS_ZIP_EXPORTED")).isEqualTo(1);
    }

    @Test
    void teachersPickAtMostSixApprovedSharedActsAndWriteAClosingParagraph() {
        smallTerm();
        f.fixtures.signIn(teacher);
        var candidates = reports.highlightCandidates(classId, EN);
        assertThat(candidates).extracting(ReportData.HighlightCandidate::text)
                .containsExactlyInAnyOrder("Held the door for Ana", "Sat with Íñigo at lunch", "Listened to Mia",
                        "I held the door for someone");
        reports.saveNote(classId, List.of(a3, a1), "Well done.");
        assertThat(reports.note(classId).highlightActIds()).containsExactly(a3, a1);
        assertThat(reports.classReport(classId, EN).highlights()).extracting(ReportData.Highlight::text)
                .containsExactly("Listened to Mia", "Held the door for Ana");

        long ch = f.jdbc().sql("select id from challenge where class_id = ?").param(classId).query(Long.class).single();
        List<Long> seven = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seven.add(f.act(classId, ch, s.get(5), Category.EMPATHY, "APPROVED", LocalDate.of(2026, 10, 1), "More " + i, null));
        }
        assertThatThrownBy(() -> reports.saveNote(classId, seven, "")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).concerns("highlights")).isTrue());
        long privateAct = f.jdbc().sql("select id from kindness_act where own_text = 'Slept early'").query(Long.class).single();
        assertThatThrownBy(() -> reports.saveNote(classId, List.of(privateAct), "")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> reports.saveNote(classId, List.of(), "x".repeat(2001))).isInstanceOf(InvalidInputException.class);
        assertThat(reports.note(classId).highlightActIds()).containsExactly(a3, a1);
    }

    int audits(String action) {
        return sql("select count(*) from audit_log where action = ?", action);
    }

    /**
     * Runs {@code qpdf --check}. Without qpdf the test skips, or fails under {@code CI=true} ({@code .ci/run}
     * installs qpdf), so "every PDF passes qpdf" is never claimed unchecked.
     */
    static void qpdfCheck(byte[] pdf) throws IOException {
        Path qpdf = Path.of("/usr/bin/qpdf");
        Required.tool(Files.isExecutable(qpdf), "qpdf is not installed at " + qpdf + " (apt-get install qpdf)");
        Path file = Files.createTempFile("ripple-report", ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder(qpdf.toString(), "--check", file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            assertThat(code).as(out).isZero();
            assertThat(out).contains("No syntax or stream encoding errors");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

package app.ripple.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.dashboard.DashboardRecords.ClassDashboard;
import app.ripple.dashboard.DashboardRecords.ClassRow;
import app.ripple.dashboard.DashboardRecords.SchoolOverview;
import app.ripple.dashboard.DashboardRecords.WeekCount;
import app.ripple.lesson.DeliveryService;
import app.ripple.lesson.LessonProgressText;
import app.ripple.lesson.LessonRecords.Dose;
import app.ripple.lesson.LessonRecords.LessonProgress;
import app.ripple.report.ReportData.ClassReport;
import app.ripple.report.ReportData.DoseRow;
import app.ripple.report.ReportService;
import app.ripple.testsupport.TestDatabase;
import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One figure, one definition, the same everywhere: on the demo school, for every class, lesson
 * completion and term plan progress, each student's participation, the act total and the acts per
 * week read the same on the class page, the home card, the class dashboard, the school overview
 * (page and CSV), the report PDF (read back with PDFBox), the report CSV and the JSON export.
 * <p>
 * Like {@code DemoReportsTest}, it builds the demo school on a database of its own (about a minute);
 * {@code -Ddemo.reports=false} skips it.
 */
@DisabledIfSystemProperty(named = "demo.reports", matches = "false")
@ActiveProfiles("demo")
@DirtiesContext
class DemoConsistencyTest extends ViewTest {

    static final Locale EN = Locale.ENGLISH;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestDatabase.useOwn(registry, "consistency");
    }

    @AfterAll
    static void dropDatabase() {
        TestDatabase.dropOwn("consistency");
    }

    @Autowired ReportService reports;
    @Autowired DeliveryService deliveries;
    @Autowired ClassDashboardService classDashboards;
    @Autowired SchoolOverviewService overview;
    @Autowired I18NProvider i18n;

    private String t(String key, Object... args) {
        return i18n.getTranslation(key, EN, args);
    }

    @Test
    void everyClassReadsTheSameOnEverySurface() throws IOException {
        long coordinator = fixtures.staffId("coordinator@example.org");
        fixtures.signIn(coordinator);
        var classes = reports.reportList();
        assertThat(classes).hasSize(4);
        SchoolOverview school = overview.schoolOverview(null);
        String schoolCsv = SchoolCsv.csv(overview.schoolOverviewForExport(null), new String[] {"c"});

        java.time.ZoneId zone = java.time.ZoneId.of(fixtures.jdbc().sql(
                "select s.time_zone from school s join staff_account a on a.school_id = s.id where a.id = ?").param(coordinator)
                .query(String.class).single());
        for (var item : classes) {
            long classId = item.classId();
            String name = item.className();
            fixtures.signIn(coordinator);
            LessonProgress progress = deliveries.termProgress(classId);
            // the demo plans lessons ahead and delivers some: both figures are meaningful
            assertThat(progress.delivered()).as(name).isPositive();
            assertThat(progress.ahead()).as(name).isPositive();
            String completion = LessonProgressText.completion(progress, EN, this::t);
            String plan = LessonProgressText.planProgress(progress, EN, this::t);
            String completionCell = LessonProgressText.completionCell(progress, EN, this::t);
            String planCell = LessonProgressText.planProgressCell(progress, EN, this::t);

            ClassReport report = reports.classReport(classId, EN);
            Map<String, String> doses = new TreeMap<>();
            for (DoseRow d : report.participation()) {
                doses.put(d.name(), d.attended() + "/" + d.delivered());
            }
            Double average = report.participation().stream().filter(d -> d.delivered() > 0).mapToDouble(DoseRow::dose)
                    .average().stream().boxed().findFirst().orElse(null);
            String averageText = LessonProgressText.percent(average, EN);
            int acts = report.summary().acts();
            Map<LocalDate, Integer> weeks = new LinkedHashMap<>();
            report.weeks().forEach(w -> weeks.put(w.monday(), w.acts()));
            assertThat(report.lessons().progress()).as(name).isEqualTo(progress);
            assertThat(weeks.values().stream().mapToInt(Integer::intValue).sum()).as(name + ": weeks add up to the total")
                    .isEqualTo(acts);

            // class page
            open("classes/" + classId);
            assertThat(text("lessons-completion")).as(name).isEqualTo(completion);
            assertThat(text("lessons-plan-progress")).as(name).isEqualTo(plan);
            @SuppressWarnings("unchecked")
            Grid<Dose> doseGrid = find(Grid.class).withId("lessons-doses").single();
            Map<String, String> pageDoses = new TreeMap<>();
            doseGrid.getGenericDataView().getItems().forEach(d -> pageDoses.put(d.displayName(), d.attended() + "/" + d.delivered()));
            assertThat(pageDoses).as(name + ": class page participation").isEqualTo(doses);

            // home card, as the class's teacher
            long teacher = fixtures.jdbc().sql("select staff_id from class_teacher where class_id = ? order by staff_id limit 1")
                    .param(classId).query(Long.class).single();
            signInAs(teacher);
            String prefix = "home-card-" + classId;
            assertThat(text(prefix + "-lessons")).as(name).isEqualTo(completion);
            assertThat(text(prefix + "-plan")).as(name).isEqualTo(plan);
            assertThat(text(prefix + "-participation")).as(name).isEqualTo(t("dashboard.home.participation", averageText));
            LocalDate thisWeek = LocalDate.now(fixtures.clock().withZone(zone)).with(java.time.DayOfWeek.MONDAY);
            assertThat(text(prefix + "-acts")).as(name).isEqualTo(t("dashboard.home.acts",
                    weeks.getOrDefault(thisWeek, 0), weeks.getOrDefault(thisWeek.minusWeeks(1), 0)));

            // class dashboard for this term
            open("classes/" + classId + "/dashboard");
            assertThat(text("dashboard-lessons-completion")).as(name).isEqualTo(completion);
            assertThat(text("dashboard-lessons-plan-progress")).as(name).isEqualTo(plan);
            assertThat(text("dashboard-lessons-summary")).as(name)
                    .isEqualTo(t("dashboard.lessons.summary", progress.delivered(), averageText));
            assertThat(dashboardDoses(find(Html.class).withId("dashboard-lessons-table").single().getInnerHtml()))
                    .as(name + ": dashboard participation").isEqualTo(doses);
            assertThat(text("chart-weeks-summary")).as(name).startsWith(n(acts) + " acts in ");
            ClassDashboard dashboard = classDashboards.classDashboard(classId, classDashboards.range(classId,
                    ClassDashboardService.Preset.THIS_TERM));
            assertThat(dashboard.acts()).as(name).isEqualTo(acts);
            for (WeekCount w : dashboard.weeks()) {
                assertThat(w.acts()).as(name + " week of " + w.weekStart()).isEqualTo(weeks.get(w.weekStart()));
            }

            // school overview: page and CSV
            ClassRow row = school.classes().stream().filter(r -> r.classId() == classId).findFirst().orElseThrow();
            int index = school.classes().indexOf(row);
            assertThat(row.lessons().progress()).as(name).isEqualTo(progress);
            assertThat(row.acts()).as(name).isEqualTo(acts);
            for (int i = 0; i < school.weeks().size(); i++) {
                assertThat(row.actsPerWeek().get(i)).as(name + " week of " + school.weeks().get(i))
                        .isEqualTo(weeks.get(school.weeks().get(i)));
            }
            signInAs(coordinator);
            open("school");
            @SuppressWarnings("unchecked")
            Grid<ClassRow> grid = find(Grid.class).withId("school-grid").single();
            assertThat(test(grid).getCellText(index, 3)).as(name).isEqualTo(Integer.toString(acts));
            assertThat(test(grid).getCellText(index, 5)).as(name).isEqualTo(completionCell);
            assertThat(test(grid).getCellText(index, 6)).as(name).isEqualTo(planCell);
            assertThat(test(grid).getCellText(index, 7)).as(name).isEqualTo(averageText);
            assertThat(schoolCsv).as(name).contains(String.join(",", csvCell(name), csvCell(row.teachers()),
                    Integer.toString(row.students()), Integer.toString(acts), Integer.toString(progress.delivered()),
                    Integer.toString(progress.due()), csvPercent(progress.completion()), Integer.toString(progress.inPlan()),
                    csvPercent(progress.planProgress()), csvPercent(average)) + "\r\n");

            // report PDF, read back
            fixtures.signIn(coordinator);
            try (PDDocument doc = Loader.loadPDF(reports.pdf(classId, EN))) {
                String pdf = new PDFTextStripper().getText(doc).replace("\r\n", "\n");
                assertThat(pdf).as(name).contains(t("report.summary.acts") + " " + n(acts),
                        t("lessons.progress.completion.name") + " " + completionCell,
                        t("lessons.progress.plan.name") + " " + planCell,
                        t("report.lessons.delivered") + " " + progress.delivered());
                DateTimeFormatter longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(EN);
                weeks.forEach((monday, n) -> assertThat(pdf).as(name + " PDF week of " + monday)
                        .contains(t("report.acts.weekOf", longDate.format(monday)) + " " + n(n) + "\n"));
                doses.forEach((student, ratio) -> assertThat(pdf).as(name + " PDF " + student)
                        .containsPattern(Pattern.quote(student) + "( \\(left the class\\))? " + ratio.replace("/", " / ")));
            }

            // report CSV
            String csv = new String(reports.csv(classId, ReportService.CsvKind.AGGREGATES, EN), StandardCharsets.UTF_8);
            assertThat(csv).as(name).contains("summary,acts,," + acts + "\r\n",
                    "lessons,delivered,," + progress.delivered() + "\r\n", "lessons,due_so_far,," + progress.due() + "\r\n",
                    "lessons,in_term_plan,," + progress.inPlan() + "\r\n");
            weeks.forEach((monday, n) -> assertThat(csv).contains("acts_per_week,acts," + monday + "," + n + "\r\n"));
            for (var e : doses.entrySet()) {
                String[] ad = e.getValue().split("/");
                assertThat(csv).contains("dose,attended," + csvCell(e.getKey()) + "," + ad[0] + "\r\n",
                        "dose,delivered," + csvCell(e.getKey()) + "," + ad[1] + "\r\n");
            }

            // JSON
            String json = new String(reports.json(classId, EN), StandardCharsets.UTF_8);
            assertThat(json).as(name).contains("\"acts\": " + acts, "\"delivered\": " + progress.delivered(),
                    "\"due_so_far\": " + progress.due(), "\"in_term_plan\": " + progress.inPlan());
            // acts per week: parsed, since the export writes one field per line
            Map<LocalDate, Integer> jsonWeeks = new LinkedHashMap<>();
            JsonMapper.builder().build().readTree(json).get("acts_per_week").forEach(
                    w -> jsonWeeks.put(LocalDate.parse(w.get("week_of").asString()), w.get("acts").asInt()));
            weeks.forEach((monday, n) -> assertThat(jsonWeeks).as(name).containsEntry(monday, n));
        }
    }

    private static String n(int number) {
        return java.text.NumberFormat.getIntegerInstance(EN).format(number);
    }

    private String text(String id) {
        return find(Paragraph.class).withId(id).single().getText();
    }

    private static String csvPercent(@org.jspecify.annotations.Nullable Double fraction) {
        return fraction == null ? "" : String.format(Locale.ROOT, "%.1f", fraction * 100);
    }

    /** name → "attended/delivered" from the dashboard's lessons table. */
    private static Map<String, String> dashboardDoses(String html) {
        Map<String, String> out = new TreeMap<>();
        Matcher m = Pattern.compile("<tr><th scope=\"row\">(.*?)</th><td>(\\d+)</td><td>(\\d+)</td>").matcher(html);
        while (m.find()) {
            String student = m.group(1).replace(" (left the class)", "").replace("&amp;", "&").replace("&#39;", "'");
            out.put(student, m.group(2) + "/" + m.group(3));
        }
        return out;
    }


    /** One cell as every export writes it (the shared writer, without its BOM and line end). */
    private static String csvCell(String value) {
        String line = new String(app.ripple.base.CsvExport.bytes(java.util.List.of(java.util.List.of(value))), StandardCharsets.UTF_8);
        return line.substring(1, line.length() - 2);
    }

}

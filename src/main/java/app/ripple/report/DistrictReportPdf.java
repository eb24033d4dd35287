package app.ripple.report;

import app.ripple.chart.CategoryChart;
import app.ripple.chart.Series;
import app.ripple.chart.ValueFormat;
import app.ripple.dashboard.DistrictRecords.DistrictOverview;
import app.ripple.dashboard.DistrictRecords.DistrictTotals;
import app.ripple.dashboard.DistrictRecords.SchoolAttitude;
import app.ripple.dashboard.DistrictRecords.SchoolFigures;
import app.ripple.dashboard.DistrictTermReport;
import app.ripple.lesson.LessonProgressText;
import app.ripple.lesson.attitude.PairedAnalysis;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The district term report (docs/district.md): a summary page, then one page per open school in
 * alphabetical order with the same figures as the district overview (and the school's own overview):
 * classes, acts this term with a per-week chart and its table, lessons, participation, and attitude
 * results only where the school has at least 5 pairs. A tagged PDF with embedded fonts ({@link PdfKit}).
 */
@Component
class DistrictReportPdf implements DistrictTermReport {

    private final I18NProvider i18n;

    DistrictReportPdf(I18NProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public byte[] pdf(DistrictOverview o, Locale locale) {
        return render(o, new Texts(i18n, locale));
    }

    static byte[] render(DistrictOverview o, Texts t) {
        String title = t.t("district.report.title");
        try (PdfKit kit = new PdfKit(ReportData.Paper.A4, t.locale, title)) {
            summary(kit, o, t, title);
            for (SchoolFigures s : o.schools()) {
                school(kit, s, t);
            }
            return kit.finish(t.t("district.report.title"), t.t("district.report.pageOf"));
        }
    }

    private static void summary(PdfKit kit, DistrictOverview o, Texts t, String title) {
        kit.newPage();
        kit.heading(title, 1);
        kit.paragraph(t.t("district.report.summary.intro", t.dateTime(o.generatedAt(), ZoneOffset.UTC)), 10.5f, false,
                PdfKit.MUTED);
        kit.paragraph(t.t("district.overview.honesty", PairedAnalysis.MIN_GROUP), 10, false, PdfKit.INK);
        kit.heading(t.t("district.overview.summary"), 2);
        DistrictTotals d = o.totals();
        kit.table(List.of(t.t("district.overview.figure"), t.t("district.overview.value")), List.of(
                List.of(t.t("district.overview.schools"), t.number(d.schools())),
                List.of(t.t("district.overview.classes"), t.number(d.classes())),
                List.of(t.t("district.overview.acts"), t.number(d.acts())),
                List.of(t.t("lessons.progress.delivered"), t.number(d.lessons().delivered())),
                List.of(t.t("lessons.progress.completion.name"), LessonProgressText.completionCell(d.lessons(), t.locale, t::t)),
                List.of(t.t("dashboard.lessons.averageDose"), t.percent(d.participation()))),
                new float[] {0.7f, 0.3f}, new boolean[] {false, true});
        if (o.schools().isEmpty()) {
            kit.paragraph(t.t("district.overview.noSchools"), 10.5f, false, PdfKit.INK);
            return;
        }
        kit.heading(t.t("district.overview.table"), 2);
        List<List<String>> rows = new ArrayList<>();
        for (SchoolFigures s : o.schools()) {
            rows.add(List.of(s.schoolName(), t.number(s.classes()), t.number(s.acts()), t.number(s.lessons().delivered()),
                    t.percent(s.completion()), t.percent(s.participation())));
        }
        kit.table(List.of(t.t("district.overview.school"), t.t("district.overview.classes"), t.t("dashboard.chart.acts"),
                t.t("lessons.progress.delivered"), t.t("lessons.progress.completion.name"), t.t("dashboard.lessons.averageDose")),
                rows, new float[] {0.34f, 0.1f, 0.1f, 0.16f, 0.15f, 0.15f}, new boolean[] {false, true, true, true, true, true});
    }

    private static void school(PdfKit kit, SchoolFigures s, Texts t) {
        kit.newPage();
        kit.heading(s.schoolName(), 2);
        kit.paragraph(s.term() == null
                ? t.t("district.report.school.noTerm", t.date(s.range().from()), t.date(s.range().to()))
                : t.t("district.report.school.term", s.term().name(), t.date(s.range().from()), t.date(s.range().to())),
                10.5f, false, PdfKit.MUTED);
        kit.table(List.of(t.t("district.overview.figure"), t.t("district.overview.value")), List.of(
                List.of(t.t("district.overview.classes"), t.number(s.classes())),
                List.of(t.t("district.overview.acts"), t.number(s.acts())),
                List.of(t.t("lessons.progress.delivered"), t.number(s.lessons().delivered())),
                List.of(t.t("lessons.progress.due"), t.number(s.lessons().due())),
                List.of(t.t("lessons.progress.completion.name"), LessonProgressText.completionCell(s.lessons(), t.locale, t::t)),
                List.of(t.t("dashboard.lessons.averageDose"), t.percent(s.participation()))),
                new float[] {0.7f, 0.3f}, new boolean[] {false, true});
        String chartTitle = t.t("district.overview.chart.title", s.schoolName());
        if (s.acts() == 0) {
            kit.paragraph(t.t("district.overview.chart.none"), 10.5f, false, PdfKit.INK);
        } else {
            List<String> labels = s.weeks().stream().map(t::shortDate).toList();
            kit.chart(new CategoryChart(CategoryChart.Kind.BAR, chartTitle,
                    t.t("district.report.chart.alt", s.schoolName(), s.acts(), s.weeks().size()),
                    t.t("dashboard.chart.weekStarting"), t.t("dashboard.chart.acts"), labels,
                    List.of(Series.of(t.t("dashboard.chart.acts"), 0, s.actsPerWeek())), ValueFormat.INTEGER, t.locale), 180);
            List<List<String>> weekRows = new ArrayList<>();
            for (int i = 0; i < s.weeks().size(); i++) {
                weekRows.add(List.of(t.date(s.weeks().get(i)), t.number(s.actsPerWeek().get(i))));
            }
            kit.table(List.of(t.t("dashboard.chart.weekStarting"), t.t("dashboard.chart.acts")), weekRows,
                    new float[] {0.7f, 0.3f}, new boolean[] {false, true});
        }
        kit.heading(t.t("district.overview.attitude"), 3);
        if (s.attitude().isEmpty()) {
            kit.paragraph(t.t("district.overview.attitude.none", PairedAnalysis.MIN_GROUP), 10, false, PdfKit.INK);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (SchoolAttitude a : s.attitude()) {
            var f = a.figures();
            rows.add(List.of(a.title(), t.number(f.n()), String.format(t.locale, "%.2f", f.preMean()),
                    String.format(t.locale, "%.2f", f.postMean()), String.format(t.locale, "%+.2f", f.meanDifference()),
                    String.format(t.locale, "[%+.2f; %+.2f]", f.ciLow(), f.ciHigh())));
        }
        kit.table(List.of(t.t("district.overview.instrument"), t.t("district.overview.pairs"), t.t("district.overview.before"),
                t.t("district.overview.after"), t.t("district.overview.change"), t.t("district.overview.ci")), rows,
                new float[] {0.3f, 0.14f, 0.12f, 0.12f, 0.12f, 0.2f}, new boolean[] {false, true, true, true, true, true});
    }
}

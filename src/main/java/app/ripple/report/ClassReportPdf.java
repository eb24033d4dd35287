package app.ripple.report;

import app.ripple.base.PdfShapes;
import app.ripple.lesson.LessonProgressText;
import app.ripple.chart.CategoryChart;
import app.ripple.chart.DonutChart;
import app.ripple.chart.Series;
import app.ripple.chart.Slice;
import app.ripple.chart.ValueFormat;
import app.ripple.lesson.EvidenceComponent;
import app.ripple.lesson.attitude.AttitudeTexts;
import app.ripple.report.ReportData.AttitudeBlock;
import app.ripple.report.ReportData.CategoryCount;
import app.ripple.report.ReportData.ClassReport;
import app.ripple.report.ReportData.Cover;
import app.ripple.report.ReportData.Delivery;
import app.ripple.report.ReportData.DoseRow;
import app.ripple.report.ReportData.Goal;
import app.ripple.report.ReportData.Highlight;
import app.ripple.report.ReportData.Line;
import app.ripple.report.ReportData.WeekCount;
import java.util.ArrayList;
import java.util.List;

/** Renders a {@link ClassReport} as a tagged PDF in the report's language and the school's paper size. */
final class ClassReportPdf {

    private ClassReportPdf() {
    }

    static byte[] render(ClassReport r, Texts t) {
        Cover cover = r.cover();
        String term = cover.termName() == null ? t.t("report.term.none") : cover.termName();
        try (PdfKit kit = new PdfKit(cover.paper(), t.locale, t.t("report.pdf.title", cover.className(), term))) {
            cover(kit, r, t, term);
            summary(kit, r, t);
            acts(kit, r, t);
            ripples(kit, r, t);
            lessons(kit, r, t);
            participation(kit, r, t);
            attitude(kit, r, t);
            highlights(kit, r, t);
            return kit.finish(t.t("report.footer", cover.schoolName(), cover.className(), term), t.t("report.pageOf"));
        }
    }

    // 1
    private static void cover(PdfKit kit, ClassReport r, Texts t, String term) {
        Cover c = r.cover();
        kit.newPage();
        float top = kit.y();
        kit.artifact(cs -> {
            cs.setNonStrokingColor(PdfKit.ACCENT_LIGHT);
            cs.addRect(0, top - 150, kit.contentWidth() + 2 * kit.margin, 190);
            cs.fill();
            cs.setStrokingColor(PdfKit.ACCENT);
            cs.setLineWidth(2.5f);
            for (int i = 0; i < 3; i++) {
                float rad = 18 + i * 14;
                drawCircle(cs, kit.left() + kit.contentWidth() - 60, top - 75, rad);
            }
        });
        kit.space(30);
        kit.paragraph(c.schoolName(), 12, false, PdfKit.MUTED);
        kit.heading(t.t("report.cover.title"), 1);
        kit.paragraph(c.className(), 18, true, PdfKit.ACCENT);
        kit.space(50);
        kit.paragraph(t.t("report.cover.term", term, t.date(c.from()), t.date(c.to())), 11, false, PdfKit.INK);
        kit.paragraph(t.t("report.cover.teachers", String.join(", ", c.teachers())), 11, false, PdfKit.INK);
        kit.paragraph(t.t("report.cover.generated", t.dateTime(c.generatedAt(), c.zone())), 11, false, PdfKit.INK);
        kit.space(16);
        kit.paragraph(t.t("report.cover.intro"), 10.5f, false, PdfKit.MUTED);
        kit.heading(t.t("report.contents"), 3);
        for (int i = 1; i <= 8; i++) {
            kit.paragraph(i + ". " + t.t("report.section." + i), 10.5f, false, PdfKit.INK);
        }
    }

    private static void drawCircle(org.apache.pdfbox.pdmodel.PDPageContentStream cs, float cx, float cy, float r)
            throws java.io.IOException {
        PdfShapes.circle(cs, cx, cy, r);
        cs.stroke();
    }

    // 2
    private static void summary(PdfKit kit, ClassReport r, Texts t) {
        kit.newPage();
        kit.heading("2. " + t.t("report.section.2"), 2);
        var s = r.summary();
        kit.table(List.of(t.t("report.summary.figure"), t.t("report.summary.value")), List.of(
                List.of(t.t("report.summary.acts"), t.number(s.acts())),
                List.of(t.t("report.summary.students"), t.number(s.students())),
                List.of(t.t("report.summary.tookPart"), t.percent(s.tookPartShare())),
                List.of(t.t("report.summary.selfKindness"), t.percent(s.selfKindnessShare()))),
                new float[] {0.7f, 0.3f}, new boolean[] {false, true});
        kit.paragraph(t.t("report.summary.selfKindness.note"), 9, false, PdfKit.MUTED);
        kit.heading(t.t("report.summary.goals"), 3);
        if (s.goals().isEmpty()) {
            kit.paragraph(t.t("report.summary.goals.none"), 10.5f, false, PdfKit.INK);
            return;
        }
        List<Goal> goals = s.goals();
        kit.chart(new CategoryChart(CategoryChart.Kind.HORIZONTAL_BAR, t.t("report.summary.goals"),
                t.t("report.summary.goals.alt", goals.size()), t.t("report.summary.challenge"), t.t("report.summary.progress"),
                goals.stream().map(Goal::title).toList(),
                List.of(Series.of(t.t("report.summary.progress"), 0, goals.stream().map(Goal::fraction).toList())),
                ValueFormat.PERCENT, t.locale), 40 + 28 * goals.size());
        kit.table(List.of(t.t("report.summary.challenge"), t.t("report.summary.count"), t.t("report.summary.goal"),
                t.t("report.summary.progress")),
                goals.stream().map(g -> List.of(g.title(), t.number(g.count()), t.number(g.goal()), t.percent(g.fraction()))).toList(),
                new float[] {0.52f, 0.16f, 0.16f, 0.16f}, new boolean[] {false, true, true, true});
    }

    // 3
    private static void acts(PdfKit kit, ClassReport r, Texts t) {
        kit.heading("3. " + t.t("report.section.3"), 2);
        List<WeekCount> weeks = r.weeks();
        int total = weeks.stream().mapToInt(WeekCount::acts).sum();
        if (total == 0) {
            kit.paragraph(t.t("report.acts.none"), 10.5f, false, PdfKit.INK);
        }
        kit.heading(t.t("report.acts.perWeek"), 3);
        kit.chart(new CategoryChart(CategoryChart.Kind.BAR, t.t("report.acts.perWeek"),
                t.t("report.acts.perWeek.alt", weeks.size(), t.number(total)), t.t("report.acts.week"), t.t("report.acts.count"),
                weeks.stream().map(w -> t.shortDate(w.monday())).toList(),
                List.of(Series.of(t.t("report.acts.count"), 0, weeks.stream().map(WeekCount::acts).toList())),
                ValueFormat.INTEGER, t.locale), 190);
        kit.heading(t.t("report.acts.byCategory"), 3);
        List<CategoryCount> cats = r.categories();
        List<Slice> slices = new ArrayList<>();
        for (int i = 0; i < cats.size(); i++) {
            slices.add(new Slice(t.t(cats.get(i).category().nameKey()), cats.get(i).acts(), i));
        }
        kit.chart(new DonutChart(t.t("report.acts.byCategory"), t.t("report.acts.byCategory.alt", String.join(", ", cats.stream()
                .map(c -> t.t(c.category().nameKey()) + " " + t.number(c.acts())).toList())), t.t("report.acts.category"),
                t.t("report.acts.count"), slices, ValueFormat.INTEGER, t.locale), 180);
        kit.table(List.of(t.t("report.acts.category"), t.t("report.acts.count")),
                cats.stream().map(c -> List.of(t.t(c.category().nameKey()), t.number(c.acts()))).toList(),
                new float[] {0.7f, 0.3f}, new boolean[] {false, true});
        kit.table(List.of(t.t("report.acts.week"), t.t("report.acts.count")),
                weeks.stream().map(w -> List.of(t.t("report.acts.weekOf", t.date(w.monday())), t.number(w.acts()))).toList(),
                new float[] {0.7f, 0.3f}, new boolean[] {false, true});
        kit.paragraph(t.t("report.acts.privateNote"), 9, false, PdfKit.MUTED);
    }

    // 4
    private static void ripples(PdfKit kit, ClassReport r, Texts t) {
        kit.heading("4. " + t.t("report.section.4"), 2);
        var rp = r.ripples();
        if (rp.count() == 0) {
            kit.paragraph(t.t("report.ripples.none"), 10.5f, false, PdfKit.INK);
            return;
        }
        kit.paragraph(t.t("report.ripples.count", rp.count()), 10.5f, false, PdfKit.INK);
        kit.paragraph(t.t("report.ripples.longest", rp.longestLength()), 10.5f, false, PdfKit.INK);
        int i = 1;
        for (String text : rp.longestTexts()) {
            kit.paragraph(i++ + ". " + text, 10, false, PdfKit.MUTED);
        }
    }

    // 5
    private static void lessons(PdfKit kit, ClassReport r, Texts t) {
        kit.heading("5. " + t.t("report.section.5"), 2);
        var l = r.lessons();
        kit.table(List.of(t.t("report.summary.figure"), t.t("report.summary.value")), List.of(
                List.of(t.t("lessons.progress.completion.name"), LessonProgressText.completionCell(l.progress(), t.locale, t::t)),
                List.of(t.t("lessons.progress.plan.name"), LessonProgressText.planProgressCell(l.progress(), t.locale, t::t)),
                List.of(t.t("report.lessons.delivered"), t.number(l.delivered())),
                List.of(t.t("report.lessons.minutes"), t.number(l.totalMinutes()))),
                new float[] {0.7f, 0.3f}, new boolean[] {false, true});
        if (l.deliveries().isEmpty()) {
            kit.paragraph(t.t("report.lessons.none"), 10.5f, false, PdfKit.INK);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Delivery d : l.deliveries()) {
            rows.add(List.of(t.shortDate(d.deliveredOn()), d.title(), t.number(d.minutes()), components(d.components(), t)));
        }
        kit.table(List.of(t.t("report.lessons.date"), t.t("report.lessons.lesson"), t.t("report.lessons.min"),
                t.t("report.lessons.components")), rows, new float[] {0.12f, 0.38f, 0.1f, 0.4f},
                new boolean[] {false, false, true, false});
        kit.paragraph(t.t("report.lessons.componentsNote"), 9, false, PdfKit.MUTED);
    }

    static String components(List<String> names, Texts t) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            try {
                out.add(t.t("report.component.short." + EvidenceComponent.valueOf(n).name()));
            } catch (IllegalArgumentException e) {
                out.add(n);
            }
        }
        return out.isEmpty() ? "–" : String.join(", ", out);
    }

    // 6
    private static void participation(PdfKit kit, ClassReport r, Texts t) {
        kit.heading("6. " + t.t("report.section.6"), 2);
        kit.paragraph(t.t("report.participation.intro"), 10, false, PdfKit.INK);
        if (r.participation().isEmpty()) {
            kit.paragraph(t.t("report.participation.none"), 10.5f, false, PdfKit.INK);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (DoseRow d : r.participation()) {
            rows.add(List.of(d.left() ? t.t("report.participation.left", d.name()) : d.name(),
                    t.t("report.participation.ratio", t.number(d.attended()), t.number(d.delivered())), t.percent(d.dose()),
                    t.number(d.madeUp())));
        }
        kit.table(List.of(t.t("report.participation.student"), t.t("report.participation.attended"),
                t.t("report.participation.dose"), t.t("report.participation.madeUp")), rows,
                new float[] {0.4f, 0.25f, 0.15f, 0.2f}, new boolean[] {false, true, true, true});
    }

    // 7
    private static void attitude(PdfKit kit, ClassReport r, Texts t) {
        kit.heading("7. " + t.t("report.section.7"), 2);
        if (r.attitude().isEmpty()) {
            kit.paragraph(t.t("report.attitude.none"), 10.5f, false, PdfKit.INK);
            return;
        }
        for (AttitudeBlock b : r.attitude()) {
            kit.footNote(t.t(AttitudeTexts.CREDIT, b.citation()));
        }
        for (AttitudeBlock b : r.attitude()) {
            kit.heading(b.title(), 3);
            if (!b.validated()) {
                kit.paragraph(t.t(AttitudeTexts.NOT_VALIDATED), 9, false, PdfKit.CORAL);
            }
            if (b.rippleTranslation()) {
                kit.paragraph(t.t(AttitudeTexts.RIPPLE_TRANSLATION), 9, false, PdfKit.MUTED);
            }
            var f = b.figures();
            if (f != null) {
                kit.table(List.of(t.t("report.summary.figure"), t.t("report.summary.value")), List.of(
                        List.of(t.t("report.attitude.pairs"), t.number(f.pairs())),
                        List.of(t.t("report.attitude.pre"), decimal(f.preMean(), t)),
                        List.of(t.t("report.attitude.post"), decimal(f.postMean(), t)),
                        List.of(t.t("report.attitude.difference"), signed(f.meanDifference(), t)),
                        List.of(t.t("report.attitude.ci"), decimal(f.ciLow(), t) + " … " + decimal(f.ciHigh(), t)),
                        List.of(t.t("report.attitude.dz"), f.dz() == null ? "–" : decimal(f.dz(), t)),
                        List.of(t.t("report.attitude.worsened"), t.percent(f.worsenedShare()))),
                        new float[] {0.7f, 0.3f}, new boolean[] {false, true});
            }
            for (Line line : b.lines()) {
                boolean reference = line.key().startsWith("attitude.reference");
                kit.paragraph(t.t(line.key(), line.args().toArray()), reference ? 9 : 10, false,
                        reference ? PdfKit.MUTED : PdfKit.INK);
            }
        }
    }

    static String decimal(double v, Texts t) {
        return String.format(t.locale, "%.2f", v);
    }

    static String signed(double v, Texts t) {
        return (v >= 0 ? "+" : "−") + String.format(t.locale, "%.2f", Math.abs(v));
    }

    // 8
    private static void highlights(PdfKit kit, ClassReport r, Texts t) {
        kit.heading("8. " + t.t("report.section.8"), 2);
        if (r.highlights().isEmpty()) {
            kit.paragraph(t.t("report.highlights.none"), 10.5f, false, PdfKit.MUTED);
        }
        for (Highlight h : r.highlights()) {
            kit.paragraph("“" + h.text() + "”", 12, true, PdfKit.ACCENT);
            kit.paragraph(t.t(h.category().nameKey()) + " · " + t.date(h.on()), 9, false, PdfKit.MUTED);
        }
        kit.heading(t.t("report.closing"), 3);
        kit.paragraph(r.closingParagraph().isBlank() ? t.t("report.closing.none") : r.closingParagraph(), 11, false,
                r.closingParagraph().isBlank() ? PdfKit.MUTED : PdfKit.INK);
    }
}

package app.ripple.report;

import app.ripple.report.ReportData.FamilyAct;
import app.ripple.report.ReportData.FamilyLesson;
import app.ripple.report.ReportData.FamilyPage;
import app.ripple.report.ReportData.FamilyPages;
import java.util.List;

/**
 * One page per student for their family: the student's own approved acts, how often they were
 * kind to themselves (a number only, never the words), and the lessons they attended. Nobody
 * else's data and no attitude-check answers appear.
 */
final class FamilyPagesPdf {

    private FamilyPagesPdf() {
    }

    static byte[] render(FamilyPages f, Texts t) {
        String term = f.termName() == null ? t.t("report.term.none") : f.termName();
        try (PdfKit kit = new PdfKit(f.paper(), t.locale, t.t("report.family.title", f.className(), term))) {
            if (f.students().isEmpty()) {
                kit.newPage();
                kit.heading(t.t("report.family.heading", f.className()), 1);
                kit.paragraph(t.t("report.family.noStudents"), 11, false, PdfKit.INK);
            }
            for (FamilyPage p : f.students()) {
                kit.newPage();
                kit.paragraph(f.schoolName() + " · " + f.className() + " · " + term, 9.5f, false, PdfKit.MUTED);
                kit.heading(p.name(), 1);
                kit.paragraph(t.t("report.family.intro", t.date(f.from()), t.date(f.to())), 10.5f, false, PdfKit.INK);
                kit.heading(t.t("report.family.acts"), 3);
                kit.paragraph(t.t("report.family.actsCount", p.sharedActs()), 10.5f, false, PdfKit.INK);
                if (p.selfKindActs() > 0) {
                    kit.paragraph(t.t("report.family.selfKind", p.selfKindActs()), 10.5f, false, PdfKit.INK);
                }
                List<FamilyAct> acts = p.acts();
                for (FamilyAct a : acts.subList(0, Math.min(ReportReader.FAMILY_ACTS, acts.size()))) {
                    kit.paragraph("• " + a.text() + "  (" + t.shortDate(a.on()) + ")", 10, false, PdfKit.ACCENT);
                }
                if (acts.size() > ReportReader.FAMILY_ACTS) {
                    kit.paragraph(t.t("report.family.more", acts.size() - ReportReader.FAMILY_ACTS), 9.5f, false, PdfKit.MUTED);
                }
                kit.heading(t.t("report.family.lessons"), 3);
                if (p.lessons().isEmpty()) {
                    kit.paragraph(t.t("report.family.lessons.none"), 10, false, PdfKit.MUTED);
                }
                for (FamilyLesson l : p.lessons()) {
                    String line = "• " + l.title() + "  (" + t.shortDate(l.on()) + ")";
                    if (l.madeUpOn() != null) {
                        line += " · " + t.t("report.family.madeUp", t.shortDate(l.madeUpOn()));
                    }
                    kit.paragraph(line, 10, false, PdfKit.INK);
                }
                kit.space(6);
                kit.paragraph(t.t("report.family.closing"), 9.5f, false, PdfKit.MUTED);
            }
            return kit.finish(t.t("report.family.footer", f.schoolName(), t.dateTime(f.generatedAt(), f.zone())),
                    t.t("report.pageOf"));
        }
    }
}

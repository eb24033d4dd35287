package app.ripple.report;

import app.ripple.base.CsvExport;
import app.ripple.report.ReportData.ActRow;
import app.ripple.report.ReportData.AttitudeBlock;
import app.ripple.report.ReportData.CategoryCount;
import app.ripple.report.ReportData.ClassReport;
import app.ripple.report.ReportData.Delivery;
import app.ripple.report.ReportData.DoseRow;
import app.ripple.report.ReportData.Goal;
import app.ripple.report.ReportData.ParticipationRow;
import app.ripple.report.ReportData.WeekCount;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs see the accents, CRLF line
 * ends) and JSON of the same data as the class report. Column names are stable English
 * identifiers so scripts can rely on them; values are not localised (ISO dates, dot decimals).
 * The acts list has no student column and no words for private or unapproved acts.
 */
final class Exports {

    private Exports() {
    }

    static byte[] actsCsv(List<ActRow> acts) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("act_id", "date", "challenge", "category", "recipient", "status", "text", "inspired_by"));
        for (ActRow a : acts) {
            rows.add(List.of(Long.toString(a.id()), a.on().toString(), a.challenge(), a.category().name(), a.recipient(), a.status(),
                    nz(a.text()), a.inspiredBy() == null ? "" : a.inspiredBy().toString()));
        }
        return csv(rows);
    }

    static byte[] participationCsv(List<DoseRow> dose, List<ParticipationRow> rows) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("student", "lesson_date", "lesson", "status", "made_up_on"));
        for (ParticipationRow p : rows) {
            out.add(List.of(p.student(), p.deliveredOn().toString(), p.lesson(), p.status(),
                    p.madeUpOn() == null ? "" : p.madeUpOn().toString()));
        }
        return csv(out);
    }

    static byte[] aggregatesCsv(ClassReport r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("section", "metric", "key", "value"));
        var s = r.summary();
        rows.add(List.of("summary", "acts", "", Integer.toString(s.acts())));
        rows.add(List.of("summary", "students", "", Integer.toString(s.students())));
        rows.add(List.of("summary", "students_who_took_part", "", Integer.toString(s.studentsWhoTookPart())));
        rows.add(List.of("summary", "took_part_share", "", share(s.tookPartShare())));
        rows.add(List.of("summary", "self_kindness_share", "", share(s.selfKindnessShare())));
        for (Goal g : s.goals()) {
            rows.add(List.of("goal", "count", g.title(), Integer.toString(g.count())));
            rows.add(List.of("goal", "goal", g.title(), Integer.toString(g.goal())));
        }
        for (WeekCount w : r.weeks()) {
            rows.add(List.of("acts_per_week", "acts", w.monday().toString(), Integer.toString(w.acts())));
        }
        for (CategoryCount c : r.categories()) {
            rows.add(List.of("acts_by_category", "acts", c.category().name(), Integer.toString(c.acts())));
        }
        rows.add(List.of("ripples", "count", "", Integer.toString(r.ripples().count())));
        rows.add(List.of("ripples", "longest_chain", "", Integer.toString(r.ripples().longestLength())));
        rows.add(List.of("lessons", "delivered", "", Integer.toString(r.lessons().delivered())));
        rows.add(List.of("lessons", "due_so_far", "", Integer.toString(r.lessons().progress().due())));
        rows.add(List.of("lessons", "completion", "", share(r.lessons().progress().completion())));
        rows.add(List.of("lessons", "in_term_plan", "", Integer.toString(r.lessons().progress().inPlan())));
        rows.add(List.of("lessons", "term_plan_progress", "", share(r.lessons().progress().planProgress())));
        rows.add(List.of("lessons", "total_minutes", "", Integer.toString(r.lessons().totalMinutes())));
        for (DoseRow d : r.participation()) {
            rows.add(List.of("dose", "attended", d.name(), Integer.toString(d.attended())));
            rows.add(List.of("dose", "delivered", d.name(), Integer.toString(d.delivered())));
            rows.add(List.of("dose", "made_up", d.name(), Integer.toString(d.madeUp())));
        }
        for (AttitudeBlock b : r.attitude()) {
            var f = b.figures();
            if (f == null) {
                rows.add(List.of("attitude", "suppressed", b.instrumentCode(), "true"));
                continue;
            }
            rows.add(List.of("attitude", "pairs", b.instrumentCode(), Integer.toString(f.pairs())));
            rows.add(List.of("attitude", "pre_mean", b.instrumentCode(), dec(f.preMean())));
            rows.add(List.of("attitude", "post_mean", b.instrumentCode(), dec(f.postMean())));
            rows.add(List.of("attitude", "mean_difference", b.instrumentCode(), dec(f.meanDifference())));
            rows.add(List.of("attitude", "ci_low", b.instrumentCode(), dec(f.ciLow())));
            rows.add(List.of("attitude", "ci_high", b.instrumentCode(), dec(f.ciHigh())));
            rows.add(List.of("attitude", "dz", b.instrumentCode(), f.dz() == null ? "" : dec(f.dz())));
            rows.add(List.of("attitude", "worsened_share", b.instrumentCode(), dec(f.worsenedShare())));
        }
        return csv(rows);
    }

    static byte[] json(ClassReport r, List<ActRow> acts, List<ParticipationRow> participation) {
        var c = r.cover();
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("{\n  \"format\": \"ripple-class-report/1\",\n");
        sb.append("  \"school\": ").append(str(c.schoolName())).append(",\n");
        sb.append("  \"class\": {\"id\": ").append(c.classId()).append(", \"name\": ").append(str(c.className()))
                .append(", \"teachers\": ").append(strs(c.teachers())).append("},\n");
        sb.append("  \"term\": {\"id\": ").append(c.termId()).append(", \"name\": ").append(str(c.termName()))
                .append(", \"from\": ").append(str(c.from().toString())).append(", \"to\": ").append(str(c.to().toString()))
                .append("},\n");
        sb.append("  \"generated_at\": ").append(str(c.generatedAt().toString())).append(",\n");
        var s = r.summary();
        sb.append("  \"summary\": {\"acts\": ").append(s.acts()).append(", \"students\": ").append(s.students())
                .append(", \"students_who_took_part\": ").append(s.studentsWhoTookPart())
                .append(", \"took_part_share\": ").append(num(s.tookPartShare()))
                .append(", \"self_kindness_share\": ").append(num(s.selfKindnessShare())).append(", \"goals\": [");
        join(sb, s.goals(), g -> "{\"challenge_id\": " + g.challengeId() + ", \"title\": " + str(g.title()) + ", \"count\": "
                + g.count() + ", \"goal\": " + g.goal() + "}");
        sb.append("]},\n  \"acts_per_week\": [");
        join(sb, r.weeks(), w -> "{\"week_of\": " + str(w.monday().toString()) + ", \"acts\": " + w.acts() + "}");
        sb.append("],\n  \"acts_by_category\": [");
        join(sb, r.categories(), k -> "{\"category\": " + str(k.category().name()) + ", \"acts\": " + k.acts() + "}");
        sb.append("],\n  \"ripples\": {\"count\": ").append(r.ripples().count()).append(", \"longest_chain\": ")
                .append(r.ripples().longestLength()).append("},\n");
        var l = r.lessons();
        sb.append("  \"lessons\": {\"delivered\": ").append(l.delivered()).append(", \"due_so_far\": ")
                .append(l.progress().due()).append(", \"completion\": ").append(num(l.progress().completion()))
                .append(", \"in_term_plan\": ").append(l.progress().inPlan()).append(", \"term_plan_progress\": ")
                .append(num(l.progress().planProgress()))
                .append(", \"total_minutes\": ").append(l.totalMinutes()).append(", \"deliveries\": [");
        join(sb, l.deliveries(), (Delivery d) -> "{\"id\": " + d.id() + ", \"date\": " + str(d.deliveredOn().toString())
                + ", \"lesson\": " + str(d.title()) + ", \"minutes\": " + d.minutes() + ", \"components\": " + strs(d.components()) + "}");
        sb.append("]},\n  \"dose\": [");
        join(sb, r.participation(), d -> "{\"student\": " + str(d.name()) + ", \"attended\": " + d.attended() + ", \"delivered\": "
                + d.delivered() + ", \"made_up\": " + d.madeUp() + ", \"left\": " + d.left() + "}");
        sb.append("],\n  \"attitude\": [");
        join(sb, r.attitude(), b -> {
            var f = b.figures();
            String figures = f == null ? "null" : "{\"pairs\": " + f.pairs() + ", \"pre_mean\": " + dec(f.preMean())
                    + ", \"post_mean\": " + dec(f.postMean()) + ", \"mean_difference\": " + dec(f.meanDifference())
                    + ", \"ci_low\": " + dec(f.ciLow()) + ", \"ci_high\": " + dec(f.ciHigh()) + ", \"dz\": "
                    + (f.dz() == null ? "null" : dec(f.dz())) + ", \"worsened_share\": " + dec(f.worsenedShare()) + "}";
            return "{\"instrument\": " + str(b.instrumentCode()) + ", \"title\": " + str(b.title()) + ", \"validated\": "
                    + b.validated() + ", \"citation\": " + str(b.citation()) + ", \"suppressed\": " + (f == null)
                    + ", \"figures\": " + figures + "}";
        });
        sb.append("],\n  \"highlights\": [");
        join(sb, r.highlights(), h -> "{\"act_id\": " + h.actId() + ", \"text\": " + str(h.text()) + ", \"category\": "
                + str(h.category().name()) + ", \"date\": " + str(h.on().toString()) + "}");
        sb.append("],\n  \"closing_paragraph\": ").append(str(r.closingParagraph())).append(",\n  \"acts\": [");
        join(sb, acts, a -> "{\"id\": " + a.id() + ", \"date\": " + str(a.on().toString()) + ", \"challenge\": " + str(a.challenge())
                + ", \"category\": " + str(a.category().name()) + ", \"recipient\": " + str(a.recipient()) + ", \"status\": "
                + str(a.status()) + ", \"text\": " + str(a.text()) + ", \"inspired_by\": " + a.inspiredBy() + "}");
        sb.append("],\n  \"participation\": [");
        join(sb, participation, p -> "{\"student\": " + str(p.student()) + ", \"lesson_date\": " + str(p.deliveredOn().toString())
                + ", \"lesson\": " + str(p.lesson()) + ", \"status\": " + str(p.status()) + ", \"made_up_on\": "
                + str(p.madeUpOn() == null ? null : p.madeUpOn().toString()) + "}");
        sb.append("]\n}\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static <T> void join(StringBuilder sb, List<T> items, java.util.function.Function<T, String> f) {
        for (int i = 0; i < items.size(); i++) {
            sb.append(i == 0 ? "\n    " : ",\n    ").append(f.apply(items.get(i)));
        }
        if (!items.isEmpty()) {
            sb.append("\n  ");
        }
    }

    static String str(@Nullable String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20 || ch == 0x2028 || ch == 0x2029) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String strs(List<String> list) {
        return "[" + String.join(", ", list.stream().map(Exports::str).toList()) + "]";
    }

    private static String num(@Nullable Double d) {
        return d == null ? "null" : dec(d);
    }

    private static String dec(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }

    private static String share(@Nullable Double d) {
        return d == null ? "" : dec(d);
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    /** Through the one export writer: RFC 4180, UTF-8 BOM, formula cells neutralised. */
    static byte[] csv(List<List<String>> rows) {
        return CsvExport.bytes(rows);
    }
}

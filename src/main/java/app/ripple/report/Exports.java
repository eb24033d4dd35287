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
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs see the accents, CRLF line
 * ends) and JSON of the same data as the class report. Column names are stable English
 * identifiers so scripts can rely on them; values are not localised (ISO dates, dot decimals).
 * The acts list has no student column and no words for private or unapproved acts. The JSON is
 * written with Jackson (escaping included); decimals have 4 places, as in the CSV.
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

    /** Pretty-printed with {@code "name": value} (a space after the colon only), one field per line. */
    private static final ObjectWriter JSON = JsonMapper.builder().build().writer().with(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER)));

    static byte[] json(ClassReport r, List<ActRow> acts, List<ParticipationRow> participation) {
        var c = r.cover();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringProperty("format", "ripple-class-report/1");
            g.writeStringProperty("school", c.schoolName());
            g.writeObjectPropertyStart("class");
            g.writeNumberProperty("id", c.classId());
            g.writeStringProperty("name", c.className());
            strings(g, "teachers", c.teachers());
            g.writeEndObject();
            g.writeObjectPropertyStart("term");
            g.writeName("id");
            if (c.termId() == null) {
                g.writeNull();
            } else {
                g.writeNumber(c.termId());
            }
            g.writeStringProperty("name", c.termName());
            g.writeStringProperty("from", c.from().toString());
            g.writeStringProperty("to", c.to().toString());
            g.writeEndObject();
            g.writeStringProperty("generated_at", c.generatedAt().toString());

            var s = r.summary();
            g.writeObjectPropertyStart("summary");
            g.writeNumberProperty("acts", s.acts());
            g.writeNumberProperty("students", s.students());
            g.writeNumberProperty("students_who_took_part", s.studentsWhoTookPart());
            decimal(g, "took_part_share", s.tookPartShare());
            decimal(g, "self_kindness_share", s.selfKindnessShare());
            g.writeArrayPropertyStart("goals");
            for (Goal goal : s.goals()) {
                g.writeStartObject();
                g.writeNumberProperty("challenge_id", goal.challengeId());
                g.writeStringProperty("title", goal.title());
                g.writeNumberProperty("count", goal.count());
                g.writeNumberProperty("goal", goal.goal());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();

            g.writeArrayPropertyStart("acts_per_week");
            for (WeekCount w : r.weeks()) {
                g.writeStartObject();
                g.writeStringProperty("week_of", w.monday().toString());
                g.writeNumberProperty("acts", w.acts());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("acts_by_category");
            for (CategoryCount k : r.categories()) {
                g.writeStartObject();
                g.writeStringProperty("category", k.category().name());
                g.writeNumberProperty("acts", k.acts());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectPropertyStart("ripples");
            g.writeNumberProperty("count", r.ripples().count());
            g.writeNumberProperty("longest_chain", r.ripples().longestLength());
            g.writeEndObject();

            var l = r.lessons();
            g.writeObjectPropertyStart("lessons");
            g.writeNumberProperty("delivered", l.delivered());
            g.writeNumberProperty("due_so_far", l.progress().due());
            decimal(g, "completion", l.progress().completion());
            g.writeNumberProperty("in_term_plan", l.progress().inPlan());
            decimal(g, "term_plan_progress", l.progress().planProgress());
            g.writeNumberProperty("total_minutes", l.totalMinutes());
            g.writeArrayPropertyStart("deliveries");
            for (Delivery d : l.deliveries()) {
                g.writeStartObject();
                g.writeNumberProperty("id", d.id());
                g.writeStringProperty("date", d.deliveredOn().toString());
                g.writeStringProperty("lesson", d.title());
                g.writeNumberProperty("minutes", d.minutes());
                strings(g, "components", d.components());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();

            g.writeArrayPropertyStart("dose");
            for (DoseRow d : r.participation()) {
                g.writeStartObject();
                g.writeStringProperty("student", d.name());
                g.writeNumberProperty("attended", d.attended());
                g.writeNumberProperty("delivered", d.delivered());
                g.writeNumberProperty("made_up", d.madeUp());
                g.writeBooleanProperty("left", d.left());
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeArrayPropertyStart("attitude");
            for (AttitudeBlock b : r.attitude()) {
                var f = b.figures();
                g.writeStartObject();
                g.writeStringProperty("instrument", b.instrumentCode());
                g.writeStringProperty("title", b.title());
                g.writeBooleanProperty("validated", b.validated());
                g.writeStringProperty("citation", b.citation());
                g.writeBooleanProperty("suppressed", f == null);
                if (f == null) {
                    g.writeNullProperty("figures");
                } else {
                    g.writeObjectPropertyStart("figures");
                    g.writeNumberProperty("pairs", f.pairs());
                    decimal(g, "pre_mean", f.preMean());
                    decimal(g, "post_mean", f.postMean());
                    decimal(g, "mean_difference", f.meanDifference());
                    decimal(g, "ci_low", f.ciLow());
                    decimal(g, "ci_high", f.ciHigh());
                    decimal(g, "dz", f.dz());
                    decimal(g, "worsened_share", f.worsenedShare());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeArrayPropertyStart("highlights");
            for (var h : r.highlights()) {
                g.writeStartObject();
                g.writeNumberProperty("act_id", h.actId());
                g.writeStringProperty("text", h.text());
                g.writeStringProperty("category", h.category().name());
                g.writeStringProperty("date", h.on().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringProperty("closing_paragraph", r.closingParagraph());

            g.writeArrayPropertyStart("acts");
            for (ActRow a : acts) {
                g.writeStartObject();
                g.writeNumberProperty("id", a.id());
                g.writeStringProperty("date", a.on().toString());
                g.writeStringProperty("challenge", a.challenge());
                g.writeStringProperty("category", a.category().name());
                g.writeStringProperty("recipient", a.recipient());
                g.writeStringProperty("status", a.status());
                g.writeStringProperty("text", a.text());
                g.writeName("inspired_by");
                if (a.inspiredBy() == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(a.inspiredBy());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("participation");
            for (ParticipationRow p : participation) {
                g.writeStartObject();
                g.writeStringProperty("student", p.student());
                g.writeStringProperty("lesson_date", p.deliveredOn().toString());
                g.writeStringProperty("lesson", p.lesson());
                g.writeStringProperty("status", p.status());
                g.writeStringProperty("made_up_on", p.madeUpOn() == null ? null : p.madeUpOn().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) {
        g.writeArrayPropertyStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** A figure with 4 decimals (as in the CSV), or null when there is none. */
    private static void decimal(JsonGenerator g, String name, @Nullable Double value) {
        if (value == null || !Double.isFinite(value)) {
            g.writeNullProperty(name);
        } else {
            g.writeNumberProperty(name, BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP));
        }
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

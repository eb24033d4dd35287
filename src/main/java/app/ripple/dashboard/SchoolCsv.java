package app.ripple.dashboard;

import app.ripple.dashboard.DashboardRecords.ClassRow;
import app.ripple.dashboard.DashboardRecords.SchoolOverview;
import java.util.Locale;

/**
 * The school overview table as CSV (UTF-8 with a BOM so spreadsheet programs read accents; comma
 * separated; shares as plain numbers 0..100 with a dot). Cells that a spreadsheet would run as a
 * formula get a leading apostrophe.
 */
final class SchoolCsv {

    private SchoolCsv() {
    }

    static String csv(SchoolOverview o, String[] headers) {
        StringBuilder out = new StringBuilder("\uFEFF");
        row(out, headers);
        for (ClassRow c : o.classes()) {
            row(out, c.className(), c.teachers(), Integer.toString(c.students()), Integer.toString(c.acts()),
                    Integer.toString(c.lessons().delivered()), Integer.toString(c.lessons().progress().due()),
                    percent(c.lessons().completion()), Integer.toString(c.lessons().progress().inPlan()),
                    percent(c.lessons().progress().planProgress()), percent(c.lessons().averageDose()));
        }
        return out.toString();
    }

    private static String percent(@org.jspecify.annotations.Nullable Double fraction) {
        return fraction == null ? "" : String.format(Locale.ROOT, "%.1f", fraction * 100);
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}

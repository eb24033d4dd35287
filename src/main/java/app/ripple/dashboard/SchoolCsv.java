package app.ripple.dashboard;

import app.ripple.base.CsvExport;
import app.ripple.dashboard.DashboardRecords.ClassRow;
import app.ripple.dashboard.DashboardRecords.SchoolOverview;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The school overview table as CSV, written by {@link CsvExport} (UTF-8 with a BOM, formula cells
 * neutralised); shares as plain numbers 0..100 with a dot.
 */
final class SchoolCsv {

    private SchoolCsv() {
    }

    static String csv(SchoolOverview o, String[] headers) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(headers));
        for (ClassRow c : o.classes()) {
            rows.add(List.of(c.className(), c.teachers(), Integer.toString(c.students()), Integer.toString(c.acts()),
                    Integer.toString(c.lessons().delivered()), Integer.toString(c.lessons().progress().due()),
                    percent(c.lessons().completion()), Integer.toString(c.lessons().progress().inPlan()),
                    percent(c.lessons().progress().planProgress()), percent(c.lessons().averageDose())));
        }
        return new String(CsvExport.bytes(rows), StandardCharsets.UTF_8);
    }

    private static String percent(@org.jspecify.annotations.Nullable Double fraction) {
        return fraction == null ? "" : String.format(Locale.ROOT, "%.1f", fraction * 100);
    }
}

package app.ripple.dashboard;

import app.ripple.base.CsvExport;
import app.ripple.dashboard.DistrictRecords.DistrictOverview;
import app.ripple.dashboard.DistrictRecords.SchoolAttitude;
import app.ripple.dashboard.DistrictRecords.SchoolFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The district overview as CSV, one row per school (alphabetical), written by {@link CsvExport} (UTF-8
 * with a BOM, formula cells neutralised, so a school named "=cmd" stays text). Shares are plain numbers
 * 0..100 with a dot, dates ISO, as in the school overview's CSV. Attitude results appear only for
 * schools with at least 5 pairs: "instrument: pairs; mean before; mean after; mean change".
 */
final class DistrictCsv {

    private DistrictCsv() {
    }

    static byte[] csv(DistrictOverview o, String[] headers) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(headers));
        for (SchoolFigures s : o.schools()) {
            rows.add(List.of(s.schoolName(), s.term() == null ? "" : s.term().name(), s.range().from().toString(),
                    s.range().to().toString(), Integer.toString(s.classes()), Integer.toString(s.acts()),
                    Integer.toString(s.lessons().delivered()), Integer.toString(s.lessons().due()), percent(s.completion()),
                    percent(s.participation()), attitude(s.attitude())));
        }
        return CsvExport.bytes(rows);
    }

    static String attitude(List<SchoolAttitude> results) {
        List<String> parts = new ArrayList<>();
        for (SchoolAttitude a : results) {
            var f = a.figures();
            parts.add(String.format(Locale.ROOT, "%s: %d; %.2f; %.2f; %+.2f", a.instrumentCode(), f.n(), f.preMean(), f.postMean(),
                    f.meanDifference()));
        }
        return String.join(" | ", parts);
    }

    static String percent(@Nullable Double fraction) {
        return fraction == null ? "" : String.format(Locale.ROOT, "%.1f", fraction * 100);
    }
}

package app.ripple.lesson.attitude;

import static app.ripple.lesson.attitude.InstrumentImporter.*;

import app.ripple.base.CsvInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The CSV instrument format (see {@link InstrumentImporter}): {@link CsvInput} reads the records,
 * comma-separated or, when the first line has a semicolon and no comma (as spreadsheets in many
 * European locales save it), semicolon-separated; this class turns metadata lines, the header and
 * the item lines into an {@link InstrumentDraft}.
 */
final class CsvInstrumentReader {

    private static final Set<String> METADATA = Set.of("id", "title", "citation", "language", "validated", "scoring",
            "scale", "labels");

    private CsvInstrumentReader() {
    }

    static char separator(String s) {
        int end = 0;
        while (end < s.length() && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
            end++;
        }
        String first = s.substring(0, end);
        return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
    }

    static ImportResult read(String text, Set<String> takenIds, List<ImportProblem> problems) {
        InstrumentDraft d = new InstrumentDraft(problems);
        List<CsvInput.Row> rows = CsvInput.read(text, separator(text), Integer.MAX_VALUE).rows();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> columns = null;
        for (CsvInput.Row row : rows) {
            if (row.unclosedQuote()) {
                problems.add(ImportProblem.of(row.line(), "", CSV_UNCLOSED_QUOTE));
                return new ImportResult.Refused(problems);
            }
            String first = row.field(0).strip();
            if (columns == null) {
                String key = first.toLowerCase(Locale.ROOT);
                if (key.startsWith("#")) {
                    continue;
                }
                if (key.equals("item")) {
                    columns = header(row, problems);
                    d.itemsLine = row.line();
                    d.itemsMissing = columns.isEmpty();
                    continue;
                }
                if (!METADATA.contains(key)) {
                    problems.add(ImportProblem.of(row.line(), first, UNKNOWN_FIELD, first));
                    continue;
                }
                Integer before = seen.putIfAbsent(key, row.line());
                if (before != null) {
                    problems.add(ImportProblem.of(row.line(), key, CSV_DUPLICATE_METADATA, key, before));
                    continue;
                }
                List<String> values = trailingTrimmed(row.fields().subList(1, row.fields().size()));
                boolean single = !key.equals("scale") && !key.equals("labels");
                if (single && values.size() > 1) {
                    problems.add(ImportProblem.of(row.line(), key, CSV_TOO_MANY_COLUMNS, values.size() + 1, 2));
                }
                String value = values.isEmpty() ? "" : values.get(0);
                switch (key) {
                    case "id" -> {
                        d.id = value;
                        d.idLine = row.line();
                    }
                    case "title" -> {
                        d.title = value;
                        d.titleLine = row.line();
                    }
                    case "citation" -> {
                        d.citation = value;
                        d.citationLine = row.line();
                    }
                    case "language" -> {
                        d.language = value;
                        d.languageLine = row.line();
                    }
                    case "scoring" -> {
                        d.scoring = value;
                        d.scoringLine = row.line();
                    }
                    case "validated" -> {
                        Boolean b = yesNo(value);
                        if (b == null) {
                            problems.add(ImportProblem.of(row.line(), "validated", NOT_YES_NO, value));
                        } else {
                            d.validated = b;
                        }
                    }
                    case "scale" -> {
                        d.scaleLine = row.line();
                        if (values.size() > 2) {
                            problems.add(ImportProblem.of(row.line(), key, CSV_TOO_MANY_COLUMNS, values.size() + 1, 3));
                        }
                        d.min = csvInt(values.isEmpty() ? "" : values.get(0), row.line(), "scale.min", problems);
                        d.max = csvInt(values.size() < 2 ? "" : values.get(1), row.line(), "scale.max", problems);
                        d.boundsBad = d.min == null || d.max == null;
                    }
                    default -> { // labels
                        d.labels = new ArrayList<>();
                        d.labelsLine = row.line();
                        for (int k = 0; k < values.size(); k++) {
                            d.labels.add(new InstrumentDraft.Located(row.line(), "labels[" + (k + 1) + "]", values.get(k)));
                        }
                    }
                }
            } else {
                if (columns.isEmpty()) {
                    continue; // the header was refused; its problems say why
                }
                int width = columns.size();
                List<String> fields = trailingTrimmed(row.fields());
                if (fields.size() > width) {
                    problems.add(ImportProblem.of(row.line(), "", CSV_TOO_MANY_COLUMNS, fields.size(), width));
                }
                Integer reverseColumn = columns.get("reverse");
                boolean reverse = false;
                if (reverseColumn != null) {
                    String r = row.field(reverseColumn).strip();
                    Boolean b = yesNo(r);
                    if (b == null) {
                        problems.add(ImportProblem.of(row.line(), "reverse", NOT_YES_NO, r));
                    } else {
                        reverse = b;
                    }
                }
                Integer idColumn = columns.get("id");
                String id = idColumn == null ? null : row.field(idColumn);
                d.items.add(new InstrumentDraft.DraftItem(row.line(), "item", row.field(columns.get("item")), id, false, reverse));
            }
        }
        if (columns == null) {
            problems.add(ImportProblem.of(0, "item", CSV_NO_HEADER));
            d.itemsMissing = true;
        }
        if (d.scaleLine == 0) {
            problems.add(ImportProblem.of(0, "scale", MISSING));
            d.scaleMissing = true;
        }
        return d.finish(takenIds, "", "id");
    }

    private static Map<String, Integer> header(CsvInput.Row row, List<ImportProblem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> fields = trailingTrimmed(row.fields());
        boolean bad = false;
        for (int k = 0; k < fields.size(); k++) {
            String name = fields.get(k).strip().toLowerCase(Locale.ROOT);
            if (!Set.of("item", "reverse", "id").contains(name)) {
                problems.add(ImportProblem.of(row.line(), name, CSV_UNKNOWN_COLUMN, fields.get(k).strip()));
                bad = true;
            } else if (columns.putIfAbsent(name, k) != null) {
                problems.add(ImportProblem.of(row.line(), name, CSV_DUPLICATE_COLUMN, name));
                bad = true;
            }
        }
        return bad ? Map.of() : columns;
    }

    private static List<String> trailingTrimmed(List<String> fields) {
        int end = fields.size();
        while (end > 0 && fields.get(end - 1).isBlank()) {
            end--;
        }
        return fields.subList(0, end);
    }

    private static @Nullable Boolean yesNo(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "", "no", "n", "false", "0" -> Boolean.FALSE;
            case "yes", "y", "true", "1", "sí", "si", "s" -> Boolean.TRUE;
            default -> null;
        };
    }

    private static @Nullable Integer csvInt(String value, int line, String field, List<ImportProblem> problems) {
        String v = value.strip();
        if (v.isEmpty()) {
            problems.add(ImportProblem.of(line, field, MISSING));
            return null;
        }
        if (!v.matches("-?[0-9]{1,9}")) {
            problems.add(ImportProblem.of(line, field, NOT_WHOLE_NUMBER, v));
            return null;
        }
        return Integer.parseInt(v);
    }
}

package app.ripple.lesson.attitude;

import app.ripple.base.Utf8;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Imports a school-licensed instrument (for example a stigma scale the school holds a licence for)
 * from a JSON or CSV file. Ripple never ships such item text; the school brings its own copy. The
 * result is the {@link Instrument} (origin {@link Instrument.Origin#IMPORTED}) or every problem found,
 * each with its line, field and message key ({@code vaadin-i18n/attitude.properties}). No input
 * makes it throw.
 *
 * <h2>JSON</h2>
 * <pre>{@code
 * {
 *   "id": "school-stigma-scale",          required, [a-z0-9][a-z0-9._-]*, at most 64 characters,
 *                                          not used by another instrument
 *   "title": "…",                          required, at most 200 characters
 *   "citation": "…",                       required (the credit printed with the scale), at most 1000
 *   "language": "en",                      optional, "en" (default) or "es"
 *   "validated": true,                     optional, default false ("not a validated instrument")
 *   "scoring": "mean",                     optional; only "mean" (mean after reverse-scoring)
 *   "scale": {"min": 1, "max": 5,          required whole numbers, 0 <= min < max <= 10
 *             "labels": ["…", …]},         optional, exactly max - min + 1 labels, each at most 60
 *   "items": [                             required, 2 to 60 items
 *     {"text": "…",                        required, at most 300 characters
 *      "reverse": true,                    optional, default false
 *      "id": "q1"}                         optional, default "item-<number>"; unique
 *   ]
 * }
 * }</pre>
 * Unknown fields and duplicate keys are refused (they are usually typos such as {@code "reversed"}).
 *
 * <h2>CSV</h2>
 * UTF-8, comma-separated (semicolons when the first line has no comma). First metadata lines, one
 * {@code key,value} per line (keys as in JSON; lines starting with {@code #} are comments), then
 * the header {@code item,reverse} (optionally {@code ,id}), then one item per line:
 * <pre>
 * id,school-stigma-scale
 * title,Our licensed stigma scale
 * citation,"Author, A. (2020). Journal 1(2). Licensed to Example School."
 * language,en
 * validated,yes
 * scale,1,5
 * labels,Strongly disagree,Disagree,Neither,Agree,Strongly agree
 * item,reverse,id
 * "First statement",no,q1
 * "Second statement",yes,q2
 * </pre>
 * {@code reverse} and {@code validated} accept yes/no, true/false, 1/0, sí/si (empty is no).
 *
 * <h2>Both</h2>
 * Text is plain text: markup such as {@code <b>} is kept literally and must be shown escaped,
 * never interpreted. Texts are trimmed and NFC-normalised; control characters (line breaks, tabs)
 * and invisible format characters are refused. Files are at most {@value #MAX_BYTES} bytes of UTF-8;
 * binary files, UTF-16 and invalid UTF-8 are refused.
 */
public final class InstrumentImporter {

    public static final int MAX_BYTES = 256 * 1024;
    public static final int MAX_TITLE = 200;
    public static final int MAX_CITATION = 1000;
    public static final int MAX_ITEM_TEXT = 300;
    public static final int MAX_LABEL = 60;

    private static final String P = "attitude.import.";
    public static final String FILE_EMPTY = P + "file.empty";
    public static final String FILE_TOO_LARGE = P + "file.tooLarge";
    public static final String FILE_BINARY = P + "file.binary";
    public static final String FILE_NOT_UTF8 = P + "file.notUtf8";
    public static final String JSON_SYNTAX = P + "json.syntax";
    public static final String JSON_TOO_DEEP = P + "json.tooDeep";
    public static final String JSON_DUPLICATE_FIELD = P + "json.duplicateField";
    public static final String JSON_NOT_OBJECT = P + "json.notObject";
    public static final String JSON_NOT_LIST = P + "json.notList";
    public static final String JSON_NOT_TEXT = P + "json.notText";
    public static final String JSON_NOT_BOOLEAN = P + "json.notBoolean";
    public static final String NOT_WHOLE_NUMBER = P + "notWholeNumber";
    public static final String NOT_YES_NO = P + "notYesNo";
    public static final String UNKNOWN_FIELD = P + "unknownField";
    public static final String MISSING = P + "missing";
    public static final String TOO_LONG = P + "tooLong";
    public static final String INVALID_CHARACTERS = P + "invalidCharacters";
    public static final String BAD_ID = P + "badId";
    public static final String ID_TAKEN = P + "idTaken";
    public static final String LANGUAGE_UNSUPPORTED = P + "languageUnsupported";
    public static final String SCORING_UNSUPPORTED = P + "scoringUnsupported";
    public static final String SCALE_BOUNDS = P + "scaleBounds";
    public static final String LABEL_COUNT = P + "labelCount";
    public static final String TOO_FEW_ITEMS = P + "tooFewItems";
    public static final String TOO_MANY_ITEMS = P + "tooManyItems";
    public static final String DUPLICATE_ITEM_ID = P + "duplicateItemId";
    public static final String DUPLICATE_ITEM_TEXT = P + "duplicateItemText";
    public static final String CSV_NO_HEADER = P + "csv.noHeader";
    public static final String CSV_UNKNOWN_COLUMN = P + "csv.unknownColumn";
    public static final String CSV_DUPLICATE_COLUMN = P + "csv.duplicateColumn";
    public static final String CSV_TOO_MANY_COLUMNS = P + "csv.tooManyColumns";
    public static final String CSV_DUPLICATE_METADATA = P + "csv.duplicateMetadata";
    public static final String CSV_UNCLOSED_QUOTE = P + "csv.unclosedQuote";

    /** Every message key, for the bundle test. */
    public static final List<String> MESSAGE_KEYS = List.of(FILE_EMPTY, FILE_TOO_LARGE, FILE_BINARY, FILE_NOT_UTF8,
            JSON_SYNTAX, JSON_TOO_DEEP, JSON_DUPLICATE_FIELD, JSON_NOT_OBJECT, JSON_NOT_LIST, JSON_NOT_TEXT,
            JSON_NOT_BOOLEAN, NOT_WHOLE_NUMBER, NOT_YES_NO, UNKNOWN_FIELD, MISSING, TOO_LONG, INVALID_CHARACTERS,
            BAD_ID, ID_TAKEN, LANGUAGE_UNSUPPORTED, SCORING_UNSUPPORTED, SCALE_BOUNDS, LABEL_COUNT, TOO_FEW_ITEMS,
            TOO_MANY_ITEMS, DUPLICATE_ITEM_ID, DUPLICATE_ITEM_TEXT, CSV_NO_HEADER, CSV_UNKNOWN_COLUMN,
            CSV_DUPLICATE_COLUMN, CSV_TOO_MANY_COLUMNS, CSV_DUPLICATE_METADATA, CSV_UNCLOSED_QUOTE);

    private static final Set<String> LANGUAGES = Set.of("en", "es");
    private static final Set<String> METADATA = Set.of("id", "title", "citation", "language", "validated", "scoring",
            "scale", "labels");

    private InstrumentImporter() {
    }

    /** JSON or CSV, judged by the file name ({@code .json}, else CSV) or, without one, by a leading {@code {}. */
    public static ImportResult fromFile(@Nullable String fileName, byte[] content, Set<String> takenIds) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return fromJson(content, takenIds);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return fromCsv(content, takenIds);
        }
        for (byte b : content) {
            if (b == '{') {
                return fromJson(content, takenIds);
            }
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                break;
            }
        }
        return fromCsv(content, takenIds);
    }

    /** Reads the JSON format. {@code takenIds}: ids of instruments the school already has (built-ins are added). */
    public static ImportResult fromJson(byte[] content, Set<String> takenIds) {
        List<ImportProblem> problems = new ArrayList<>();
        String text = decode(content, problems);
        if (text == null) {
            return new ImportResult.Refused(problems);
        }
        Json.Result parsed = Json.parse(text);
        Json.Value root = parsed.value();
        if (root == null) {
            String error = parsed.error() == null ? JSON_SYNTAX : parsed.error();
            problems.add(parsed.arg().isEmpty()
                    ? ImportProblem.of(parsed.errorLine(), "", error)
                    : ImportProblem.of(parsed.errorLine(), "", error, parsed.arg()));
            return new ImportResult.Refused(problems);
        }
        if (!(root instanceof Json.Obj obj)) {
            problems.add(ImportProblem.of(root.line(), "", JSON_NOT_OBJECT));
            return new ImportResult.Refused(problems);
        }
        Draft d = new Draft(problems);
        Set<String> known = Set.of("id", "title", "citation", "language", "validated", "scoring", "scale", "items");
        for (var e : obj.members().entrySet()) {
            if (!known.contains(e.getKey())) {
                problems.add(ImportProblem.of(e.getValue().line(), e.getKey(), UNKNOWN_FIELD, e.getKey()));
            }
        }
        d.id = jsonText(obj, "id", problems);
        d.idLine = lineOf(obj, "id");
        d.title = jsonText(obj, "title", problems);
        d.titleLine = lineOf(obj, "title");
        d.citation = jsonText(obj, "citation", problems);
        d.citationLine = lineOf(obj, "citation");
        if (obj.members().containsKey("language")) {
            d.language = jsonText(obj, "language", problems);
            d.languageLine = lineOf(obj, "language");
        }
        if (obj.members().get("validated") instanceof Json.Value v) {
            if (v instanceof Json.Bool b) {
                d.validated = b.value();
            } else {
                problems.add(ImportProblem.of(v.line(), "validated", JSON_NOT_BOOLEAN));
            }
        }
        if (obj.members().containsKey("scoring")) {
            d.scoring = jsonText(obj, "scoring", problems);
            d.scoringLine = lineOf(obj, "scoring");
        }
        Json.Value scale = obj.members().get("scale");
        if (scale == null) {
            problems.add(ImportProblem.of(obj.line(), "scale", MISSING));
            d.scaleMissing = true;
        } else if (!(scale instanceof Json.Obj s)) {
            problems.add(ImportProblem.of(scale.line(), "scale", JSON_NOT_OBJECT));
            d.scaleMissing = true;
        } else {
            d.scaleLine = s.line();
            for (var e : s.members().entrySet()) {
                if (!Set.of("min", "max", "labels").contains(e.getKey())) {
                    problems.add(ImportProblem.of(e.getValue().line(), "scale." + e.getKey(), UNKNOWN_FIELD,
                            "scale." + e.getKey()));
                }
            }
            d.min = jsonInt(s, "min", "scale.min", problems);
            d.max = jsonInt(s, "max", "scale.max", problems);
            d.boundsBad = d.min == null || d.max == null;
            Json.Value labels = s.members().get("labels");
            if (labels != null) {
                if (labels instanceof Json.Arr a) {
                    d.labels = new ArrayList<>();
                    d.labelsLine = a.line();
                    int k = 0;
                    for (Json.Value l : a.elements()) {
                        k++;
                        if (l instanceof Json.Str str) {
                            d.labels.add(new Located(l.line(), "scale.labels[" + k + "]", str.value()));
                        } else {
                            problems.add(ImportProblem.of(l.line(), "scale.labels[" + k + "]", JSON_NOT_TEXT));
                            d.labels.add(new Located(l.line(), "scale.labels[" + k + "]", null));
                        }
                    }
                } else {
                    problems.add(ImportProblem.of(labels.line(), "scale.labels", JSON_NOT_LIST));
                }
            }
        }
        Json.Value items = obj.members().get("items");
        if (items == null) {
            problems.add(ImportProblem.of(obj.line(), "items", MISSING));
            d.itemsMissing = true;
        } else if (!(items instanceof Json.Arr arr)) {
            problems.add(ImportProblem.of(items.line(), "items", JSON_NOT_LIST));
            d.itemsMissing = true;
        } else {
            d.itemsLine = arr.line();
            int k = 0;
            for (Json.Value v : arr.elements()) {
                k++;
                String f = "items[" + k + "]";
                if (!(v instanceof Json.Obj io)) {
                    problems.add(ImportProblem.of(v.line(), f, JSON_NOT_OBJECT));
                    d.items.add(new DraftItem(v.line(), f, null, null, false, false));
                    continue;
                }
                for (var e : io.members().entrySet()) {
                    if (!Set.of("text", "reverse", "id").contains(e.getKey())) {
                        problems.add(ImportProblem.of(e.getValue().line(), f + "." + e.getKey(), UNKNOWN_FIELD,
                                e.getKey()));
                    }
                }
                boolean reverse = false;
                if (io.members().get("reverse") instanceof Json.Value r) {
                    if (r instanceof Json.Bool b) {
                        reverse = b.value();
                    } else {
                        problems.add(ImportProblem.of(r.line(), f + ".reverse", JSON_NOT_BOOLEAN));
                    }
                }
                boolean idGiven = io.members().containsKey("id");
                String id = idGiven ? jsonText(io, "id", f + ".id", problems) : null;
                String itemText = jsonText(io, "text", f + ".text", problems);
                d.items.add(new DraftItem(io.line(), f, itemText, id, idGiven && id == null, reverse));
            }
        }
        return d.finish(takenIds, ".text", ".id");
    }

    /** Reads the CSV format. {@code takenIds}: ids of instruments the school already has (built-ins are added). */
    public static ImportResult fromCsv(byte[] content, Set<String> takenIds) {
        List<ImportProblem> problems = new ArrayList<>();
        String text = decode(content, problems);
        if (text == null) {
            return new ImportResult.Refused(problems);
        }
        Draft d = new Draft(problems);
        List<Csv.Row> rows = Csv.read(text);
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> columns = null;
        for (Csv.Row row : rows) {
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
                            d.labels.add(new Located(row.line(), "labels[" + (k + 1) + "]", values.get(k)));
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
                d.items.add(new DraftItem(row.line(), "item", row.field(columns.get("item")), id, false, reverse));
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

    private static Map<String, Integer> header(Csv.Row row, List<ImportProblem> problems) {
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

    private static @Nullable Integer jsonInt(Json.Obj obj, String key, String field, List<ImportProblem> problems) {
        Json.Value v = obj.members().get(key);
        if (v == null) {
            problems.add(ImportProblem.of(obj.line(), field, MISSING));
            return null;
        }
        Integer i = v instanceof Json.Num n ? n.intValue() : null;
        if (i == null) {
            problems.add(ImportProblem.of(v.line(), field, NOT_WHOLE_NUMBER,
                    v instanceof Json.Num n ? n.text() : v instanceof Json.Str s ? s.value() : ""));
        }
        return i;
    }

    private static @Nullable String jsonText(Json.Obj obj, String key, List<ImportProblem> problems) {
        return jsonText(obj, key, key, problems);
    }

    /** The text of a member, "" when it is missing (reported later), null when it is not text (reported now). */
    private static @Nullable String jsonText(Json.Obj obj, String key, String field, List<ImportProblem> problems) {
        Json.Value v = obj.members().get(key);
        if (v == null) {
            return "";
        }
        if (v instanceof Json.Str s) {
            return s.value();
        }
        problems.add(ImportProblem.of(v.line(), field, JSON_NOT_TEXT));
        return null;
    }

    private static int lineOf(Json.Obj obj, String key) {
        Json.Value v = obj.members().get(key);
        return v == null ? obj.line() : v.line();
    }

    private static @Nullable String decode(byte[] content, List<ImportProblem> problems) {
        if (content.length == 0) {
            problems.add(ImportProblem.of(0, "", FILE_EMPTY));
            return null;
        }
        if (content.length > MAX_BYTES) {
            problems.add(ImportProblem.of(0, "", FILE_TOO_LARGE, MAX_BYTES / 1024));
            return null;
        }
        if (content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
            problems.add(ImportProblem.of(0, "", FILE_NOT_UTF8)); // UTF-16 "Unicode text"
            return null;
        }
        int nul = Utf8.lineOfFirst(content, (byte) 0);
        if (nul > 0) {
            problems.add(ImportProblem.of(nul, "", FILE_BINARY));
            return null;
        }
        Utf8.Decoded decoded = Utf8.decode(content);
        String text = decoded.text();
        if (text == null) {
            // The line of the first broken byte, so the coordinator can find it (never a silent U+FFFD).
            problems.add(ImportProblem.of(decoded.badLine(), "", FILE_NOT_UTF8));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            problems.add(ImportProblem.of(0, "", FILE_EMPTY));
            return null;
        }
        return text;
    }

    private record Located(int line, String field, @Nullable String value) {
    }

    /**
     * {@code id} null and {@code idBad} false: not given (a default is used); {@code idBad}: not a text,
     * already reported; {@code text} null: not a text, already reported.
     */
    private record DraftItem(int line, String field, @Nullable String text, @Nullable String id, boolean idBad,
            boolean reverse) {
    }

    /** What was read, before the checks that JSON and CSV share. */
    private static final class Draft {
        final List<ImportProblem> problems;
        @Nullable String id = "";
        @Nullable String title = "";
        @Nullable String citation = "";
        @Nullable String language = "en";
        @Nullable String scoring = "mean";
        int idLine;
        int titleLine;
        int citationLine;
        int languageLine;
        int scoringLine;
        boolean validated;
        int scaleLine;
        boolean scaleMissing;
        @Nullable Integer min;
        @Nullable Integer max;
        boolean boundsBad;
        @Nullable List<Located> labels;
        int labelsLine;
        final List<DraftItem> items = new ArrayList<>();
        int itemsLine;
        boolean itemsMissing;

        Draft(List<ImportProblem> problems) {
            this.problems = problems;
        }

        ImportResult finish(Set<String> takenIds, String textSuffix, String idField) {
            String cleanId = text(id, idLine, "id", 64);
            if (cleanId != null && !InstrumentChecks.validId(cleanId)) {
                problems.add(ImportProblem.of(idLine, "id", BAD_ID, cleanId));
                cleanId = null;
            } else if (cleanId != null && (takenIds.contains(cleanId) || BuiltInInstruments.ids().contains(cleanId))) {
                problems.add(ImportProblem.of(idLine, "id", ID_TAKEN, cleanId));
                cleanId = null;
            }
            String cleanTitle = text(title, titleLine, "title", MAX_TITLE);
            String cleanCitation = text(citation, citationLine, "citation", MAX_CITATION);
            String lang = language == null ? null : language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
            if (lang != null && !LANGUAGES.contains(lang)) {
                problems.add(ImportProblem.of(languageLine, "language", LANGUAGE_UNSUPPORTED, lang));
                lang = null;
            }
            if (scoring != null && !scoring.strip().equalsIgnoreCase("mean")) {
                problems.add(ImportProblem.of(scoringLine, "scoring", SCORING_UNSUPPORTED, scoring.strip()));
            }
            boolean boundsOk = false;
            if (!scaleMissing && !boundsBad && min != null && max != null) {
                if (min < ResponseScale.LOWEST || max > ResponseScale.HIGHEST || min >= max) {
                    problems.add(ImportProblem.of(scaleLine, "scale", SCALE_BOUNDS, min, max,
                            ResponseScale.LOWEST, ResponseScale.HIGHEST));
                } else {
                    boundsOk = true;
                }
            }
            List<String> cleanLabels = new ArrayList<>();
            if (labels != null) {
                for (Located l : labels) {
                    String c = l.value() == null ? null : text(l.value(), l.line(), l.field(), MAX_LABEL);
                    if (c != null) {
                        cleanLabels.add(c);
                    }
                }
                if (boundsOk && labels.size() != max - min + 1) {
                    problems.add(ImportProblem.of(labelsLine, "labels", LABEL_COUNT, max - min + 1, labels.size()));
                }
            }
            if (!itemsMissing && items.size() < Instrument.MIN_ITEMS) {
                problems.add(ImportProblem.of(itemsLine, "items", TOO_FEW_ITEMS, Instrument.MIN_ITEMS, items.size()));
            } else if (items.size() > Instrument.MAX_ITEMS) {
                problems.add(ImportProblem.of(itemsLine, "items", TOO_MANY_ITEMS, Instrument.MAX_ITEMS, items.size()));
                return new ImportResult.Refused(problems); // not worth a problem per item
            }
            List<Item> cleanItems = new ArrayList<>();
            Map<String, Integer> idLines = new HashMap<>();
            Map<String, Integer> textLines = new HashMap<>();
            int number = 0;
            for (DraftItem it : items) {
                number++;
                String itemId;
                String idPlace = textSuffix.isEmpty() ? idField : it.field() + "." + idField.substring(1);
                if (it.idBad()) {
                    itemId = null;
                } else if (it.id() == null) {
                    itemId = "item-" + number;
                } else {
                    itemId = text(it.id(), it.line(), idPlace, 64);
                    if (itemId != null && !InstrumentChecks.validId(itemId)) {
                        problems.add(ImportProblem.of(it.line(), idPlace, BAD_ID, itemId));
                        itemId = null;
                    }
                }
                if (itemId != null) {
                    Integer first = idLines.putIfAbsent(itemId, it.line());
                    if (first != null) {
                        problems.add(ImportProblem.of(it.line(), idPlace, DUPLICATE_ITEM_ID, itemId, first));
                    }
                }
                String t = text(it.text(), it.line(), it.field() + textSuffix, MAX_ITEM_TEXT);
                if (t != null) {
                    Integer first = textLines.putIfAbsent(t.toLowerCase(Locale.ROOT), it.line());
                    if (first != null) {
                        problems.add(ImportProblem.of(it.line(), it.field() + textSuffix, DUPLICATE_ITEM_TEXT, first));
                    }
                }
                if (itemId != null && t != null && lang != null) {
                    cleanItems.add(new Item(itemId, Map.of(lang, t), it.reverse()));
                }
            }
            if (!problems.isEmpty()) {
                return new ImportResult.Refused(problems);
            }
            // every check above passed, so all of these are non-null and consistent
            ResponseScale scale = new ResponseScale(min, max,
                    cleanLabels.isEmpty() ? Map.of() : Map.of(lang, cleanLabels));
            return new ImportResult.Imported(new Instrument(cleanId, Map.of(lang, cleanTitle), cleanCitation, validated,
                    Set.of(), Instrument.Origin.IMPORTED, scale, cleanItems));
        }

        /** Trimmed, NFC text, or null after reporting why it is refused. */
        private @Nullable String text(@Nullable String raw, int line, String field, int max) {
            if (raw == null) {
                return null; // wrong type, already reported
            }
            String t = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
            if (t.isEmpty()) {
                problems.add(ImportProblem.of(line, field, MISSING));
                return null;
            }
            if (InstrumentChecks.hasInvalidCharacters(t)) {
                problems.add(ImportProblem.of(line, field, INVALID_CHARACTERS));
                return null;
            }
            if (InstrumentChecks.length(t) > max) {
                problems.add(ImportProblem.of(line, field, TOO_LONG, max));
                return null;
            }
            return t;
        }
    }
}

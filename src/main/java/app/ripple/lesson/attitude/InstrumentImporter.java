package app.ripple.lesson.attitude;

import app.ripple.base.Utf8;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 *
 * <p>This class checks and decodes the bytes; {@link JsonInstrumentReader} (Jackson) and
 * {@link CsvInstrumentReader} (Apache Commons CSV) read the two formats into an
 * {@link InstrumentDraft}, whose {@code finish} applies the rules both formats share.
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
        return JsonInstrumentReader.read(text, takenIds, problems);
    }

    /** Reads the CSV format. {@code takenIds}: ids of instruments the school already has (built-ins are added). */
    public static ImportResult fromCsv(byte[] content, Set<String> takenIds) {
        List<ImportProblem> problems = new ArrayList<>();
        String text = decode(content, problems);
        if (text == null) {
            return new ImportResult.Refused(problems);
        }
        return CsvInstrumentReader.read(text, takenIds, problems);
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
}

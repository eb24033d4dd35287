package app.ripple.classroom.roster;

import static app.ripple.classroom.roster.RosterMessages.*;

import app.ripple.base.CsvInput;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a plain CSV class list: {@code first_name,last_name[,student_id]}.
 *
 * <ul>
 * <li>UTF-8 with or without BOM; comma or semicolon separated (detected from the first line);
 * RFC 4180 quoting; blank lines skipped; whitespace around fields stripped.</li>
 * <li>The header row is optional. A first row whose first or second cell is a known first- or
 * last-name column name ({@code first_name}, {@code First Name}, {@code firstname}, {@code nombre},
 * {@code apellido(s)}, {@code surname}, ...) is a header; its column order is then used, so
 * {@code last_name,first_name} works too.</li>
 * <li>Trailing empty fields ({@code Ana,Pérez,,}) are not "too many columns".</li>
 * </ul>
 */
public final class PlainCsvRosterParser {

    /** IGNORED: an empty header cell; data under it is "too many columns". */
    private enum Column { FIRST, LAST, ID, IGNORED }

    private static final Set<String> FIRST_NAMES = Set.of("firstname", "first", "firstnames", "givenname", "given",
            "forename", "name", "nombre", "nombres", "primernombre");
    private static final Set<String> LAST_NAMES = Set.of("lastname", "last", "lastnames", "surname", "surnames",
            "familyname", "family", "apellido", "apellidos");
    private static final Set<String> IDS = Set.of("studentid", "studentnumber", "studentno", "id", "identifier",
            "number", "idalumno", "idestudiante", "numero", "numeroalumno", "numerodealumno", "matricula", "codigo");

    private PlainCsvRosterParser() {
    }

    /** Never throws: any input gives a preview, possibly a refused one. */
    public static ImportPreview parse(byte[] content) {
        try {
            return parseUnguarded(content);
        } catch (RuntimeException | StackOverflowError e) {
            return ImportPreview.refused(FILE_UNREADABLE);
        }
    }

    static ImportPreview parseUnguarded(byte[] content) {
        TextDecoder.Result decoded = TextDecoder.decode(content);
        String text = decoded.text();
        if (decoded.problem() != null || text == null) {
            return switch (decoded.problem()) {
                case EMPTY -> ImportPreview.refused(FILE_EMPTY);
                case TOO_LARGE -> ImportPreview.refused(FILE_TOO_LARGE, RosterLimits.MAX_CSV_MEGABYTES);
                case BINARY -> ImportPreview.refused(FILE_BINARY);
                case NOT_UTF8 -> decoded.line() > 0
                        ? ImportPreview.refused(FILE_NOT_UTF8_AT_LINE, String.valueOf(decoded.line()))
                        : ImportPreview.refused(FILE_NOT_UTF8);
                case ZIP -> ImportPreview.refused(FILE_IS_ZIP);
                case null -> ImportPreview.refused(FILE_UNREADABLE);
            };
        }
        CsvInput.Result read = RosterCsv.read(text);
        // header + MAX_ROWS records at most are kept; more means the file is refused below
        List<CsvInput.Row> records = read.rows();
        if (records.isEmpty()) {
            return ImportPreview.refused(FILE_EMPTY);
        }
        List<Column> columns = List.of(Column.FIRST, Column.LAST, Column.ID);
        int firstData = 0;
        if (looksLikeHeader(records.getFirst())) {
            firstData = 1;
            List<Column> fromHeader = new ArrayList<>();
            for (String cell : records.getFirst().fields()) {
                String normal = normalizeHeader(cell);
                Column column = FIRST_NAMES.contains(normal) ? Column.FIRST
                        : LAST_NAMES.contains(normal) ? Column.LAST
                        : IDS.contains(normal) ? Column.ID : null;
                if (column == null && cell.isBlank()) {
                    fromHeader.add(Column.IGNORED);
                    continue;
                }
                if (column == null) {
                    return ImportPreview.refused(FILE_UNKNOWN_COLUMN, Names.cut(Names.clean(cell), 60));
                }
                if (fromHeader.contains(column)) {
                    return ImportPreview.refused(FILE_DUPLICATE_COLUMN, Names.cut(Names.clean(cell), 60));
                }
                fromHeader.add(column);
            }
            if (!fromHeader.contains(Column.FIRST)) {
                return ImportPreview.refused(FILE_FIRST_NAME_COLUMN_MISSING);
            }
            columns = fromHeader;
        }
        if (read.tooManyRows() || records.size() - firstData > RosterLimits.MAX_ROWS) {
            return ImportPreview.refused(FILE_TOO_MANY_ROWS, String.valueOf(RosterLimits.MAX_ROWS));
        }
        if (records.size() == firstData) {
            return ImportPreview.refused(FILE_NO_ROWS);
        }

        List<RosterRow> rows = new ArrayList<>(records.size());
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLineOfId = new HashMap<>();
        for (int r = firstData; r < records.size(); r++) {
            CsvInput.Row record = records.get(r);
            int line = record.line();
            int before = problems.size();
            if (record.unclosedQuote()) {
                problems.add(RowProblem.of(line, UNCLOSED_QUOTE));
                continue;
            }
            if (hasDataOutside(record.fields(), columns)) {
                long allowed = columns.stream().filter(c -> c != Column.IGNORED).count();
                problems.add(RowProblem.of(line, TOO_MANY_COLUMNS, String.valueOf(lastNonBlank(record.fields()) + 1),
                        String.valueOf(allowed)));
            }
            String first = Names.clean(record.field(columns.indexOf(Column.FIRST)));
            String last = Names.clean(record.field(columns.indexOf(Column.LAST)));
            String id = Names.clean(record.field(columns.indexOf(Column.ID)));
            if (first.isEmpty()) {
                problems.add(RowProblem.of(line, FIRST_NAME_MISSING));
            }
            check(first, RosterLimits.MAX_NAME_LENGTH, line, FIRST_NAME_TOO_LONG, FIRST_NAME_INVALID_CHARACTERS, problems);
            check(last, RosterLimits.MAX_NAME_LENGTH, line, LAST_NAME_TOO_LONG, LAST_NAME_INVALID_CHARACTERS, problems);
            check(id, RosterLimits.MAX_STUDENT_ID_LENGTH, line, STUDENT_ID_TOO_LONG, STUDENT_ID_INVALID_CHARACTERS, problems);
            if (!id.isEmpty()) {
                Integer seen = firstLineOfId.putIfAbsent(id, line);
                if (seen != null) {
                    problems.add(RowProblem.of(line, DUPLICATE_STUDENT_ID, id, String.valueOf(seen)));
                }
            }
            if (problems.size() == before) {
                rows.add(new RosterRow(line, first, last, Names.displayName(first, last), id.isEmpty() ? null : id, null, true));
            }
        }
        return new ImportPreview(rows, problems, null);
    }

    private static void check(String value, int max, int line, String tooLongKey, String invalidKey, List<RowProblem> problems) {
        if (Names.length(value) > max) {
            problems.add(RowProblem.of(line, tooLongKey, String.valueOf(max)));
        }
        if (Names.hasForbiddenCharacters(value)) {
            problems.add(RowProblem.of(line, invalidKey));
        }
    }

    private static boolean hasDataOutside(List<String> fields, List<Column> columns) {
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).isBlank() && (i >= columns.size() || columns.get(i) == Column.IGNORED)) {
                return true;
            }
        }
        return false;
    }

    private static int lastNonBlank(List<String> fields) {
        for (int i = fields.size() - 1; i >= 0; i--) {
            if (!fields.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean looksLikeHeader(CsvInput.Row row) {
        for (int i = 0; i < Math.min(2, row.fields().size()); i++) {
            String normal = normalizeHeader(row.fields().get(i));
            if (FIRST_NAMES.contains(normal) || LAST_NAMES.contains(normal)) {
                return true;
            }
        }
        return false;
    }

    /** "First Name", "first_name", "FIRSTNAME" → "firstname"; "Apellido(s)" → "apellidos"; "Número" → "numero". */
    static String normalizeHeader(@Nullable String cell) {
        if (cell == null || cell.length() > 100) {
            return "";
        }
        String decomposed = Normalizer.normalize(cell.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}

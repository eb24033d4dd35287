package app.ripple.classroom.roster;

import static app.ripple.classroom.roster.RosterMessages.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class PlainCsvRosterParserTest {

    private static ImportPreview parse(String csv) {
        return PlainCsvRosterParser.parse(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> names(ImportPreview p) {
        return p.rows().stream().map(r -> r.firstName() + "|" + r.lastName()).toList();
    }

    @Test
    void readsHeaderlessCommaSeparatedRows() {
        ImportPreview p = parse("Zoë,Kowalski,S1\nSam,Kim\n");
        assertThat(p.canImport()).isTrue();
        assertThat(p.rows()).containsExactly(
                new RosterRow(1, "Zoë", "Kowalski", "Zoë K.", "S1", null, true),
                new RosterRow(2, "Sam", "Kim", "Sam K.", null, null, true));
    }

    @Test
    void recognisesHeaderCaseInsensitivelyAndInManySpellings() {
        for (String header : List.of("first_name,last_name,student_id", "FIRST_NAME,Last_Name,Student_ID",
                "firstname,lastname", "First Name,Last Name,Student Number", "Nombre,Apellido(s),Número", "nombre,apellidos")) {
            ImportPreview p = parse(header + "\nAna,Pérez\n");
            assertThat(p.problems()).as(header).isEmpty();
            assertThat(p.rows()).as(header).singleElement()
                    .satisfies(r -> assertThat(r.line()).isEqualTo(2))
                    .satisfies(r -> assertThat(r.displayName()).isEqualTo("Ana P."));
        }
    }

    @Test
    void headerDefinesColumnOrder() {
        ImportPreview p = parse("last_name,student_id,first_name\nPérez,7,Ana\n");
        assertThat(p.rows()).containsExactly(new RosterRow(2, "Ana", "Pérez", "Ana P.", "7", null, true));
    }

    @Test
    void headerWithUnknownColumnRefusesTheFile() {
        ImportPreview p = parse("first_name,last_name,email\nAna,Pérez,a@b.c\n");
        assertThat(p.fileProblemKey()).isEqualTo(FILE_UNKNOWN_COLUMN);
        assertThat(p.fileProblemArgs()).containsExactly("email");
        assertThat(parse("last_name,student_id\nPérez,7\n").fileProblemKey()).isEqualTo(FILE_FIRST_NAME_COLUMN_MISSING);
        assertThat(parse("first_name,first name\nA,B\n").fileProblemKey()).isEqualTo(FILE_DUPLICATE_COLUMN);
    }

    @Test
    void readsUtf8WithBomAndSemicolonsFromTestFile() throws IOException {
        byte[] bytes;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("plain-semicolon-bom.csv"))) {
            bytes = in.readAllBytes();
        }
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        ImportPreview p = PlainCsvRosterParser.parse(bytes);
        assertThat(p.problems()).isEmpty();
        assertThat(p.rows()).containsExactly(
                new RosterRow(2, "Zoë", "Kowalski", "Zoë K.", "A-1", null, true),
                new RosterRow(3, "Martín", "O’Neil; Jr.", "Martín O.", "A-2", null, true),
                new RosterRow(5, "أمل", "حداد", "أمل ح.", "A-3", null, true));
    }

    @Test
    void bomWithoutHeaderStillReadsFirstRow() {
        ImportPreview p = PlainCsvRosterParser.parse(("\uFEFFAna;Pérez\nLuis;Gómez").getBytes(StandardCharsets.UTF_8));
        assertThat(names(p)).containsExactly("Ana|Pérez", "Luis|Gómez");
    }

    @Test
    void separatorIsTheOneUsedSteadilyOnTheFirstLines() {
        assertThat(names(parse("Ana,María;Kim\nLuis;Gómez\nEve;Lee\n"))).containsExactly("Ana,María|Kim", "Luis|Gómez", "Eve|Lee");
        assertThat(names(parse("Ana;Kim,Lee\nLuis,Gómez\n"))).containsExactly("Ana;Kim|Lee", "Luis|Gómez");
        assertThat(names(parse("\"Ana;Luz\",Kim\n"))).containsExactly("Ana;Luz|Kim");
        assertThat(names(parse("Ana\nLuz\n"))).containsExactly("Ana|", "Luz|");
    }

    @Test
    void quotedFieldsWithEmbeddedNewlineKeepPhysicalLineNumbers() {
        String csv = "first_name,last_name\n"          // line 1
                + "\"Ana\",\"Pé\"\"rez, Jr\"\n"        // line 2
                + "\"Mul\nti\",Line\n"                 // lines 3-4
                + "\n"                                 // line 5 (blank)
                + "Bad,\"x\"\n"                        // line 6
                + ",NoFirst\n";                        // line 7
        ImportPreview p = parse(csv);
        assertThat(p.rows()).extracting(RosterRow::line, RosterRow::lastName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Pé\"rez, Jr"), org.assertj.core.groups.Tuple.tuple(6, "x"));
        assertThat(p.problems()).containsExactly(
                RowProblem.of(3, FIRST_NAME_INVALID_CHARACTERS),
                RowProblem.of(7, FIRST_NAME_MISSING));
        assertThat(p.canImport()).isFalse();
    }

    @Test
    void crlfAndLoneCrLineEndsCountLines() {
        ImportPreview p = parse("Ana,A\r\n\"B\r\nb\",B\r\nCid,C\rDan,D");
        assertThat(p.problems()).containsExactly(RowProblem.of(2, FIRST_NAME_INVALID_CHARACTERS));
        assertThat(p.rows()).extracting(RosterRow::line).containsExactly(1, 4, 5);
    }

    @Test
    void namesOfEveryScriptEmojiApostrophesAndMarkupAreKeptAsPlainText() {
        ImportPreview p = parse("Zoë,D’Arcy\n\"O'Brien\",O'Neil\nأمل,حداد\n李,小龍\n🦊 Fox,👩‍🎓\n<b>x</b>,<script>alert(1)</script>\n");
        assertThat(p.problems()).isEmpty();
        assertThat(p.rows()).extracting(RosterRow::displayName)
                .containsExactly("Zoë D.", "O'Brien O.", "أمل ح.", "李 小.", "🦊 Fox 👩‍🎓.", "<b>x</b> s.");
        assertThat(p.rows().get(5).lastName()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void surroundingWhitespaceIsTrimmedAndBlankLinesSkipped() {
        ImportPreview p = parse("\n\n  Ana  ,  Pérez ,  12 \n   \n,,\n Luis ,\"  Gómez \"\n");
        assertThat(p.rows()).containsExactly(
                new RosterRow(3, "Ana", "Pérez", "Ana P.", "12", null, true),
                new RosterRow(6, "Luis", "Gómez", "Luis G.", null, null, true));
    }

    @Test
    void reportsEveryBadRowWithLineAndReason() {
        String long41 = "a".repeat(41);
        String csv = "first_name,last_name,student_id\n"
                + "," + "Kim\n"                          // 2 missing first name
                + long41 + ",Kim\n"                      // 3
                + "Sam," + long41 + "\n"                 // 4
                + "Sam,Kim," + long41 + "\n"             // 5
                + "Sam,Kim,1,extra\n"                    // 6
                + "Tab\there,Kim\n"                      // 7
                + "Ana,Kim,7\n"                          // 8 ok
                + "Eve,Kim,7\n"                          // 9 duplicate id
                + "Rtl\u202Eoverride,Kim\n";             // 10 bidi override
        ImportPreview p = parse(csv);
        assertThat(p.problems()).containsExactly(
                RowProblem.of(2, FIRST_NAME_MISSING),
                RowProblem.of(3, FIRST_NAME_TOO_LONG, "40"),
                RowProblem.of(4, LAST_NAME_TOO_LONG, "40"),
                RowProblem.of(5, STUDENT_ID_TOO_LONG, "40"),
                RowProblem.of(6, TOO_MANY_COLUMNS, "4", "3"),
                RowProblem.of(7, FIRST_NAME_INVALID_CHARACTERS),
                RowProblem.of(9, DUPLICATE_STUDENT_ID, "7", "8"),
                RowProblem.of(10, FIRST_NAME_INVALID_CHARACTERS));
        assertThat(p.rows()).extracting(RosterRow::line).containsExactly(8);
        assertThat(p.canImport()).isFalse();
    }

    @Test
    void fortyCharactersAreAllowedAndCountCodePointsNotUtf16Units() {
        String forty = "a".repeat(40);
        String emoji40 = "🦊".repeat(40);
        ImportPreview p = parse(forty + "," + forty + "\n" + emoji40 + ",X\n");
        assertThat(p.problems()).isEmpty();
        assertThat(p.rows().get(0).displayName()).isEqualTo("a".repeat(37) + " a.");
        assertThat(p.rows().get(1).displayName()).isEqualTo("🦊".repeat(37) + " X.");
    }

    @Test
    void duplicateDisplayNamesAreNotAProblem() {
        ImportPreview p = parse("Sam,Kim\nSam,King\n");
        assertThat(p.canImport()).isTrue();
        assertThat(p.rows()).extracting(RosterRow::displayName).containsExactly("Sam K.", "Sam K.");
    }

    @Test
    void trailingEmptyFieldsAreNotTooManyColumns() {
        assertThat(parse("Ana,Pérez,,\nLuis,Gómez,5,,\n").problems()).isEmpty();
        assertThat(parse("first_name,last_name,,\nAna,Pérez,,\n").problems()).isEmpty();
    }

    @Test
    void emptyHeaderCellIsSkippedButDataUnderItIsAProblem() {
        ImportPreview p = parse("first_name,,last_name\nAna,,Pérez\nLuis,x,Gómez\n");
        assertThat(p.rows()).containsExactly(new RosterRow(2, "Ana", "Pérez", "Ana P.", null, null, true));
        assertThat(p.problems()).containsExactly(RowProblem.of(3, TOO_MANY_COLUMNS, "3", "2"));
    }

    @Test
    void unclosedQuoteIsReportedAtTheRowWhereItStarts() {
        ImportPreview p = parse("Ana,Pérez\nLuis,\"Gómez\nEve,Kim\n");
        assertThat(p.problems()).containsExactly(RowProblem.of(2, UNCLOSED_QUOTE));
        assertThat(p.rows()).hasSize(1);
    }

    @Test
    void refusesEmptyBinaryNonUtf8ZipAndHeaderOnlyFiles() {
        assertThat(PlainCsvRosterParser.parse(new byte[0]).fileProblemKey()).isEqualTo(FILE_EMPTY);
        assertThat(parse("\uFEFF \n\n  \n").fileProblemKey()).isEqualTo(FILE_EMPTY);
        assertThat(parse(",,\n , ,\n").fileProblemKey()).isEqualTo(FILE_EMPTY);
        assertThat(PlainCsvRosterParser.parse(new byte[] {'A', 'n', 'a', 0, ',', 'B'}).fileProblemKey()).isEqualTo(FILE_BINARY);
        ImportPreview latin = PlainCsvRosterParser.parse("Ana,B\nZoë,Pérez".getBytes(Charset.forName("windows-1252")));
        assertThat(latin.fileProblemKey()).isEqualTo(FILE_NOT_UTF8_AT_LINE);
        assertThat(latin.fileProblemArgs()).as("the line of the first broken byte").containsExactly("2");
        assertThat(PlainCsvRosterParser.parse("Zoë,Pérez".getBytes(StandardCharsets.UTF_16)).fileProblemKey())
                .isEqualTo(FILE_NOT_UTF8);
        assertThat(PlainCsvRosterParser.parse(new byte[] {'P', 'K', 3, 4, 20, 0}).fileProblemKey()).isEqualTo(FILE_IS_ZIP);
        assertThat(parse("first_name,last_name\n\n").fileProblemKey()).isEqualTo(FILE_NO_ROWS);
        // overlong UTF-8 encoding of '/' is invalid, strict decoding refuses it
        assertThat(PlainCsvRosterParser.parse(new byte[] {'A', (byte) 0xC0, (byte) 0xAF}).fileProblemKey()).isEqualTo(FILE_NOT_UTF8_AT_LINE);
    }

    @Test
    void refusedFileHasNoRowsAndCannotBeImported() {
        ImportPreview p = PlainCsvRosterParser.parse(new byte[0]);
        assertThat(p.rows()).isEmpty();
        assertThat(p.problems()).isEmpty();
        assertThat(p.canImport()).isFalse();
    }

    @Test
    void refusesFilesOverFiveMegabytes() {
        byte[] big = new byte[RosterLimits.MAX_CSV_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        ImportPreview p = PlainCsvRosterParser.parse(big);
        assertThat(p.fileProblemKey()).isEqualTo(FILE_TOO_LARGE);
        assertThat(p.fileProblemArgs()).containsExactly("5");
    }

    @Test
    void tenThousandRowsAreFineButOneMoreIsRefused() {
        StringBuilder sb = new StringBuilder("first_name,last_name\n");
        for (int i = 0; i < RosterLimits.MAX_ROWS; i++) {
            sb.append("S").append(i).append(",K\n");
        }
        ImportPreview ok = parse(sb.toString());
        assertThat(ok.canImport()).isTrue();
        assertThat(ok.rows()).hasSize(RosterLimits.MAX_ROWS);
        sb.append("One,More\n");
        assertThat(parse(sb.toString()).fileProblemKey()).isEqualTo(FILE_TOO_MANY_ROWS);
        assertThat(parse(sb.substring("first_name,last_name\n".length())).fileProblemKey()).isEqualTo(FILE_TOO_MANY_ROWS);
    }

    @Test
    void twoThousandGeneratedRowsPreviewCorrectly() {
        String csv = RosterFixtures.plainCsv(2000, ';');
        ImportPreview p = parse(csv);
        assertThat(p.problems()).isEmpty();
        assertThat(p.canImport()).isTrue();
        assertThat(p.rows()).hasSize(2000);
        for (int i = 0; i < 2000; i++) {
            RosterRow row = p.rows().get(i);
            assertThat(row.firstName()).isEqualTo(RosterFixtures.firstName(i));
            assertThat(row.lastName()).isEqualTo(RosterFixtures.lastName(i));
            assertThat(row.studentId()).isEqualTo("ID-" + i);
            assertThat(row.line()).isEqualTo(i + 2 + i / 100); // one blank line after every 100 rows
        }
    }

    @Test
    void displayNameRules() {
        assertThat(RosterRow.displayNameOf("Zoë", "Kowalski")).isEqualTo("Zoë K.");
        assertThat(RosterRow.displayNameOf(" Zoë ", "")).isEqualTo("Zoë");
        assertThat(RosterRow.displayNameOf("Ana", "’t Hooft")).isEqualTo("Ana t.");
        assertThat(RosterRow.displayNameOf("Ana", "Ölz")).isEqualTo("Ana Ö.");
        assertThat(RosterRow.displayNameOf("Ana", "O\u0308lz")).isEqualTo("Ana Ö."); // decomposed: normalised to NFC
        assertThat(RosterRow.displayNameOf("x".repeat(40), "Kim")).hasSize(40).endsWith("x K.");
        assertThat(RosterRow.displayNameOf("x".repeat(39) + " y", "Kim")).isEqualTo("x".repeat(37) + " K.");
    }
}

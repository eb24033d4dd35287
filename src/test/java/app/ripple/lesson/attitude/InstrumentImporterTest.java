package app.ripple.lesson.attitude;

import static app.ripple.lesson.attitude.InstrumentImporter.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstrumentImporterTest {

    static final String JSON = """
            {
              "id": "school-stigma-scale",
              "title": "Our licensed stigma scale",
              "citation": "Author, A. (2020). Journal 1(2). Licensed to Example School.",
              "validated": true,
              "scale": {"min": 1, "max": 5, "labels": ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"]},
              "items": [
                {"text": "First statement <b>here</b>", "id": "q1"},
                {"text": "Second statement", "reverse": true, "id": "q2"},
                {"text": "Third statement"}
              ]
            }
            """;

    static final String CSV = """
            # exported from the licence holder's sheet
            id,school-stigma-scale
            title,Our licensed stigma scale
            citation,"Author, A. (2020). Journal 1(2). Licensed to Example School."
            language,es
            validated,yes
            scale,1,5
            labels,Muy en desacuerdo,En desacuerdo,Ni de acuerdo ni en desacuerdo,De acuerdo,Muy de acuerdo
            item,reverse,id
            "Primera afirmación, con coma",no,q1
            Segunda afirmación,sí,q2
            """;

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Instrument imported(ImportResult r) {
        assertThat(r).isInstanceOf(ImportResult.Imported.class);
        return ((ImportResult.Imported) r).instrument();
    }

    static List<ImportProblem> problems(ImportResult r) {
        assertThat(r).isInstanceOf(ImportResult.Refused.class);
        return ((ImportResult.Refused) r).problems();
    }

    static List<String> keys(ImportResult r) {
        return problems(r).stream().map(ImportProblem::messageKey).toList();
    }

    @Test
    void readsTheDocumentedJson() {
        Instrument i = imported(fromJson(utf8(JSON), Set.of()));
        assertThat(i.id()).isEqualTo("school-stigma-scale");
        assertThat(i.title("en")).isEqualTo("Our licensed stigma scale");
        assertThat(i.citation()).startsWith("Author, A. (2020)");
        assertThat(i.validated()).isTrue();
        assertThat(i.origin()).isEqualTo(Instrument.Origin.IMPORTED);
        assertThat(i.scale().min()).isEqualTo(1);
        assertThat(i.scale().max()).isEqualTo(5);
        assertThat(i.scale().label(5, "en")).isEqualTo("Strongly agree");
        assertThat(i.items()).extracting(Item::id).containsExactly("q1", "q2", "item-3");
        assertThat(i.items()).extracting(Item::reverseScored).containsExactly(false, true, false);
        // markup is plain text: kept literally, never interpreted or stripped
        assertThat(i.items().get(0).text("en")).isEqualTo("First statement <b>here</b>");
        // 5, reverse(1) = 1 + 5 - 1 = 5, 4 -> 14 / 3
        assertThat(Scoring.personScore(i, List.of(5, 1, 4))).isEqualTo(14.0 / 3);
    }

    @Test
    void readsTheDocumentedCsv() {
        Instrument i = imported(fromCsv(utf8(CSV), Set.of()));
        assertThat(i.id()).isEqualTo("school-stigma-scale");
        assertThat(i.title("es")).isEqualTo("Our licensed stigma scale");
        assertThat(i.citation()).isEqualTo("Author, A. (2020). Journal 1(2). Licensed to Example School.");
        assertThat(i.validated()).isTrue();
        assertThat(i.scale().label(1, "es")).isEqualTo("Muy en desacuerdo");
        assertThat(i.items()).extracting(it -> it.text("es")).containsExactly("Primera afirmación, con coma", "Segunda afirmación");
        assertThat(i.items()).extracting(Item::reverseScored).containsExactly(false, true);
    }

    @Test
    void fromFileChoosesByNameOrContent() {
        assertThat(imported(fromFile("scale.JSON", utf8(JSON), Set.of())).id()).isEqualTo("school-stigma-scale");
        assertThat(imported(fromFile(null, utf8("\uFEFF  " + JSON), Set.of())).id()).isEqualTo("school-stigma-scale");
        assertThat(imported(fromFile("scale.csv", utf8(CSV), Set.of())).id()).isEqualTo("school-stigma-scale");
        assertThat(imported(fromFile(null, utf8(CSV), Set.of())).id()).isEqualTo("school-stigma-scale");
    }

    @Test
    void semicolonCsvAndMinimalCsv() {
        String csv = "id;tiny\ntitle;Tiny\ncitation;Someone (2021)\nscale;0;3\nitem;reverse\nOne;\nTwo;1\n";
        Instrument i = imported(fromCsv(utf8(csv), Set.of()));
        assertThat(i.scale().min()).isZero();
        assertThat(i.scale().labels()).isEmpty();
        assertThat(i.items()).extracting(Item::reverseScored).containsExactly(false, true);
    }

    @Test
    void refusesBadScaleBounds() {
        for (String scale : List.of("\"min\": 5, \"max\": 1", "\"min\": 3, \"max\": 3", "\"min\": -1, \"max\": 5",
                "\"min\": 1, \"max\": 11")) {
            String json = JSON.replace("\"min\": 1, \"max\": 5, \"labels\": [\"Strongly disagree\", \"Disagree\", \"Neither\", \"Agree\", \"Strongly agree\"]", scale);
            List<ImportProblem> p = problems(fromJson(utf8(json), Set.of()));
            assertThat(p).extracting(ImportProblem::messageKey).containsExactly(SCALE_BOUNDS);
            assertThat(p.get(0).line()).isEqualTo(6);
            assertThat(p.get(0).field()).isEqualTo("scale");
        }
        assertThat(keys(fromJson(utf8(JSON.replace("\"min\": 1", "\"min\": 1.5")), Set.of()))).containsExactly(NOT_WHOLE_NUMBER);
        assertThat(keys(fromJson(utf8(JSON.replace("\"min\": 1", "\"min\": \"1\"")), Set.of()))).containsExactly(NOT_WHOLE_NUMBER);
        assertThat(keys(fromJson(utf8(JSON.replace("\"Neither\", ", "")), Set.of()))).containsExactly(LABEL_COUNT);
        assertThat(keys(fromCsv(utf8(CSV.replace("scale,1,5", "scale,1,x")), Set.of()))).containsExactly(NOT_WHOLE_NUMBER);
        assertThat(keys(fromCsv(utf8(CSV.replace("scale,1,5\n", "")), Set.of()))).containsExactly(MISSING);
    }

    @Test
    void needsTwoToSixtyItems() {
        StringBuilder items = new StringBuilder();
        for (int k = 1; k <= 61; k++) {
            items.append(k > 1 ? "," : "").append("{\"text\": \"Statement ").append(k).append("\"}");
        }
        String many = JSON.replaceAll("(?s)\"items\": \\[.*]", "\"items\": [" + items + "]");
        List<ImportProblem> p = problems(fromJson(utf8(many), Set.of()));
        assertThat(p).extracting(ImportProblem::messageKey).containsExactly(TOO_MANY_ITEMS);
        assertThat(p.get(0).args()).containsExactly("60", "61");
        String sixty = JSON.replaceAll("(?s)\"items\": \\[.*]", "\"items\": [" + items.substring(0, items.lastIndexOf(",{")) + "]");
        assertThat(imported(fromJson(utf8(sixty), Set.of())).items()).hasSize(60);
        String one = JSON.replaceAll("(?s)\"items\": \\[.*]", "\"items\": [{\"text\": \"Alone\"}]");
        assertThat(keys(fromJson(utf8(one), Set.of()))).containsExactly(TOO_FEW_ITEMS);
        assertThat(keys(fromCsv(utf8(CSV.replaceAll("(?s)item,reverse,id.*", "item,reverse\n")), Set.of())))
                .containsExactly(TOO_FEW_ITEMS);
        assertThat(keys(fromCsv(utf8(CSV.replaceAll("(?s)item,reverse,id.*", "")), Set.of()))).containsExactly(CSV_NO_HEADER);
    }

    @Test
    void refusesMissingEmptyAndOverlongTextWithLineAndField() {
        List<ImportProblem> p = problems(fromJson(utf8(JSON.replace("\"Second statement\"", "\"   \"")), Set.of()));
        assertThat(p).containsExactly(new ImportProblem(9, "items[2].text", MISSING, List.of()));
        p = problems(fromJson(utf8(JSON.replace("{\"text\": \"Third statement\"}", "{\"reverse\": false}")), Set.of()));
        assertThat(p).containsExactly(new ImportProblem(10, "items[3].text", MISSING, List.of()));
        p = problems(fromJson(utf8(JSON.replace("Second statement", "x".repeat(301))), Set.of()));
        assertThat(p).containsExactly(new ImportProblem(9, "items[2].text", TOO_LONG, List.of("300")));
        assertThat(imported(fromJson(utf8(JSON.replace("Second statement", "é".repeat(300))), Set.of()))).isNotNull();
        p = problems(fromCsv(utf8(CSV.replace("Segunda afirmación", "")), Set.of()));
        assertThat(p).containsExactly(new ImportProblem(11, "item", MISSING, List.of()));
        p = problems(fromJson(utf8(JSON.replace("\"title\": \"Our licensed stigma scale\",", "")), Set.of()));
        assertThat(p).extracting(ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("title", MISSING));
        p = problems(fromCsv(utf8(CSV.replace("citation,", "# citation,")), Set.of()));
        assertThat(p).extracting(ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("citation", MISSING));
    }

    @Test
    void refusesDuplicateIdsAndStatements() {
        List<ImportProblem> p = problems(fromJson(utf8(JSON.replace("\"id\": \"q2\"", "\"id\": \"q1\"")), Set.of()));
        assertThat(p).containsExactly(new ImportProblem(9, "items[2].id", DUPLICATE_ITEM_ID, List.of("q1", "8")));
        p = problems(fromJson(utf8(JSON.replace("Third statement", "second STATEMENT")), Set.of()));
        assertThat(p).containsExactly(new ImportProblem(10, "items[3].text", DUPLICATE_ITEM_TEXT, List.of("9")));
        p = problems(fromCsv(utf8(CSV.replace(",sí,q2", ",sí,q1")), Set.of()));
        assertThat(p).containsExactly(new ImportProblem(11, "id", DUPLICATE_ITEM_ID, List.of("q1", "10")));
        // the instrument id must be new: not a built-in, not one the school already has
        assertThat(keys(fromJson(utf8(JSON), Set.of("school-stigma-scale")))).containsExactly(ID_TAKEN);
        assertThat(keys(fromJson(utf8(JSON.replace("\"id\": \"school-stigma-scale\"", "\"id\": \"school-kindness-scale\"")), Set.of())))
                .containsExactly(ID_TAKEN);
        assertThat(keys(fromJson(utf8(JSON.replace("\"id\": \"school-stigma-scale\"", "\"id\": \"Bad Id!\"")), Set.of())))
                .containsExactly(BAD_ID);
        assertThat(keys(fromJson(utf8(JSON.replace("\"title\"", "\"id\": \"again\", \"title\"")), Set.of())))
                .containsExactly(JSON_DUPLICATE_FIELD);
        assertThat(keys(fromCsv(utf8(CSV.replace("language,es", "language,es\ntitle,Again")), Set.of())))
                .containsExactly(CSV_DUPLICATE_METADATA);
    }

    @Test
    void refusesControlAndInvisibleCharacters() {
        assertThat(keys(fromJson(utf8(JSON.replace("Second statement", "Second\\nstatement")), Set.of())))
                .containsExactly(INVALID_CHARACTERS);
        assertThat(keys(fromJson(utf8(JSON.replace("Second statement", "Second \u202Estatement")), Set.of())))
                .containsExactly(INVALID_CHARACTERS);
        assertThat(keys(fromJson(utf8(JSON.replace("Second statement", "Second \\ud800statement")), Set.of())))
                .containsExactly(INVALID_CHARACTERS);
        assertThat(keys(fromCsv(utf8(CSV.replace("Segunda afirmación", "\"Segunda\nafirmación\"")), Set.of())))
                .containsExactly(INVALID_CHARACTERS);
        // a raw line break inside a JSON string is a syntax error
        assertThat(keys(fromJson(utf8(JSON.replace("Second statement", "Second\nstatement")), Set.of())))
                .containsExactly(JSON_SYNTAX);
    }

    @Test
    void refusesBinaryUtf16AndInvalidUtf8() {
        assertThat(keys(fromJson(new byte[0], Set.of()))).containsExactly(FILE_EMPTY);
        assertThat(keys(fromCsv(utf8(" \n\n "), Set.of()))).containsExactly(FILE_EMPTY);
        assertThat(keys(fromCsv(new byte[] {'P', 'K', 3, 4, 0, 0, 1}, Set.of()))).containsExactly(FILE_BINARY);
        assertThat(keys(fromJson(new byte[] {'{', (byte) 0xC3, '}'}, Set.of()))).containsExactly(FILE_NOT_UTF8);
        assertThat(keys(fromCsv(CSV.getBytes(StandardCharsets.UTF_16), Set.of()))).containsExactly(FILE_NOT_UTF8);
        assertThat(keys(fromCsv(CSV.getBytes(StandardCharsets.ISO_8859_1), Set.of()))).containsExactly(FILE_NOT_UTF8);
        assertThat(keys(fromJson(new byte[MAX_BYTES + 1], Set.of()))).containsExactly(FILE_TOO_LARGE);
    }

    @Test
    void refusesUnknownFieldsAndWrongTypes() {
        assertThat(problems(fromJson(utf8(JSON.replace("\"reverse\": true", "\"reversed\": true")), Set.of())))
                .containsExactly(new ImportProblem(9, "items[2].reversed", UNKNOWN_FIELD, List.of("reversed")));
        assertThat(keys(fromJson(utf8(JSON.replace("\"reverse\": true", "\"reverse\": \"yes\"")), Set.of())))
                .containsExactly(JSON_NOT_BOOLEAN);
        assertThat(keys(fromJson(utf8(JSON.replace("\"title\": \"Our licensed stigma scale\"", "\"title\": 7")), Set.of())))
                .containsExactly(JSON_NOT_TEXT);
        assertThat(keys(fromJson(utf8("[1, 2]"), Set.of()))).containsExactly(JSON_NOT_OBJECT);
        assertThat(problems(fromJson(utf8(JSON.replace("\"id\": \"q2\"", "\"id\": 2")), Set.of())))
                .containsExactly(new ImportProblem(9, "items[2].id", JSON_NOT_TEXT, List.of()));
        assertThat(keys(fromJson(utf8("{\"id\": "), Set.of()))).containsExactly(JSON_SYNTAX);
        assertThat(keys(fromJson(utf8("[".repeat(5000)), Set.of()))).containsExactly(JSON_TOO_DEEP);
        assertThat(keys(fromJson(utf8(JSON.replace("\"validated\": true,", "\"language\": \"de\",")), Set.of())))
                .containsExactly(LANGUAGE_UNSUPPORTED);
        assertThat(keys(fromJson(utf8(JSON.replace("\"validated\": true,", "\"scoring\": \"sum\",")), Set.of())))
                .containsExactly(SCORING_UNSUPPORTED);
        assertThat(keys(fromCsv(utf8(CSV.replace(",sí,", ",maybe,")), Set.of()))).containsExactly(NOT_YES_NO);
        assertThat(keys(fromCsv(utf8(CSV.replace("item,reverse,id", "item,reverse,weight")), Set.of())))
                .contains(CSV_UNKNOWN_COLUMN);
        assertThat(keys(fromCsv(utf8(CSV.replace("Segunda afirmación,sí,q2", "Segunda afirmación,sí,q2,extra")), Set.of())))
                .containsExactly(CSV_TOO_MANY_COLUMNS);
        assertThat(keys(fromCsv(utf8(CSV.replace("title,Our", "title,Our,licensed")), Set.of())))
                .containsExactly(CSV_TOO_MANY_COLUMNS);
        assertThat(problems(fromCsv(utf8(CSV.replace("Segunda afirmación", "\"Segunda afirmación")), Set.of())))
                .containsExactly(new ImportProblem(11, "", CSV_UNCLOSED_QUOTE, List.of()));
        assertThat(keys(fromCsv(utf8(CSV.replace("language,es", "colour,blue")), Set.of()))).containsExactly(UNKNOWN_FIELD);
    }

    @Test
    void jsonProblemsNameTheLineWhereTheyAre() {
        assertThat(problems(fromJson(utf8("{\n  \"id\": \"x\",\n  \"title\": \"t\",\n  \"title\": \"u\"\n}"), Set.of())))
                .containsExactly(new ImportProblem(4, "", JSON_DUPLICATE_FIELD, List.of("title")));
        assertThat(problems(fromJson(utf8("{\r\n  \"id\": \"x\"\r\n  \"title\": \"t\"\r\n}"), Set.of())))
                .containsExactly(new ImportProblem(3, "", JSON_SYNTAX, List.of()));
        assertThat(problems(fromJson(utf8("{\r\r\r  \"id\": [[\n" + "[".repeat(20)), Set.of())))
                .containsExactly(new ImportProblem(5, "", JSON_TOO_DEEP, List.of()));
        assertThat(problems(fromJson(utf8("{}\n\n{}"), Set.of())))
                .containsExactly(new ImportProblem(3, "", JSON_SYNTAX, List.of()));
        assertThat(keys(fromJson(utf8("{\"id\": \"x\", // note\n}"), Set.of()))).containsExactly(JSON_SYNTAX);
        assertThat(keys(fromJson(utf8("{\"id\": \"x\",}"), Set.of()))).containsExactly(JSON_SYNTAX);
        assertThat(keys(fromJson(utf8(JSON.replace("\"min\": 1", "\"min\": 01")), Set.of()))).containsExactly(JSON_SYNTAX);
    }

    @Test
    void everyKeyIsDistinctAndNamespaced() {
        assertThat(MESSAGE_KEYS).doesNotHaveDuplicates().allMatch(k -> k.startsWith("attitude.import."));
    }
}

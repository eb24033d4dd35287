package app.ripple.classroom.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Property tests: no input makes the importers throw; valid rows survive a write-then-read round trip. */
class RosterImportPropertiesTest {

    record Student(String first, String last, String id) {
    }

    // ---------- never throws ----------

    @Property(tries = 500)
    void plainParserNeverThrowsOnArbitraryBytes(@ForAll @Size(max = 400) byte[] bytes) {
        ImportPreview p = PlainCsvRosterParser.parseUnguarded(bytes);
        assertThat(p.canImport()).isEqualTo(p.fileProblemKey() == null && p.problems().isEmpty() && !p.rows().isEmpty());
    }

    @Property(tries = 1000)
    void plainParserNeverThrowsOnCsvLikeText(@ForAll("csvLikeText") String text) {
        ImportPreview p = PlainCsvRosterParser.parseUnguarded(text.getBytes(StandardCharsets.UTF_8));
        for (RosterRow row : p.rows()) {
            assertThat(row.firstName()).isNotBlank();
            assertThat(row.displayName().codePointCount(0, row.displayName().length())).isLessThanOrEqualTo(40);
            assertThat(row.line()).isPositive();
        }
        assertThat(p.problems()).allSatisfy(problem -> assertThat(problem.line()).isPositive());
    }

    @Property(tries = 300)
    void plainParserNeverThrowsOnArbitraryUnicode(@ForAll @Size(max = 200) String text) {
        PlainCsvRosterParser.parseUnguarded(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void oneRosterNeverThrowsOnArbitraryFiles(@ForAll("csvLikeText") String users, @ForAll("csvLikeText") String classes,
            @ForAll("csvLikeText") String enrollments, @ForAll String someClassId) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("users.csv", ("sourcedId,role,givenName,familyName,status,identifier\n" + users).getBytes(StandardCharsets.UTF_8));
        files.put("classes.csv", ("sourcedId,title,status\n" + classes).getBytes(StandardCharsets.UTF_8));
        files.put("enrollments.csv", ("classSourcedId,userSourcedId,role,status\n" + enrollments).getBytes(StandardCharsets.UTF_8));
        OneRosterPackage pkg = OneRosterParser.parseFilesUnguarded(files);
        for (OneRosterClass c : pkg.classes()) {
            pkg.previewUnguarded(c.sourcedId());
        }
        pkg.previewUnguarded(someClassId);
    }

    @Property(tries = 300)
    void oneRosterNeverThrowsOnArbitraryBytes(@ForAll @Size(max = 300) byte[] a, @ForAll @Size(max = 300) byte[] b,
            @ForAll @Size(max = 300) byte[] c) {
        OneRosterParser.parseFilesUnguarded(Map.of("users.csv", a, "classes.csv", b, "enrollments.csv", c));
        OneRosterParser.parseZipUnguarded(a);
    }

    @Property(tries = 300)
    void oneRosterNeverThrowsOnDamagedZips(@ForAll("damagedZip") byte[] zip) {
        OneRosterPackage pkg = OneRosterParser.parseZipUnguarded(zip);
        for (OneRosterClass c : pkg.classes()) {
            pkg.previewUnguarded(c.sourcedId());
        }
    }

    @Provide
    Arbitrary<String> csvLikeText() {
        Arbitrary<String> token = Arbitraries.of("a", "Zoë", "أمل", "🦊", ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", " ", "\t",
                "\uFEFF", "\u0000", "\u202E", "first_name", "nombre", "last_name", "student_id", "id", "student", "tobedeleted",
                "c1", "u1", "x".repeat(45), "e\u0301", "’", "'", "<b>", "\uD83D", "\u0085");
        return token.list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<byte[]> damagedZip() {
        byte[] good = RosterFixtures.zip(OneRosterParserTest.generated(3));
        return Combinators.combine(Arbitraries.integers().between(0, good.length - 1).list().ofMinSize(1).ofMaxSize(10),
                Arbitraries.integers().between(0, good.length)).as((positions, cut) -> {
                    byte[] damaged = java.util.Arrays.copyOf(good, cut < 4 ? good.length : cut);
                    for (int pos : positions) {
                        if (pos < damaged.length) {
                            damaged[pos] ^= (byte) (1 + pos % 255);
                        }
                    }
                    return damaged;
                });
    }

    // ---------- round trip ----------

    @Provide
    Arbitrary<String> name() {
        Arbitrary<String> token = Arbitraries.of("Zoë", "Sam", "أمل", "李", "O'", "’", "\"", ",", ";", " ", "-", "🦊", "👩‍🎓",
                "e\u0301", "<b>x</b>", "Łu", "ß", "Nguyễn", "a", "b", "K", "x", "São", "d’");
        return token.list().ofMinSize(1).ofMaxSize(8).map(parts -> String.join("", parts).strip())
                .filter(s -> !s.isEmpty() && Names.length(Names.clean(s)) <= 40);
    }

    @Provide
    Arbitrary<List<Student>> students() {
        Arbitrary<String> lastName = Arbitraries.oneOf(name(), Arbitraries.just(""));
        Arbitrary<String> idPart = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.strings().alpha().numeric()
                .withChars(',', ';', '"', '-', ' ').ofMinLength(1).ofMaxLength(10));
        return Combinators.combine(name(), lastName, idPart).as(Student::new).list().ofMinSize(1).ofMaxSize(40)
                .map(list -> {
                    List<Student> unique = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        Student s = list.get(i);
                        String id = s.id().strip().isEmpty() ? "" : s.id().strip() + "#" + i; // ids unique in a file
                        unique.add(new Student(s.first(), s.last(), id));
                    }
                    return unique;
                });
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    @Property(tries = 300)
    void plainCsvRoundTrip(@ForAll("students") List<Student> students, @ForAll boolean semicolon, @ForAll boolean header,
            @ForAll boolean crlf, @ForAll boolean bom, @ForAll boolean alwaysQuote) {
        char sep = semicolon ? ';' : ',';
        String eol = crlf ? "\r\n" : "\n";
        StringBuilder csv = new StringBuilder(bom ? "\uFEFF" : "");
        boolean firstLooksLikeHeader = looksLikeHeaderCell(students.getFirst().first()) || looksLikeHeaderCell(students.getFirst().last());
        if (header || firstLooksLikeHeader) {
            csv.append("first_name").append(sep).append("last_name").append(sep).append("student_id").append(eol);
        }
        for (Student s : students) {
            csv.append(field(s.first(), sep, alwaysQuote)).append(sep).append(field(s.last(), sep, alwaysQuote));
            if (!s.id().isEmpty()) {
                csv.append(sep).append(field(s.id(), sep, alwaysQuote));
            }
            csv.append(eol);
        }
        ImportPreview p = PlainCsvRosterParser.parseUnguarded(csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(p.fileProblemKey()).isNull();
        assertThat(p.problems()).isEmpty();
        assertThat(p.rows()).hasSize(students.size());
        int offset = (header || firstLooksLikeHeader) ? 2 : 1;
        for (int i = 0; i < students.size(); i++) {
            Student s = students.get(i);
            RosterRow row = p.rows().get(i);
            assertThat(row.firstName()).isEqualTo(nfc(s.first()));
            assertThat(row.lastName()).isEqualTo(nfc(s.last()));
            assertThat(row.studentId()).isEqualTo(s.id().isEmpty() ? null : s.id());
            assertThat(row.line()).isEqualTo(i + offset);
            assertThat(row.displayName()).isEqualTo(RosterRow.displayNameOf(s.first(), s.last()));
        }
        assertThat(p.canImport()).isTrue();
    }

    private static boolean looksLikeHeaderCell(String s) {
        String n = PlainCsvRosterParser.normalizeHeader(s);
        return List.of("firstname", "first", "firstnames", "givenname", "given", "forename", "name", "nombre", "nombres",
                "primernombre", "lastname", "last", "lastnames", "surname", "surnames", "familyname", "family", "apellido",
                "apellidos").contains(n);
    }

    private static String field(String value, char sep, boolean alwaysQuote) {
        // a header-less file whose first line has names with the other separator unquoted is ambiguous
        // (see RosterCsv.detectSeparator), so like spreadsheet programs this writer quotes both
        return alwaysQuote || value.indexOf(',') >= 0 || value.indexOf(';') >= 0
                ? "\"" + value.replace("\"", "\"\"") + "\"" : RosterFixtures.quote(value, sep);
    }

    @Property(tries = 200)
    void oneRosterRoundTripWithShuffledColumns(@ForAll("students") List<Student> students, @ForAll long seed) {
        Random random = new Random(seed);
        List<String> userColumns = new ArrayList<>(List.of("sourcedId", "status", "dateLastModified", "enabledUser",
                "orgSourcedIds", "role", "username", "userIds", "givenName", "familyName", "middleName", "identifier", "email",
                "sms", "phone", "agentSourcedIds", "grades", "password"));
        List<String> enrolmentColumns = new ArrayList<>(List.of("sourcedId", "status", "dateLastModified", "classSourcedId",
                "schoolSourcedId", "userSourcedId", "role", "primary", "beginDate", "endDate"));
        Collections.shuffle(userColumns, random);
        Collections.shuffle(enrolmentColumns, random);
        StringBuilder users = new StringBuilder(String.join(",", userColumns)).append("\r\n");
        StringBuilder enrollments = new StringBuilder(String.join(",", enrolmentColumns)).append("\r\n");
        for (int i = 0; i < students.size(); i++) {
            Student s = students.get(i);
            Map<String, String> user = Map.of("sourcedId", "u" + i, "status", i % 3 == 0 ? "tobedeleted" : "active",
                    "role", "student", "givenName", s.first(), "familyName", s.last(), "identifier", s.id(),
                    "email", "kid" + i + "@example.org", "password", "secret" + i);
            users.append(String.join(",", userColumns.stream()
                    .map(c -> RosterFixtures.quote(user.getOrDefault(c, ""), ',')).toList())).append("\r\n");
            Map<String, String> enrolment = Map.of("sourcedId", "e" + i, "status", "active", "classSourcedId", "c1",
                    "userSourcedId", "u" + i, "role", "student");
            enrollments.append(String.join(",", enrolmentColumns.stream()
                    .map(c -> RosterFixtures.quote(enrolment.getOrDefault(c, ""), ',')).toList())).append("\r\n");
        }
        Map<String, byte[]> files = Map.of("users.csv", RosterFixtures.utf8(users.toString()),
                "classes.csv", RosterFixtures.utf8("title,sourcedId\n3A,c1\n"),
                "enrollments.csv", RosterFixtures.utf8(enrollments.toString()));
        OneRosterPackage pkg = OneRosterParser.parseZipUnguarded(RosterFixtures.zip(files));
        assertThat(pkg.fileProblemKey()).isNull();
        ImportPreview p = pkg.previewUnguarded("c1");
        assertThat(p.problems()).isEmpty();
        assertThat(p.rows()).hasSize(students.size());
        for (int i = 0; i < students.size(); i++) {
            Student s = students.get(i);
            RosterRow row = p.rows().get(i);
            assertThat(row.sourcedId()).isEqualTo("u" + i);
            assertThat(row.firstName()).isEqualTo(nfc(s.first()));
            assertThat(row.lastName()).isEqualTo(nfc(s.last()));
            assertThat(row.studentId()).isEqualTo(s.id().isEmpty() ? null : s.id());
            assertThat(row.active()).isEqualTo(i % 3 != 0);
            assertThat(row.line()).isEqualTo(i + 2);
        }
    }
}

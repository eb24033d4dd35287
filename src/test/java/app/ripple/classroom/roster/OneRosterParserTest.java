package app.ripple.classroom.roster;

import static app.ripple.classroom.roster.RosterFixtures.utf8;
import static app.ripple.classroom.roster.RosterFixtures.zip;
import static app.ripple.classroom.roster.RosterMessages.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class OneRosterParserTest {

    private static final String USERS_HEADER = "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,"
            + "userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password";
    private static final String CLASSES_HEADER = "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,"
            + "classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods";
    private static final String ENROLLMENTS_HEADER = "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,"
            + "userSourcedId,role,primary,beginDate,endDate";

    static Map<String, byte[]> sample() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : List.of("manifest.csv", "users.csv", "classes.csv", "enrollments.csv", "orgs.csv", "academicSessions.csv")) {
            try (InputStream in = Objects.requireNonNull(OneRosterParserTest.class.getResourceAsStream("oneroster-sample/" + name))) {
                files.put(name, in.readAllBytes());
            }
        }
        return files;
    }

    private static Map<String, byte[]> files(String users, String classes, String enrollments) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("users.csv", utf8(users));
        files.put("classes.csv", utf8(classes));
        files.put("enrollments.csv", utf8(enrollments));
        return files;
    }

    @Test
    void readsSampleExportFromSeparateFiles() throws IOException {
        OneRosterPackage pkg = OneRosterParser.parseFiles(sample());
        assertThat(pkg.fileProblemKey()).isNull();
        assertThat(pkg.problems()).isEmpty();
        assertThat(pkg.classes()).containsExactly(new OneRosterClass("c1", "3A Kindness", "3A"), new OneRosterClass("c2", "4B", null));

        ImportPreview c1 = pkg.previewFor("c1");
        assertThat(c1.problems()).isEmpty();
        assertThat(c1.canImport()).isTrue();
        assertThat(c1.rows()).containsExactly(
                new RosterRow(2, "Zoë", "Kowalski", "Zoë K.", "S-001", "u1", true),
                new RosterRow(3, "أمل", "Haddad", "أمل H.", "S-002", "u2", true)); // teacher u4 not a row
        // u3 is tobedeleted and enabledUser=false: skipped with the reason, not a row
        assertThat(c1.skipped()).containsExactly(new SkippedRow(4, "Sam K.", "u3", SkippedRow.DISABLED));

        ImportPreview c2 = pkg.previewFor("c2");
        assertThat(c2.rows()).containsExactly(
                new RosterRow(2, "Zoë", "Kowalski", "Zoë K.", "S-001", "u1", false), // enrolment tobedeleted
                new RosterRow(6, "Léo", "Petit", "Léo P.", "S-005", "u5", true));
    }

    @Test
    void readsZipWithFilesInsideOneFolderAndIgnoresMacJunk() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("export-2026/", new byte[0]);
        sample().forEach((name, bytes) -> entries.put("export-2026/" + name, bytes));
        entries.put("__MACOSX/export-2026/._users.csv", new byte[] {0, 5, 22, 7});
        OneRosterPackage pkg = OneRosterParser.parseZip(zip(entries));
        assertThat(pkg.fileProblemKey()).isNull();
        assertThat(pkg.previewFor("c1").rows()).hasSize(2);
        assertThat(pkg.previewFor("c1").skipped()).hasSize(1);
    }

    @Test
    void neverKeepsContactDetailsPasswordsUsernamesOrGrades() throws IOException {
        OneRosterPackage pkg = OneRosterParser.parseZip(zip(sample()));
        String everything = pkg + pkg.classes().toString() + pkg.previewFor("c1") + pkg.previewFor("c2");
        assertThat(everything).doesNotContain("secret@", "555-01", "hunter2", "zoe.k", "{LDAP", "parent");
        // and the internal user records hold only the kept columns
        assertThat(OneRosterPackage.User.class.getRecordComponents()).extracting(java.lang.reflect.RecordComponent::getName)
                .containsExactly("line", "sourcedId", "givenName", "familyName", "identifier", "role", "toBeDeleted",
                        "disabled");
    }

    @Test
    void shuffledColumnOrderExtraColumnsAndHeaderCaseDifferencesAreFine() {
        OneRosterPackage pkg = OneRosterParser.parseFiles(files(
                "familyName,x-vendor,GIVENNAME,role,sourcedid,email\nKim,zz,Sam,student,u1,s@x\n",
                "title,sourcedId,extra\n3A,c1,\n",
                "userSourcedId,role,classSourcedId,status,foo\nu1,student,c1,active,bar\n"));
        assertThat(pkg.fileProblemKey()).isNull();
        assertThat(pkg.previewFor("c1").rows()).containsExactly(new RosterRow(2, "Sam", "Kim", "Sam K.", null, "u1", true));
    }

    @Test
    void exactHeaderNameWinsOverCaseInsensitiveMatch() {
        OneRosterPackage pkg = OneRosterParser.parseFiles(files(
                "GivenName,givenName,familyName,role,sourcedId\nWrong,Right,Kim,student,u1\n",
                "sourcedId,title\nc1,3A\n",
                "classSourcedId,userSourcedId,role\nc1,u1,student\n"));
        assertThat(pkg.previewFor("c1").rows()).extracting(RosterRow::firstName).containsExactly("Right");
    }

    @Test
    void tobedeletedOnEnrolmentOrUserMakesRowInactive() {
        OneRosterPackage pkg = OneRosterParser.parseFiles(files(
                "sourcedId,status,role,givenName,familyName\nu1,active,student,A,A\nu2,tobedeleted,student,,\nu3,active,student,C,C\n",
                "sourcedId,title\nc1,3A\n",
                "sourcedId,status,classSourcedId,userSourcedId,role\ne1,active,c1,u1,student\ne2,active,c1,u2,student\n"
                        + "e3,TOBEDELETED,c1,u3,student\n"));
        ImportPreview p = pkg.previewFor("c1");
        assertThat(p.problems()).isEmpty(); // a deleted user without a name is no problem
        assertThat(p.rows()).extracting(RosterRow::sourcedId, RosterRow::active).containsExactly(
                org.assertj.core.groups.Tuple.tuple("u1", true),
                org.assertj.core.groups.Tuple.tuple("u2", false),
                org.assertj.core.groups.Tuple.tuple("u3", false));
    }

    @Test
    void reportsBadRowsWithFileAndLine() {
        OneRosterPackage pkg = OneRosterParser.parseFiles(files(
                "sourcedId,role,givenName,familyName,identifier\n"
                        + "u1,student,,Kim,A\n"                       // 2 givenName missing
                        + "u2,student,Sam," + "k".repeat(41) + ",B\n" // 3 family name too long
                        + ",student,Nobody,X,\n"                      // 4 sourcedId missing (package problem)
                        + "u3,student,Eve,Lee,A\n"                    // 5 identifier duplicate of line 2
                        + "u4,teacher,Ana,Rivera,\n"                  // 6 enrolled as student but a teacher
                        + "u5,student,\"Tab\there\",Y,\n"             // 7 control character
                        + "u6,student,Ok,Fine,Z\n"                    // 8 fine
                        + "u6,student,Again,Dup,\n",                  // 9 duplicate sourcedId
                "sourcedId,title\nc1,3A\n,No id\nc2,\n",
                "classSourcedId,userSourcedId,role\n"
                        + "c1,u1,student\nc1,u2,student\nc1,u3,student\nc1,u4,student\nc1,u5,student\nc1,u6,student\n"
                        + "c1,ghost,student\n"                        // 8 unknown user
                        + "c1,,student\n"                             // 9 userSourcedId missing
                        + "c1,u1,teacher\n"));                        // 10 ignored: not a student enrolment
        assertThat(pkg.problems()).containsExactly(
                RowProblem.of(3, OR_SOURCED_ID_MISSING, "classes.csv"),
                RowProblem.of(4, OR_TITLE_MISSING, "classes.csv"),
                RowProblem.of(9, OR_USER_ID_MISSING, "enrollments.csv"),
                RowProblem.of(4, OR_SOURCED_ID_MISSING, "users.csv"),
                RowProblem.of(9, OR_DUPLICATE_SOURCED_ID, "users.csv", "u6", "8"));
        assertThat(pkg.classes()).extracting(OneRosterClass::sourcedId).containsExactly("c1");
        ImportPreview p = pkg.previewFor("c1");
        assertThat(p.problems()).containsExactly(
                RowProblem.of(8, OR_UNKNOWN_USER, "enrollments.csv", "ghost"),
                RowProblem.of(9, OR_USER_ID_MISSING, "enrollments.csv"),
                RowProblem.of(2, OR_GIVEN_NAME_MISSING, "users.csv"),
                RowProblem.of(3, OR_TOO_LONG, "users.csv", "familyName", "40"),
                RowProblem.of(5, OR_DUPLICATE_IDENTIFIER, "users.csv", "A", "2"),
                RowProblem.of(6, OR_NOT_A_STUDENT, "users.csv", "u4", "teacher"),
                RowProblem.of(7, OR_INVALID_CHARACTERS, "users.csv", "givenName"),
                RowProblem.of(9, OR_DUPLICATE_SOURCED_ID, "users.csv", "u6", "8"));
        assertThat(p.rows()).isEmpty();
        assertThat(p.canImport()).isFalse();
    }

    @Test
    void unclosedQuoteInAnyFileBlocksEveryClass() {
        OneRosterPackage pkg = OneRosterParser.parseFiles(files(
                "sourcedId,role,givenName,familyName\nu1,student,Ana,A\nu2,student,\"Broken,B\nu3,student,C,C\n",
                "sourcedId,title\nc1,3A\n",
                "classSourcedId,userSourcedId,role\nc1,u1,student\n"));
        assertThat(pkg.problems()).containsExactly(RowProblem.of(3, OR_UNCLOSED_QUOTE, "users.csv"));
        assertThat(pkg.previewFor("c1").problems()).containsExactly(RowProblem.of(3, OR_UNCLOSED_QUOTE, "users.csv"));
        assertThat(pkg.previewFor("c1").canImport()).isFalse();
    }

    @Test
    void missingRequiredFileOrColumnOrHeaderRefusesPackage() {
        Map<String, byte[]> noEnrollments = files("sourcedId,role,givenName,familyName\n", "sourcedId,title\nc1,3A\n", "");
        noEnrollments.remove("enrollments.csv");
        OneRosterPackage missing = OneRosterParser.parseFiles(noEnrollments);
        assertThat(missing.fileProblemKey()).isEqualTo(OR_FILE_MISSING);
        assertThat(missing.fileProblemArgs()).containsExactly("enrollments.csv");
        assertThat(missing.previewFor("c1").fileProblemKey()).isEqualTo(OR_FILE_MISSING);
        assertThat(missing.previewFor("c1").canImport()).isFalse();

        OneRosterPackage noColumn = OneRosterParser.parseFiles(files("sourcedId,role,familyName\nu1,student,K\n",
                "sourcedId,title\nc1,3A\n", "classSourcedId,userSourcedId,role\n"));
        assertThat(noColumn.fileProblemKey()).isEqualTo(OR_MISSING_COLUMN);
        assertThat(noColumn.fileProblemArgs()).containsExactly("users.csv", "givenName");

        OneRosterPackage noHeader = OneRosterParser.parseFiles(files("sourcedId,role,givenName,familyName\n",
                "c1,active,,3A\n", "classSourcedId,userSourcedId,role\n"));
        assertThat(noHeader.fileProblemKey()).isEqualTo(OR_MISSING_HEADER);
        assertThat(noHeader.fileProblemArgs()).containsExactly("classes.csv");

        OneRosterPackage empty = OneRosterParser.parseFiles(files("sourcedId,role,givenName,familyName\n", "", "x"));
        assertThat(empty.fileProblemKey()).isEqualTo(OR_FILE_EMPTY);
        assertThat(empty.fileProblemArgs()).containsExactly("classes.csv");
    }

    @Test
    void binaryOrNonUtf8FileRefusesPackage() {
        Map<String, byte[]> f = files("sourcedId,role,givenName,familyName\n", "sourcedId,title\nc1,3A\n", "x");
        f.put("users.csv", new byte[] {'a', 0, 'b'});
        assertThat(OneRosterParser.parseFiles(f).fileProblemKey()).isEqualTo(OR_FILE_BINARY);
        f.put("users.csv", "sourcedId,role,givenName,familyName\nu1,student,Zoë,K\n".getBytes(java.nio.charset.Charset.forName("ISO-8859-1")));
        OneRosterPackage p = OneRosterParser.parseFiles(f);
        assertThat(p.fileProblemKey()).isEqualTo(OR_FILE_NOT_UTF8_AT_LINE);
        assertThat(p.fileProblemArgs()).containsExactly("users.csv", "2");
    }

    @Test
    void unknownClassNoStudentsAndNoClasses() throws IOException {
        OneRosterPackage pkg = OneRosterParser.parseFiles(sample());
        assertThat(pkg.previewFor("nope").fileProblemKey()).isEqualTo(OR_CLASS_NOT_FOUND);
        assertThat(pkg.previewFor("c3").fileProblemKey()).isEqualTo(OR_CLASS_NOT_FOUND); // tobedeleted class not offered
        OneRosterPackage emptyClass = OneRosterParser.parseFiles(files("sourcedId,role,givenName,familyName\n",
                "sourcedId,title\nc1,3A\n", "classSourcedId,userSourcedId,role\n"));
        assertThat(emptyClass.previewFor("c1").fileProblemKey()).isEqualTo(OR_NO_STUDENTS);
        assertThat(emptyClass.previewFor("c1").fileProblemArgs()).containsExactly("3A");
        assertThat(OneRosterParser.parseFiles(files("sourcedId,role,givenName,familyName\n",
                "sourcedId,title\n", "classSourcedId,userSourcedId,role\n")).fileProblemKey()).isEqualTo(OR_NO_CLASSES);
    }

    @Test
    void fileNamesMayHaveFoldersAndOtherCase() throws IOException {
        Map<String, byte[]> renamed = new LinkedHashMap<>();
        sample().forEach((name, bytes) -> renamed.put("Export/" + name.toUpperCase(java.util.Locale.ROOT), bytes));
        assertThat(OneRosterParser.parseFiles(renamed).fileProblemKey()).isNull();
        Map<String, byte[]> twice = new LinkedHashMap<>(sample());
        twice.put("other/users.csv", twice.get("users.csv"));
        assertThat(OneRosterParser.parseFiles(twice).fileProblemKey()).isEqualTo(OR_DUPLICATE_FILE);
    }

    @Test
    void refusesNonZipCorruptZipAndTooLargeZip() throws IOException {
        assertThat(OneRosterParser.parseZip(new byte[0]).fileProblemKey()).isEqualTo(FILE_EMPTY);
        assertThat(OneRosterParser.parseZip(utf8("sourcedId,title\n")).fileProblemKey()).isEqualTo(OR_NOT_ZIP);
        byte[] good = zip(sample());
        byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
        assertThat(OneRosterParser.parseZip(truncated).fileProblemKey()).isIn(OR_CORRUPT_ZIP, OR_FILE_MISSING);
        byte[] garbled = good.clone();
        for (int i = 40; i < garbled.length - 40; i += 7) {
            garbled[i] ^= 0x5A;
        }
        assertThat(OneRosterParser.parseZip(garbled).fileProblemKey()).isNotNull();
        byte[] huge = new byte[RosterLimits.MAX_ZIP_BYTES + 1];
        huge[0] = 'P';
        huge[1] = 'K';
        huge[2] = 3;
        huge[3] = 4;
        assertThat(OneRosterParser.parseZip(huge).fileProblemKey()).isEqualTo(OR_ZIP_TOO_LARGE);
        // an empty zip has no users.csv
        assertThat(OneRosterParser.parseZip(zip(Map.of())).fileProblemKey()).isEqualTo(OR_FILE_MISSING);
    }

    @Test
    void refusesPathTraversalEntries() throws IOException {
        for (String evil : List.of("../users.csv", "export/../../etc/passwd", "/etc/users.csv", "C:\\temp\\users.csv",
                "..\\..\\users.csv")) {
            Map<String, byte[]> entries = new LinkedHashMap<>(sample());
            entries.put(evil, utf8("x"));
            OneRosterPackage pkg = OneRosterParser.parseZip(zip(entries));
            assertThat(pkg.fileProblemKey()).as(evil).isEqualTo(OR_UNSAFE_ENTRY);
            assertThat(pkg.classes()).isEmpty();
        }
    }

    @Test
    void refusesZipBombsAndTooManyEntries() throws IOException {
        // 110 MB of zeros compresses to about 100 kB
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 110; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(RosterLimits.MAX_ZIP_BYTES);
        assertThat(OneRosterParser.parseZip(bytes.toByteArray()).fileProblemKey()).isEqualTo(OR_ZIP_TOO_MUCH_DATA);

        // users.csv itself unpacking to more than 5 MB
        Map<String, byte[]> bigUsers = new LinkedHashMap<>(sample());
        bigUsers.put("users.csv", new byte[RosterLimits.MAX_CSV_BYTES + 10]);
        OneRosterPackage big = OneRosterParser.parseZip(zip(bigUsers));
        assertThat(big.fileProblemKey()).isEqualTo(OR_FILE_TOO_LARGE);
        assertThat(big.fileProblemArgs()).containsExactly("users.csv", "5");

        Map<String, byte[]> many = new LinkedHashMap<>(sample());
        for (int i = 0; i < RosterLimits.MAX_ZIP_ENTRIES; i++) {
            many.put("extra/" + i + ".txt", new byte[] {'x'});
        }
        assertThat(OneRosterParser.parseZip(zip(many)).fileProblemKey()).isEqualTo(OR_ZIP_TOO_MANY_ENTRIES);
    }

    @Test
    void refusesFilesWithMoreThanTenThousandRows() {
        StringBuilder users = new StringBuilder("sourcedId,role,givenName,familyName\n");
        for (int i = 0; i <= RosterLimits.MAX_ROWS; i++) {
            users.append('u').append(i).append(",student,A,B\n");
        }
        OneRosterPackage pkg = OneRosterParser.parseFiles(files(users.toString(), "sourcedId,title\nc1,3A\n",
                "classSourcedId,userSourcedId,role\n"));
        assertThat(pkg.fileProblemKey()).isEqualTo(OR_FILE_TOO_MANY_ROWS);
        assertThat(pkg.fileProblemArgs()).containsExactly("users.csv", "10000");
    }

    @Test
    void twoThousandStudentsInOneClassPreviewCorrectly() {
        Map<String, byte[]> f = generated(2000);
        ImportPreview p = OneRosterParser.parseFiles(f).previewFor("c1");
        assertThat(p.problems()).isEmpty();
        assertThat(p.rows()).hasSize(2000);
        for (int i = 0; i < 2000; i++) {
            RosterRow row = p.rows().get(i);
            assertThat(row.sourcedId()).isEqualTo("u" + i);
            assertThat(row.firstName()).isEqualTo(RosterFixtures.firstName(i));
            assertThat(row.lastName()).isEqualTo(RosterFixtures.lastName(i));
            assertThat(row.line()).isEqualTo(i + 2);
        }
    }

    /** A package with one class c1 of {@code count} students, users listed in reverse order of enrolment. */
    static Map<String, byte[]> generated(int count) {
        StringBuilder users = new StringBuilder(USERS_HEADER).append('\n');
        StringBuilder enrollments = new StringBuilder(ENROLLMENTS_HEADER).append('\n');
        for (int i = 0; i < count; i++) {
            users.append("u").append(i).append(",active,2026-09-01,true,org1,student,user").append(i).append(",,")
                    .append(RosterFixtures.quote(RosterFixtures.firstName(i), ',')).append(',')
                    .append(RosterFixtures.quote(RosterFixtures.lastName(i), ',')).append(",,ID-").append(i)
                    .append(",kid").append(i).append("@example.org,,,,03,pw\n");
            enrollments.append("e").append(i).append(",active,2026-09-01,c1,org1,u").append(i).append(",student,false,,\n");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("users.csv", users.toString().getBytes(StandardCharsets.UTF_8));
        files.put("classes.csv", utf8(CLASSES_HEADER + "\nc1,active,2026-09-01,3A,03,course1,3A,homeroom,,org1,term1,,,\n"));
        files.put("enrollments.csv", enrollments.toString().getBytes(StandardCharsets.UTF_8));
        return files;
    }
}

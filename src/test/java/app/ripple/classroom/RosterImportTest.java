package app.ripple.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.InvalidInputException;
import app.ripple.base.NotAllowedException;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import app.ripple.testsupport.TestClockConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@RippleTest
class RosterImportTest {

    @Autowired Fixtures fixtures;
    @Autowired ClassService classes;
    @Autowired RosterService roster;

    long teacher;
    long classId;

    @BeforeEach
    void aClass() {
        fixtures.reset();
        fixtures.school();
        teacher = fixtures.teacher("Tess Teacher", "tess@test.example");
        classId = ClassroomFixtures.classOf(fixtures, classes, teacher, "4B");
    }

    private static byte[] csv(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, byte[]> oneRosterSample() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : new String[] {"users.csv", "classes.csv", "enrollments.csv", "orgs.csv", "academicSessions.csv"}) {
            try (InputStream in = RosterImportTest.class.getResourceAsStream("/app/ripple/classroom/roster/oneroster-sample/" + name)) {
                if (in != null) {
                    files.put(name, in.readAllBytes());
                }
            }
        }
        return files;
    }

    private long active() {
        return fixtures.jdbc().sql("select count(*) from student where class_id = ? and active").param(classId).query(Long.class).single();
    }

    @Test
    void aPlainCsvImportsAllRowsAndAReimportUpdatesByStudentId() {
        RosterService.ImportResult first = roster.importPlainCsv(classId, csv("first_name,last_name,student_id\nZoë,Kowalski,S1\nSam,O'Neill,S2\n"));
        assertThat(first).isEqualTo(new RosterService.ImportResult(2, 0, 0, 0));
        RosterService.ImportResult again = roster.importPlainCsv(classId, csv("first_name;last_name;student_id\nZoe;Kowalski;S1\nMia;Ruiz;S3\n"));
        assertThat(again).isEqualTo(new RosterService.ImportResult(1, 1, 0, 0));
        assertThat(roster.students(classId)).extracting(ClassRecords.StudentInfo::displayName)
                .containsExactlyInAnyOrder("Zoe K.", "Sam O.", "Mia R.");
        assertThat(roster.students(classId)).extracting(ClassRecords.StudentInfo::avatar).doesNotHaveDuplicates();
    }

    @Test
    void aFileWithABadRowSavesNothingAndThePreviewNamesTheLine() {
        byte[] bad = csv("first_name,last_name\nAna,Ruiz\n,Kim\nLeo,Park\n");
        var preview = roster.previewPlainCsv(classId, bad);
        assertThat(preview.canImport()).isFalse();
        assertThat(preview.problems()).extracting(p -> p.line()).containsExactly(3);
        assertThatThrownBy(() -> roster.importPlainCsv(classId, bad)).isInstanceOf(InvalidInputException.class);
        assertThat(active()).isZero();
    }

    @Test
    void binaryFilesAreRefusedAsAWhole() {
        byte[] binary = new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2, 3};
        assertThat(roster.previewPlainCsv(classId, binary).fileProblemKey()).isNotNull();
        assertThatThrownBy(() -> roster.importPlainCsv(classId, binary)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void oneRosterMatchesBySourcedIdSoAReimportUpdatesAndTobedeletedEndsTheEnrolment() throws IOException {
        Map<String, byte[]> files = oneRosterSample();
        var pkg = roster.readOneRoster(classId, files);
        assertThat(pkg.classes()).extracting(c -> c.sourcedId()).contains("c1");
        RosterService.ImportResult first = roster.importOneRoster(classId, files, "c1");
        assertThat(first.added()).isPositive();
        long afterFirst = active();
        RosterService.ImportResult again = roster.importOneRoster(classId, files, "c1");
        assertThat(again.added()).isZero();
        assertThat(active()).isEqualTo(afterFirst);

        String enrollments = new String(files.get("enrollments.csv"), StandardCharsets.UTF_8);
        String firstStudentLine = enrollments.lines().filter(l -> l.contains(",c1,") && l.contains(",student,")).findFirst().orElseThrow();
        files.put("enrollments.csv", enrollments.replace(firstStudentLine, firstStudentLine.replace(",active,", ",tobedeleted,"))
                .getBytes(StandardCharsets.UTF_8));
        RosterService.ImportResult ended = roster.importOneRoster(classId, files, "c1");
        assertThat(ended.ended()).isEqualTo(1);
        assertThat(active()).isEqualTo(afterFirst - 1);
        assertThat(fixtures.jdbc().sql("select oneroster_sourced_id from school_class where id = ?").param(classId)
                .query(String.class).single()).isEqualTo("c1");
        // The ended student is kept (their lessons so far still count) with the day they left, so later
        // lessons do not count against their dose; being enrolled again clears it.
        String leftSql = "select count(*) from student where class_id = ? and not active and left_at = ?";
        assertThat(fixtures.jdbc().sql(leftSql).params(classId, java.sql.Timestamp.from(TestClockConfig.START))
                .query(Long.class).single()).isEqualTo(1);
        files.put("enrollments.csv", enrollments.getBytes(StandardCharsets.UTF_8));
        roster.importOneRoster(classId, files, "c1");
        assertThat(active()).isEqualTo(afterFirst);
        assertThat(fixtures.jdbc().sql("select count(*) from student where class_id = ? and left_at is not null").param(classId)
                .query(Long.class).single()).isZero();
    }

    /** Five join, one leaves (tobedeleted), one account is switched off in the school system. */
    static Map<String, byte[]> fiveJoinOneLeavesOneDisabled(boolean u2Disabled) {
        String header = "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier\n";
        StringBuilder users = new StringBuilder(header);
        StringBuilder enrollments = new StringBuilder("sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role\n");
        String[] names = {"Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus"};
        for (int i = 0; i < names.length; i++) {
            String id = "u" + (i + 1);
            boolean disabled = i == 6 || (u2Disabled && i == 1);
            users.append(id).append(",active,2026-09-01T00:00:00Z,").append(disabled ? "false" : "true")
                    .append(",org1,student,,,").append(names[i]).append(",Lopez,,S").append(i + 1).append('\n');
            enrollments.append('e').append(i + 1).append(i == 5 ? ",tobedeleted," : ",active,").append("2026-09-01T00:00:00Z,c1,org1,")
                    .append(id).append(",student\n");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("users.csv", csv(users.toString()));
        files.put("classes.csv", csv("sourcedId,status,title,classCode\nc1,active,Grade 4 Science - Room 12,SCI4\n"));
        files.put("enrollments.csv", csv(enrollments.toString()));
        return files;
    }

    @Test
    void oneRosterSkipsDisabledAccountsAndCountsOnlyWhoJoins() {
        Map<String, byte[]> files = fiveJoinOneLeavesOneDisabled(false);
        var preview = roster.readOneRoster(classId, files).previewFor("c1");
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.joiningOrStaying()).isEqualTo(5);
        assertThat(preview.leaving()).isEqualTo(1);
        assertThat(preview.skipped()).singleElement().satisfies(s -> {
            assertThat(s.displayName()).isEqualTo("Gus L.");
            assertThat(s.line()).isEqualTo(8);
            assertThat(s.reasonKey()).isEqualTo("roster.import.skipped.disabled");
        });
        assertThat(roster.importOneRoster(classId, files, "c1")).isEqualTo(new RosterService.ImportResult(5, 0, 0, 0));
        assertThat(roster.students(classId)).extracting(ClassRecords.StudentInfo::displayName)
                .containsExactly("Ana L.", "Ben L.", "Cleo L.", "Dev L.", "Eli L.");
    }

    @Test
    void reimportingAnUnchangedFileSaysUnchangedNotUpdated() {
        Map<String, byte[]> files = fiveJoinOneLeavesOneDisabled(false);
        roster.importOneRoster(classId, files, "c1");
        assertThat(roster.importOneRoster(classId, files, "c1")).isEqualTo(new RosterService.ImportResult(0, 0, 5, 0));
        assertThat(roster.importPlainCsv(classId, csv("Ana,Lopez,S1\nBen,Lopez,S2\n"))).isEqualTo(new RosterService.ImportResult(0, 0, 2, 0));
        assertThat(roster.importPlainCsv(classId, csv("Anabel,Lopez,S1\n"))).isEqualTo(new RosterService.ImportResult(0, 1, 0, 0));
    }

    @Test
    void aStudentWhoseAccountIsSwitchedOffLeavesTheClass() {
        roster.importOneRoster(classId, fiveJoinOneLeavesOneDisabled(false), "c1");
        assertThat(roster.importOneRoster(classId, fiveJoinOneLeavesOneDisabled(true), "c1"))
                .isEqualTo(new RosterService.ImportResult(0, 0, 4, 1));
        assertThat(active()).isEqualTo(4);
    }

    @Test
    void anotherTeacherCannotPreviewOrImportIntoThisClass() {
        long other = fixtures.teacher("Otto Other", "otto@test.example");
        fixtures.signIn(other);
        assertThatThrownBy(() -> roster.previewPlainCsv(classId, csv("Ana,Ruiz"))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> roster.importPlainCsv(classId, csv("Ana,Ruiz"))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> roster.signInCardsPdf(classId, java.util.Locale.ENGLISH)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void signInCardsListEveryStudentAndTheExportIsAudited() throws IOException {
        roster.importPlainCsv(classId, csv("Zoë,Kowalski\nSam,O'Neill\n"));
        byte[] pdf = roster.signInCardsPdf(classId, java.util.Locale.ENGLISH);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Zoë K.", "Sam O.", "4B");
        }
        assertThat(fixtures.jdbc().sql("select count(*) from audit_log where action = 'SIGN_IN_CARDS_EXPORTED'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aClassCannotHaveMoreStudentsThanAvatarsAndTheWholeImportIsRefused() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 49; i++) {
            many.append("Kid").append(i).append(",Test\n");
        }
        assertThatThrownBy(() -> roster.importPlainCsv(classId, csv(many.toString()))).isInstanceOf(InvalidInputException.class);
        assertThat(active()).isZero();
        fixtures.signIn(teacher);
    }

}

package app.ripple.lesson.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.InvalidInputException;
import app.ripple.base.NotAllowedException;
import app.ripple.lesson.attitude.BuiltInInstruments;
import app.ripple.lesson.attitude.PairedResult;
import app.ripple.lesson.attitude.Pseudonyms;
import app.ripple.lesson.checks.AttitudeFixtures.TestClass;
import app.ripple.lesson.checks.AttitudeRecords.ConsentPolicy;
import app.ripple.lesson.checks.AttitudeRecords.InstrumentResult;
import app.ripple.lesson.checks.AttitudeRecords.Phase;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authorization.AuthorizationDeniedException;

@RippleTest
@Import(AttitudeFixtures.class)
class AttitudeChecksServiceTest {

    static final String SKS = BuiltInInstruments.SCHOOL_KINDNESS_SCALE.id();
    static final String STIGMA = BuiltInInstruments.STIGMA_CHECK.id();

    @Autowired Fixtures fixtures;
    @Autowired AttitudeFixtures f;
    @Autowired CheckService checks;
    @Autowired ConsentService consent;
    @Autowired InstrumentService instruments;
    @Autowired AttitudeResults results;

    @BeforeEach
    void school() {
        fixtures.reset();
        f.school();
    }

    private long count(String sql) {
        return fixtures.jdbc().sql(sql).query(Long.class).single();
    }

    /** n students answer a closed pre and a closed post check; returns the class. */
    private TestClass prePost(String email, int students, int answering) {
        TestClass c = f.classWith(email, "C" + students, students);
        f.consentAll(c, SKS);
        long pre = f.open(c, SKS, Phase.PRE);
        for (int i = 0; i < answering; i++) {
            f.answer(c, c.students().get(i), pre, List.of(2, 3, 3, 2, 3));
        }
        f.close(c, pre);
        long post = f.open(c, SKS, Phase.POST);
        for (int i = 0; i < answering; i++) {
            f.answer(c, c.students().get(i), post, List.of(3, 4, 3 + i % 2, 3, 4));
        }
        f.close(c, post);
        return c;
    }

    @Test
    void fourPairsShowNothingAndFiveShowTheAggregate() {
        TestClass four = prePost("four@test.example", 6, 4);
        TestClass five = prePost("five@test.example", 6, 5);

        fixtures.signIn(four.teacher());
        InstrumentResult r4 = results.forClass(four.classId(), f.termId).getFirst();
        assertThat(r4.prePost()).isInstanceOf(PairedResult.Suppressed.class);
        assertThat(r4.summary().pre().suppressed()).isTrue();

        fixtures.signIn(five.teacher());
        InstrumentResult r5 = results.forClass(five.classId(), f.termId).getFirst();
        assertThat(r5.prePost()).isInstanceOf(PairedResult.Figures.class);
        PairedResult.Figures fig = (PairedResult.Figures) r5.prePost();
        assertThat(fig.n()).isEqualTo(5);
        assertThat(fig.preMean()).isEqualTo(2.6, org.assertj.core.data.Offset.offset(1e-9));
        // post scores: (3+4+3+3+4)/5 = 3.4 for even i, 3.6 for odd i → mean of 3.4,3.6,3.4,3.6,3.4 = 3.48
        assertThat(fig.postMean()).isEqualTo(3.48, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(fig.worsenedShare()).isZero();
        assertThat(r5.citation()).contains("Binfet");
    }

    @Test
    void figuresWaitUntilBothChecksAreClosed() {
        TestClass c = f.classWith("t@test.example", "4B", 6);
        f.consentAll(c, SKS);
        long pre = f.open(c, SKS, Phase.PRE);
        c.students().forEach(s -> f.answer(c, s, pre, List.of(3, 3, 3, 3, 3)));
        fixtures.signIn(c.teacher());
        assertThat(results.forClass(c.classId(), f.termId).getFirst().prePost()).isNull();
        assertThat(results.forClass(c.classId(), f.termId).getFirst().summary().pre().suppressed()).isTrue();
    }

    @Test
    void thePseudonymIsStableAndTheStoredRowsHoldNoStudentId() {
        TestClass c = prePost("t@test.example", 5, 5);
        assertThat(count("select count(*) from attitude_response")).isEqualTo(10);
        // Pre and post of one student share a pseudonym: five distinct pseudonyms, each twice.
        assertThat(count("select count(distinct pseudonym) from attitude_response")).isEqualTo(5);
        long schoolId = count("select id from school");
        byte[] secret = keyStore.get(schoolId).orElseThrow();
        assertThat(secret.length).isGreaterThanOrEqualTo(32);
        String expected = Pseudonyms.of(secret, c.students().getFirst(), SKS, c.classId(), f.termId);
        assertThat(count("select count(*) from attitude_response where pseudonym = '" + expected + "'")).isEqualTo(2);

        List<String> columns = fixtures.jdbc().sql("""
                select column_name from information_schema.columns where table_name = 'attitude_response'""")
                .query(String.class).list();
        assertThat(columns).containsExactlyInAnyOrder("id", "check_id", "pseudonym", "answers", "answered_on", "school_id");
        String rows = fixtures.jdbc().sql("select string_agg(pseudonym || ' ' || answers::text || ' ' || answered_on, ';') from attitude_response")
                .query(String.class).single();
        for (long student : c.students()) {
            assertThat(rows).doesNotContain("student:" + student);
        }
        // The answer day only, no time of day: the "who answered" list cannot be matched by time.
        assertThat(fixtures.jdbc().sql("select data_type from information_schema.columns where table_name = 'attitude_response' and column_name = 'answered_on'")
                .query(String.class).single()).isEqualTo("date");
        assertThat(fixtures.jdbc().sql("select column_name from information_schema.columns where table_name = 'attitude_check_done'")
                .query(String.class).list()).containsExactlyInAnyOrder("check_id", "student_id", "school_id");
    }

    @Autowired PseudonymKeyStore keyStore;

    @Test
    void aDatabaseDumpAloneCannotRecomputeAPseudonymButTheKeyFileCan() {
        TestClass c = prePost("t@test.example", 5, 5);
        long schoolId = count("select id from school");
        long student = c.students().getFirst();
        List<String> stored = fixtures.jdbc().sql("select pseudonym from attitude_response").query(String.class).list();

        // Everything binary or textual in the database that could serve as a 32+ byte key.
        List<byte[]> candidates = new java.util.ArrayList<>();
        record Col(String table, String column, String type) {
        }
        for (Col col : fixtures.jdbc().sql("""
                select table_name, column_name, data_type from information_schema.columns c
                where table_schema = 'public' and data_type in ('bytea', 'text', 'character varying')
                  and exists (select 1 from information_schema.tables t where t.table_schema = 'public'
                              and t.table_name = c.table_name and t.table_type = 'BASE TABLE')""")
                .query((rs, n) -> new Col(rs.getString(1), rs.getString(2), rs.getString(3))).list()) {
            if (col.type().equals("bytea")) {
                candidates.addAll(fixtures.jdbc().sql("select " + col.column() + " from " + col.table() + " where " + col.column() + " is not null")
                        .query((rs, n) -> rs.getBytes(1)).list());
            } else {
                for (String text : fixtures.jdbc().sql("select " + col.column() + " from " + col.table() + " where " + col.column() + " is not null")
                        .query(String.class).list()) {
                    candidates.add(text.getBytes(StandardCharsets.UTF_8));
                    try {
                        candidates.add(java.util.Base64.getDecoder().decode(text.strip()));
                    } catch (IllegalArgumentException notBase64) {
                        // not a key written as base64
                    }
                }
            }
        }
        assertThat(candidates).isNotEmpty();
        for (byte[] candidate : candidates) {
            if (candidate.length >= Pseudonyms.MIN_SECRET_BYTES) {
                assertThat(stored).doesNotContain(Pseudonyms.of(candidate, student, SKS, c.classId(), f.termId));
            }
        }
        assertThat(count("select count(*) from attitude_secret where secret is not null")).isZero();

        // The key file, kept apart from the dump, does re-link them.
        byte[] key = keyStore.get(schoolId).orElseThrow();
        assertThat(stored).contains(Pseudonyms.of(key, student, SKS, c.classId(), f.termId));
        assertThat(keyStore.location()).doesNotContain(System.getProperty("user.home") + "/.ripple");
    }

    @Test
    void anOlderInstallationsSecretMovesFromTheDatabaseToTheKeyFileAndPseudonymsStayTheSame() throws Exception {
        long schoolId = count("select id from school");
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("ripple-key-move-");
        PseudonymKeyStore store = new PseudonymKeyStore("", dir.resolve("keys/pseudonym.key").toString());
        byte[] old = new byte[32];
        new java.security.SecureRandom().nextBytes(old);
        fixtures.jdbc().sql("delete from attitude_secret").update();
        fixtures.jdbc().sql("insert into attitude_secret (school_id, secret, created_at) values (?, ?, now())").params(schoolId, old).update();
        String before = Pseudonyms.of(old, 7, SKS, 3, 4);

        PseudonymKeys moved = new PseudonymKeys(fixtures.jdbc(), fixtures.clock(), store);
        moved.moveSecretsOutOfTheDatabase();

        assertThat(count("select count(*) from attitude_secret where secret is not null")).isZero();
        assertThat(count("select count(*) from attitude_secret")).isEqualTo(1);
        assertThat(store.get(schoolId)).hasValueSatisfying(k -> assertThat(k).isEqualTo(old));
        assertThat(moved.pseudonym(schoolId, 7, SKS, 3, 4)).isEqualTo(before);
        assertThat(java.nio.file.Files.getPosixFilePermissions(dir.resolve("keys/pseudonym.key")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        moved.moveSecretsOutOfTheDatabase(); // again: nothing left to move, nothing changes
        assertThat(store.get(schoolId)).hasValueSatisfying(k -> assertThat(k).isEqualTo(old));

        // A lost key file is reported, never silently replaced by a new key.
        java.nio.file.Files.delete(dir.resolve("keys/pseudonym.key"));
        assertThatThrownBy(() -> moved.pseudonym(schoolId, 7, SKS, 3, 4)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing").hasMessageNotContaining(java.util.Base64.getEncoder().encodeToString(old));
    }

    @Test
    void theSecretIsCreatedOnceAndNoPublicMethodOrRecordExposesAPseudonymOrTheSecret() {
        prePost("t@test.example", 5, 5);
        assertThat(keyStore.get(count("select id from school"))).isPresent();
        assertThat(count("select count(*) from attitude_secret")).isLessThanOrEqualTo(1);
        assertThat(count("select count(*) from attitude_secret where secret is not null")).isZero();
        for (Class<?> service : List.of(CheckService.class, ConsentService.class, InstrumentService.class, AttitudeResults.class)) {
            for (Method m : service.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    assertThat(m.getName().toLowerCase()).doesNotContain("pseudonym").doesNotContain("secret");
                    assertThat(m.getReturnType()).isNotEqualTo(byte[].class);
                }
            }
        }
        for (Class<?> type : AttitudeRecords.class.getDeclaredClasses()) {
            if (type.isRecord()) {
                for (RecordComponent rc : type.getRecordComponents()) {
                    assertThat(rc.getName().toLowerCase()).as(type.getSimpleName()).doesNotContain("pseudonym").doesNotContain("secret");
                }
            }
        }
        assertThat(Modifier.isPublic(PseudonymKeys.class.getModifiers())).isFalse();
    }

    @Test
    void optInOffersTheCheckOnlyAfterAYes() {
        TestClass c = f.classWith("t@test.example", "4B", 2);
        long check = f.open(c, SKS, Phase.PRE);
        long ana = c.students().get(0);
        f.signInStudent(c, ana);
        assertThat(checks.myOpenChecks("en")).isEmpty();
        assertThatThrownBy(() -> checks.answer(check, List.of(3, 3, 3, 3, 3))).isInstanceOf(NotAllowedException.class);

        fixtures.signIn(c.teacher());
        consent.record(c.classId(), ana, SKS, true);
        assertThat(checks.notAnswered(check)).extracting(AttitudeRecords.NotAnswered::studentId).containsExactly(ana);
        f.signInStudent(c, ana);
        assertThat(checks.myOpenChecks("en")).singleElement().satisfies(sc -> {
            assertThat(sc.statements()).hasSize(5).first().isEqualTo("The adults in my school model kindness");
            assertThat(sc.labels()).first().isEqualTo("Disagree a lot");
        });
        assertThat(checks.myOpenChecks("es").getFirst().labels()).first().isEqualTo("Muy en desacuerdo");
    }

    @Test
    void optOutOffersTheCheckUnlessTheFamilySaidNo() {
        fixtures.signIn(f.coordinator);
        instruments.setPolicy(STIGMA, ConsentPolicy.OPT_OUT);
        TestClass c = f.classWith("t@test.example", "4B", 2);
        long check = f.open(c, STIGMA, Phase.PRE);
        fixtures.signIn(c.teacher());
        consent.record(c.classId(), c.students().get(1), STIGMA, false);
        assertThat(checks.notAnswered(check)).extracting(AttitudeRecords.NotAnswered::studentId).containsExactly(c.students().get(0));
        assertThat(consent.consents(c.classId(), STIGMA)).extracting(AttitudeRecords.ConsentRow::eligible).containsExactly(true, false);

        f.signInStudent(c, c.students().get(0));
        assertThat(checks.myOpenChecks("en")).hasSize(1);
        f.signInStudent(c, c.students().get(1));
        assertThat(checks.myOpenChecks("en")).isEmpty();
        assertThatThrownBy(() -> checks.answer(check, List.of(3, 3, 3, 3, 3, 3))).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aStudentAnswersOnceAndOutOfRangeAnswersAreRefusedWithNothingWritten() {
        TestClass c = f.classWith("t@test.example", "4B", 2);
        f.consentAll(c, SKS);
        long check = f.open(c, SKS, Phase.PRE);
        f.signInStudent(c, c.students().getFirst());
        for (List<Integer> bad : List.of(List.of(3, 3, 3, 3, 6), List.of(0, 3, 3, 3, 3), List.of(3, 3, 3, 3), List.of(3, 3, 3, 3, 3, 3))) {
            assertThatThrownBy(() -> checks.answer(check, bad)).isInstanceOf(InvalidInputException.class);
        }
        assertThat(count("select count(*) from attitude_response") + count("select count(*) from attitude_check_done")).isZero();

        checks.answer(check, List.of(1, 2, 3, 4, 5));
        assertThat(checks.myOpenChecks("en")).isEmpty();
        assertThatThrownBy(() -> checks.answer(check, List.of(1, 2, 3, 4, 5)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("answers")).isTrue());
        assertThat(count("select count(*) from attitude_response")).isEqualTo(1);
        assertThat(fixtures.jdbc().sql("select answers::int[] from attitude_response").query((rs, n) -> (Integer[]) rs.getArray(1).getArray())
                .single()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aStudentCannotAnswerAnotherClassesCheckOrAClosedOne() {
        TestClass a = f.classWith("a@test.example", "A", 2);
        TestClass b = f.classWith("b@test.example", "B", 2);
        f.consentAll(a, SKS);
        f.consentAll(b, SKS);
        long checkOfB = f.open(b, SKS, Phase.PRE);
        long checkOfA = f.open(a, SKS, Phase.PRE);
        f.signInStudent(a, a.students().getFirst());
        assertThat(checks.myOpenChecks("en")).extracting(AttitudeRecords.StudentCheck::checkId).containsExactly(checkOfA);
        assertThatThrownBy(() -> checks.answer(checkOfB, List.of(3, 3, 3, 3, 3))).isInstanceOf(NotAllowedException.class);
        f.close(a, checkOfA);
        f.signInStudent(a, a.students().getFirst());
        assertThatThrownBy(() -> checks.answer(checkOfA, List.of(3, 3, 3, 3, 3))).isInstanceOf(NotAllowedException.class);
        assertThat(count("select count(*) from attitude_response")).isZero();
    }

    @Test
    void teacherACannotOpenCloseOrSeeTheChecksOfTeacherBsClass() {
        TestClass a = f.classWith("a@test.example", "A", 5);
        TestClass b = prePost("b@test.example", 5, 5);
        long checkOfB = fixtures.jdbc().sql("select id from attitude_check where class_id = ? order by id limit 1").param(b.classId())
                .query(Long.class).single();
        fixtures.signIn(a.teacher());
        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> calls = List.of(
                () -> checks.open(b.classId(), SKS, Phase.FOLLOW_UP),
                () -> checks.close(checkOfB),
                () -> checks.checks(b.classId(), "en"),
                () -> checks.notAnswered(checkOfB),
                () -> results.forClass(b.classId(), f.termId),
                () -> consent.consents(b.classId(), SKS),
                () -> consent.record(b.classId(), b.students().getFirst(), SKS, false),
                () -> consent.record(a.classId(), b.students().getFirst(), SKS, false));
        for (var call : calls) {
            assertThatThrownBy(call).isInstanceOf(NotAllowedException.class);
        }
        fixtures.signIn(f.coordinator);
        assertThat(results.forClass(b.classId(), f.termId)).hasSize(1);
        assertThat(checks.checks(b.classId(), "en")).hasSize(2);
    }

    @Test
    void studentsAndTeachersCannotUseCoordinatorOrStaffMethods() {
        TestClass c = f.classWith("t@test.example", "4B", 1);
        fixtures.signIn(c.teacher());
        byte[] file = json("school-scale").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> instruments.importInstrument("s.json", file)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> instruments.setPolicy(SKS, ConsentPolicy.OPT_OUT)).isInstanceOf(AuthorizationDeniedException.class);
        f.signInStudent(c, c.students().getFirst());
        assertThatThrownBy(() -> results.forClass(c.classId(), f.termId)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> checks.open(c.classId(), SKS, Phase.PRE)).isInstanceOf(AuthorizationDeniedException.class);
        fixtures.signOut();
        assertThatThrownBy(() -> checks.myOpenChecks("en"))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aCheckOpensOncePerInstrumentPhaseAndTermAndNotWithARetiredInstrument() {
        TestClass c = f.classWith("t@test.example", "4B", 1);
        f.open(c, SKS, Phase.PRE);
        assertThatThrownBy(() -> f.open(c, SKS, Phase.PRE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("phase")).isTrue());

        fixtures.signIn(f.coordinator);
        instruments.importInstrument("scale.json", json("school-scale").getBytes(StandardCharsets.UTF_8));
        instruments.setRetired("school-scale", true);
        assertThatThrownBy(() -> f.open(c, "school-scale", Phase.PRE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("instrument")).isTrue());
        fixtures.signIn(f.coordinator);
        assertThatThrownBy(() -> instruments.setRetired(SKS, true)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anImportIsPreviewedWithEveryProblemByLineBeforeAnythingIsSaved() {
        fixtures.signIn(f.coordinator);
        String csv = """
                id,school-scale
                title,Made-up scale
                citation,Made up for a test
                scale,1,3
                labels,No,Maybe
                item,reverse
                I like made-up statements,no
                Another statement,perhaps
                """;
        AttitudeRecords.ImportPreview bad = instruments.previewImport("scale.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(bad.ok()).isFalse();
        assertThat(bad.problems()).extracting(AttitudeRecords.ImportLine::line).contains(5, 8);
        assertThatThrownBy(() -> instruments.importInstrument("scale.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(count("select count(*) from attitude_instrument")).isZero();

        AttitudeRecords.ImportPreview good = instruments.previewImport("scale.json", json("school-scale").getBytes(StandardCharsets.UTF_8));
        assertThat(good.ok()).isTrue();
        assertThat(count("select count(*) from attitude_instrument")).isZero();
        instruments.importInstrument("scale.json", json("school-scale").getBytes(StandardCharsets.UTF_8));
        assertThat(instruments.list("en")).extracting(AttitudeRecords.InstrumentInfo::code)
                .containsExactly(SKS, STIGMA, "school-scale");
        // Stored and read back through the importer: the same instrument.
        assertThat(instruments.instrument("school-scale").items()).extracting(i -> i.text("en"))
                .containsExactly("Made-up statement one", "Made-up statement two", "Made-up \"quoted\" statement");
        assertThat(instruments.instrument("school-scale").reverseFlags()).containsExactly(false, true, false);
        assertThat(instruments.previewImport("scale.json", json("school-scale").getBytes(StandardCharsets.UTF_8)).ok()).isFalse();
    }

    @Test
    void theNotAnsweredListDropsStudentsWhoAnsweredAndShowsNoAnswers() {
        TestClass c = f.classWith("t@test.example", "4B", 3);
        f.consentAll(c, SKS);
        long check = f.open(c, SKS, Phase.PRE);
        f.answer(c, c.students().get(1), check, List.of(5, 5, 5, 5, 5));
        fixtures.signIn(c.teacher());
        assertThat(checks.notAnswered(check)).extracting(AttitudeRecords.NotAnswered::studentId)
                .containsExactly(c.students().get(0), c.students().get(2));
        assertThat(checks.checks(c.classId(), "en")).singleElement().satisfies(ci -> {
            assertThat(ci.answered()).isEqualTo(1);
            assertThat(ci.open()).isTrue();
        });
    }

    @Autowired PseudonymKeys keys;
    @Autowired app.ripple.school.SchoolService schoolService;

    @Test
    void theDemoGivesEachClassClosedPreAndPostChecksWhoseFiguresShow() {
        TestClass a = f.classWith("a@test.example", "A", 12);
        TestClass b = f.classWith("b@test.example", "B", 9);
        fixtures.signIn(f.coordinator);
        app.ripple.school.TermInfo term = schoolService.terms().getFirst();
        long schoolId = fixtures.jdbc().sql("select id from school").query(Long.class).single();
        new DemoAttitudeChecks(fixtures.jdbc(), keys, fixtures.clock())
                .on(new app.ripple.school.DemoSchoolCreated(schoolId, term, f.coordinator, new long[] {a.teacher(), b.teacher()}));
        for (TestClass c : List.of(a, b)) {
            fixtures.signIn(c.teacher());
            InstrumentResult r = results.forClass(c.classId(), f.termId).getFirst();
            assertThat(r.instrumentCode()).isEqualTo(SKS);
            assertThat(r.prePost()).isInstanceOf(PairedResult.Figures.class);
            // 1 family said no, 1 was not asked; of the rest one missed each wave.
            assertThat(((PairedResult.Figures) r.prePost()).n()).isEqualTo(c.students().size() - 4);
            assertThat(checks.checks(c.classId(), "en")).hasSize(2).allSatisfy(ci -> assertThat(ci.open()).isFalse());
        }
    }

    static String json(String id) {
        return """
                {
                  "id": "%s",
                  "title": "A made-up scale for tests",
                  "citation": "Made up for Ripple's tests; not a real instrument.",
                  "validated": false,
                  "scale": {"min": 1, "max": 4, "labels": ["No", "A bit no", "A bit yes", "Yes"]},
                  "items": [
                    {"text": "Made-up statement one", "id": "m1"},
                    {"text": "Made-up statement two", "reverse": true, "id": "m2"},
                    {"text": "Made-up \\"quoted\\" statement", "id": "m3"}
                  ]
                }
                """.formatted(id);
    }
}

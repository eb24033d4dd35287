package app.ripple.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import app.ripple.base.SchoolScope;
import app.ripple.dashboard.DashboardRecords.ClassRow;
import app.ripple.dashboard.DashboardRecords.SchoolOverview;
import app.ripple.dashboard.DistrictRecords.DistrictOverview;
import app.ripple.dashboard.DistrictRecords.SchoolFigures;
import app.ripple.lesson.LessonRecords.LessonProgress;
import app.ripple.report.ReportServiceTestAccess;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The district overview over three open schools (and an archived one) written with SQL, each school's
 * rows inserted in that school's scope. The clock stands at Wednesday 2026-11-25 09:00 UTC.
 *
 * <pre>
 * "Test School" (the fixtures' first school): term Autumn 2026 (1 Sep - 18 Dec); classes Robins
 *   (4 acts: 2 in the week of 16 Nov, 2 in the week of 23 Nov; one hidden act not counted) and Owls
 *   (1 act in the week of 23 Nov); one archived class with an act (not counted). Robins: 2 plans up
 *   to today, 1 delivered, Ana participated, Ben absent. Attitude PRE/POST closed: Robins 3 pairs,
 *   Owls 2 pairs = 5 pairs for the school, so its figures are shown.
 * "Alder School": term Autumn (1 Sep - 18 Dec), class Larks with 2 acts; attitude 4 pairs: not shown.
 * "Zinnia School": no term, one class without acts.
 * "Archived School": archived, not listed.
 * </pre>
 */
@RippleTest
class DistrictOverviewServiceTest {

    @Autowired Fixtures fixtures;
    @Autowired DistrictOverviewService district;
    @Autowired SchoolOverviewService schoolOverview;
    @Autowired DistrictTermReport report;
    JdbcClient jdbc;

    long testSchool;
    long alder;
    long zinnia;
    long archived;
    long coordinator;
    long alderCoordinator;
    long teacher;
    long admin;
    long robins;

    @BeforeEach
    void district() {
        jdbc = fixtures.jdbc();
        fixtures.reset();
        fixtures.clock().set(Instant.parse("2026-11-25T09:00:00Z"));
        coordinator = fixtures.school();
        teacher = fixtures.teacher("Tess Teacher", "tess@test.example");
        testSchool = jdbc.sql("select min(id) from school").query(Long.class).single();
        jdbc.sql("update district set name = 'Riverside District'").update();
        alder = school("Alder School");
        zinnia = school("Zinnia School");
        archived = school("Archived School");
        jdbc.sql("update school set archived_at = now() where id = ?").param(archived).update();
        admin = staff(null, "Dana District", "district@test.example", "DISTRICT_ADMIN");
        alderCoordinator = staff(alder, "Alex Alder", "alex@alder.example", "COORDINATOR");

        SchoolScope.of(testSchool, () -> {
            long term = term(testSchool, "Autumn 2026");
            robins = classOf(testSchool, term, "Robins", false);
            long owls = classOf(testSchool, term, "Owls", false);
            long old = classOf(testSchool, term, "Old class", true);
            long ana = student(robins, "Ana M.");
            long ben = student(robins, "Ben K.");
            long eve = student(owls, "Eve L.");
            act(robins, ana, "APPROVED", "2026-11-17T09:00:00Z");
            act(robins, ben, "PENDING", "2026-11-18T09:00:00Z");
            act(robins, ana, "APPROVED", "2026-11-24T09:00:00Z");
            act(robins, ben, "APPROVED", "2026-11-25T08:00:00Z");
            act(robins, ben, "HIDDEN", "2026-11-25T08:30:00Z");
            act(owls, eve, "APPROVED", "2026-11-23T10:00:00Z");
            act(old, student(old, "Old O."), "APPROVED", "2026-11-23T10:00:00Z");
            long p1 = plan(robins, "2026-11-10");
            plan(robins, "2026-11-24");
            long d1 = delivery(robins, p1, "2026-11-10");
            took(d1, ana, "PARTICIPATED");
            took(d1, ben, "ABSENT");
            pairs(robins, term, 3);
            pairs(owls, term, 2);
        });
        SchoolScope.of(alder, () -> {
            long term = term(alder, "Autumn");
            long larks = classOf(alder, term, "Larks", false);
            long lia = student(larks, "Lia A.");
            act(larks, lia, "APPROVED", "2026-11-03T09:00:00Z");
            act(larks, lia, "APPROVED", "2026-11-24T09:00:00Z");
            pairs(larks, term, 4);
        });
        SchoolScope.of(zinnia, () -> {
            classOf(zinnia, null, "Zebras", false);
        });
        SchoolScope.of(archived, () -> {
            long term = term(archived, "Autumn");
            long c = classOf(archived, term, "Hidden", false);
            act(c, student(c, "Hal H."), "APPROVED", "2026-11-24T09:00:00Z");
        });
    }

    @Test
    void everyOpenSchoolAlphabeticallyWithItsOwnFigures() {
        fixtures.signIn(admin);
        DistrictOverview o = district.districtOverview(Locale.ENGLISH);
        assertThat(o.schools()).extracting(SchoolFigures::schoolName)
                .containsExactly("Alder School", "Test School", "Zinnia School");
        SchoolFigures test = o.schools().get(1);
        assertThat(test.term().name()).isEqualTo("Autumn 2026");
        assertThat(test.classes()).isEqualTo(2);
        assertThat(test.acts()).isEqualTo(5);
        assertThat(test.weeks().getLast()).isEqualTo(java.time.LocalDate.parse("2026-11-23"));
        assertThat(test.actsPerWeek().subList(test.actsPerWeek().size() - 2, test.actsPerWeek().size())).containsExactly(2, 3);
        assertThat(test.actsPerWeek().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
        assertThat(test.lessons()).isEqualTo(new LessonProgress(1, 2, 2));
        assertThat(test.completion()).isEqualTo(0.5);
        // Ana 1/1, Ben 0/1: the average dose of the school's students who had a lesson
        assertThat(test.participation()).isCloseTo(0.5, offset(1e-9));

        SchoolFigures alderFigures = o.schools().getFirst();
        assertThat(alderFigures.classes()).isEqualTo(1);
        assertThat(alderFigures.acts()).isEqualTo(2);
        assertThat(alderFigures.participation()).isNull();
        SchoolFigures zinniaFigures = o.schools().getLast();
        assertThat(zinniaFigures.term()).isNull();
        assertThat(zinniaFigures.acts()).isZero();

        assertThat(o.totals().schools()).isEqualTo(3);
        assertThat(o.totals().classes()).isEqualTo(4);
        assertThat(o.totals().acts()).isEqualTo(7);
        assertThat(o.totals().participation()).isCloseTo(0.5, offset(1e-9));
    }

    @Test
    void attitudeResultsOnlyWhereASchoolHasAtLeastFivePairs() {
        fixtures.signIn(admin);
        DistrictOverview o = district.districtOverview(Locale.ENGLISH);
        SchoolFigures test = o.schools().get(1);
        // 3 pairs in Robins and 2 in Owls: 5 for the school, never shown per class
        assertThat(test.attitude()).hasSize(1);
        assertThat(test.attitude().getFirst().figures().n()).isEqualTo(5);
        assertThat(test.attitude().getFirst().figures().preMean()).isCloseTo(3.0, offset(1e-9));
        // Alder has 4 pairs: nothing at all, not even the count
        assertThat(o.schools().getFirst().attitude()).isEmpty();
        assertThat(o.schools().getLast().attitude()).isEmpty();
    }

    @Test
    void eachSchoolsFiguresAreItsSchoolOverviewsFigures() {
        fixtures.signIn(admin);
        DistrictOverview o = district.districtOverview(Locale.ENGLISH);

        fixtures.signIn(coordinator);
        sameFigures(o.schools().get(1), schoolOverview.schoolOverview(null));
        fixtures.signOut(); // the coordinator's connection sees only their school, Alder's staff included
        fixtures.signIn(alderCoordinator);
        sameFigures(o.schools().getFirst(), schoolOverview.schoolOverview(null));
    }

    private static void sameFigures(SchoolFigures district, SchoolOverview school) {
        assertThat(district.term()).isEqualTo(school.term());
        assertThat(district.classes()).isEqualTo(school.classes().size());
        assertThat(district.acts()).isEqualTo(school.classes().stream().mapToInt(ClassRow::acts).sum());
        assertThat(district.weeks()).isEqualTo(school.weeks());
        assertThat(district.lessons().delivered()).isEqualTo(school.classes().stream().mapToInt(c -> c.lessons().delivered()).sum());
        assertThat(district.lessons().due()).isEqualTo(school.classes().stream().mapToInt(c -> c.lessons().progress().due()).sum());
        for (int w = 0; w < school.weeks().size(); w++) {
            int week = w;
            assertThat(district.actsPerWeek().get(w)).isEqualTo(school.classes().stream().mapToInt(c -> c.actsPerWeek().get(week)).sum());
        }
    }

    @Test
    void theCsvAndThePdfCarryTheSameFigures() throws Exception {
        fixtures.signIn(admin);
        DistrictOverview o = district.districtOverviewForExport(Locale.ENGLISH, "csv");
        String csv = new String(DistrictCsv.csv(o, new String[] {"School", "Term", "From", "To", "Classes", "Acts", "Delivered",
                "Due", "Completion", "Participation", "Attitude"}), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("Alder School,Autumn,2026-09-01,2026-12-18,1,2,0,0,,,");
        assertThat(lines.get(2)).startsWith("Test School,Autumn 2026,2026-09-01,2026-12-18,2,5,1,2,50.0,50.0,school-kindness-scale: 5; 3.00;");
        assertThat(lines.get(3)).startsWith("Zinnia School,,");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'DISTRICT_OVERVIEW_EXPORTED' and school_id is null")
                .query(Integer.class).single()).isEqualTo(1);

        byte[] pdf = report.pdf(o, Locale.ENGLISH);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            String summary = page(doc, 1);
            assertThat(summary).contains("Open schools 3", "Acts of kindness this term 7");
            assertThat(summary.indexOf("Alder School")).isLessThan(summary.indexOf("Test School"));
            String testPage = page(doc, 3);
            assertThat(testPage).contains("Test School", "Classes 2", "Acts of kindness this term 5", "Lessons delivered 1",
                    "Lessons due so far 2");
            assertThat(page(doc, 2)).contains("Alder School", "Acts of kindness this term 2", "No school has at least 5");
            for (var font : doc.getPage(0).getResources().getFontNames()) {
                assertThat(doc.getPage(0).getResources().getFont(font).isEmbedded()).isTrue();
            }
        }
        ReportServiceTestAccess.qpdfCheck(pdf);
    }

    private static String page(PDDocument doc, int n) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(n);
        stripper.setEndPage(n);
        return stripper.getText(doc).replace('\n', ' ').replace("\r", "");
    }

    @Test
    void onlyADistrictAdministratorMayCallIt() {
        fixtures.signIn(coordinator);
        assertThatThrownBy(() -> district.districtOverview(Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> district.districtOverviewForExport(Locale.ENGLISH, "csv")).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(teacher);
        assertThatThrownBy(() -> district.districtOverview(Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        fixtures.signOut();
        assertThatThrownBy(() -> district.districtOverview(Locale.ENGLISH)).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    // ------------------------------------------------------------------ data

    private long school(String name) {
        return jdbc.sql("""
                insert into school (district_id, name, time_zone, default_language, created_at)
                values ((select min(id) from district), ?, 'Europe/Madrid', 'en', now()) returning id""")
                .param(name).query(Long.class).single();
    }

    private long staff(@Nullable Long school, String name, String email, String role) {
        return jdbc.sql("""
                insert into staff_account (school_id, name, email, password_hash, role, language, active, must_change_password, created_at)
                values (?, ?, ?, 'not-a-hash', ?, 'en', true, false, now()) returning id""")
                .params(school, name, email, role).query(Long.class).single();
    }

    private long term(long school, String name) {
        return jdbc.sql("""
                insert into term (school_id, name, start_date, end_date, closed)
                values (?, ?, '2026-09-01', '2026-12-18', false) returning id""")
                .params(school, name).query(Long.class).single();
    }

    private long classOf(long school, @Nullable Long term, String name, boolean archivedClass) {
        long id = jdbc.sql("""
                insert into school_class (school_id, term_id, name, age_band, archived, created_at)
                values (?, ?, ?, '9-11', ?, '2026-09-01T07:00:00Z') returning id""")
                .params(school, term, name, archivedClass).query(Long.class).single();
        return id;
    }

    private long student(long classId, String name) {
        int n = jdbc.sql("select count(*) from student where class_id = ?").param(classId).query(Integer.class).single();
        return jdbc.sql("""
                insert into student (class_id, display_name, avatar, picture_password, active, created_at)
                values (?, ?, ?, 'sun,moon,star', true, '2026-09-01T08:00:00Z') returning id""")
                .params(classId, name, "avatar_" + n).query(Long.class).single();
    }

    private void act(long classId, long studentId, String status, String at) {
        long challenge = jdbc.sql("select id from challenge where class_id = ?").param(classId).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("""
                        insert into challenge (class_id, title, start_date, end_date, goal, categories, self_counts, created_at)
                        values (?, 'Kindness', '2026-09-01', '2026-12-18', 20, 'KIND_TO_OTHERS', true, now()) returning id""")
                        .param(classId).query(Long.class).single());
        jdbc.sql("""
                insert into kindness_act (class_id, challenge_id, student_id, idempotency_key, library_act_id, category,
                                          recipient, status, not_me, created_at)
                values (?, ?, ?, ?, 'held_door', 'KIND_TO_OTHERS', 'CLASSMATE', ?, false, ?)""")
                .params(classId, challenge, studentId, UUID.randomUUID(), status, Timestamp.from(Instant.parse(at))).update();
    }

    private long plan(long classId, String on) {
        return jdbc.sql("""
                insert into lesson_plan (class_id, builtin_lesson_id, planned_on, created_at)
                values (?, 'what_is_mental_health', ?, now()) returning id""")
                .params(classId, Date.valueOf(on)).query(Long.class).single();
    }

    private long delivery(long classId, long planId, String on) {
        return jdbc.sql("""
                insert into lesson_delivery (class_id, plan_id, builtin_lesson_id, delivered_on, minutes, components, created_at)
                values (?, ?, 'what_is_mental_health', ?, 40, 'FACTS,DISCUSSION', '2026-11-10T12:00:00Z') returning id""")
                .params(classId, planId, Date.valueOf(on)).query(Long.class).single();
    }

    private void took(long deliveryId, long studentId, String status) {
        jdbc.sql("insert into lesson_participation (delivery_id, student_id, status) values (?, ?, ?)")
                .params(deliveryId, studentId, status).update();
    }

    /** Closed PRE and POST checks of the class with {@code n} students answering both times (3s before, 4s after). */
    private void pairs(long classId, long term, int n) {
        long pre = check(classId, term, "PRE");
        long post = check(classId, term, "POST");
        for (int i = 0; i < n; i++) {
            String pseudonym = String.format("%064d", classId * 100 + i);
            response(pre, pseudonym, 3);
            response(post, pseudonym, 4);
        }
    }

    private long check(long classId, long term, String phase) {
        return jdbc.sql("""
                insert into attitude_check (class_id, term_id, instrument_code, phase, opened_at, closed_at)
                values (?, ?, 'school-kindness-scale', ?, '2026-09-10T09:00:00Z', '2026-09-20T09:00:00Z') returning id""")
                .params(classId, term, phase).query(Long.class).single();
    }

    private void response(long checkId, String pseudonym, int answer) {
        jdbc.sql("insert into attitude_response (check_id, pseudonym, answers, answered_on) values (?, ?, ?::smallint[], '2026-09-15')")
                .params(checkId, pseudonym, "{" + answer + "," + answer + "," + answer + "," + answer + "," + answer + "}").update();
    }
}

package app.ripple.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.challenge.Category;
import app.ripple.challenge.ChallengeRecords.ChallengeForm;
import app.ripple.challenge.ChallengeService;
import app.ripple.challenge.ModerationService;
import app.ripple.challenge.WallService;
import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassRecords.ClassForm;
import app.ripple.classroom.ClassRecords.StudentForm;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.RosterService;
import app.ripple.classroom.TabletService;
import app.ripple.dashboard.ClassDashboardService;
import app.ripple.dashboard.DashboardRecords.DateRange;
import app.ripple.dashboard.HomeCardService;
import app.ripple.dashboard.SchoolOverviewService;
import app.ripple.lesson.DeliveryService;
import app.ripple.lesson.LessonService;
import app.ripple.lesson.LessonRecords.Participation;
import app.ripple.lesson.ReflectionService;
import app.ripple.lesson.checks.CheckService;
import app.ripple.lesson.checks.ConsentService;
import app.ripple.privacy.PrivacyService;
import app.ripple.report.ReportService;
import app.ripple.safeguarding.AttentionService;
import app.ripple.school.AuditService;
import app.ripple.school.AuditService.AuditFilter;
import app.ripple.school.StaffService;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import app.ripple.testsupport.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/**
 * "Isolation, twice" at the service layer (issue #16): staff of school A calling services with school B's
 * (or C's) ids get exactly what a missing id gets, and lists (classes, overview, audit log, staff,
 * moderation, privacy search, reports) never hold another school's rows. Run twice: with row-level
 * security on, as in production, and with it switched off by the tables' owner, which proves that every
 * service scopes by itself and PostgreSQL's policies are a second line, not the only one.
 */
@RippleTest
class SchoolIsolationServiceTest {

    static final long MISSING = 987_654_321L;

    @Autowired ApplicationContext context;
    @Autowired Fixtures fixtures;
    @Autowired Environment env;
    @Autowired ClassService classes;
    @Autowired RosterService roster;
    @Autowired TabletService tablets;
    @Autowired ChallengeService challenges;
    @Autowired ModerationService moderation;
    @Autowired WallService wall;
    @Autowired DeliveryService deliveries;
    @Autowired LessonService lessons;
    @Autowired ReflectionService reflections;
    @Autowired CheckService checks;
    @Autowired ConsentService consents;
    @Autowired ClassDashboardService dashboard;
    @Autowired SchoolOverviewService overview;
    @Autowired HomeCardService homeCards;
    @Autowired ReportService reports;
    @Autowired PrivacyService privacy;
    @Autowired AuditService audit;
    @Autowired StaffService staff;
    @Autowired AttentionService attention;

    HardeningFixtures a;
    OtherSchool b;
    OtherSchool c;

    @BeforeEach
    void threeSchools() {
        a = new HardeningFixtures(context).build();
        b = new OtherSchool(context, "Quokka").build();
        c = new OtherSchool(context, "Narwhal").build();
    }

    @Test
    void withRowLevelSecurityOnAnotherSchoolsIdsAnswerLikeMissingOnes() {
        List<String> leaks = probe();
        lists().forEach((k, v) -> {
            if (v.startsWith("LEAK") || v.startsWith("BROKEN")) {
                leaks.add(k + ": " + v);
            }
        });
        leaks.forEach(System.out::println);
        assertThat(leaks).isEmpty();
    }

    @Test
    void withRowLevelSecurityOffTheServicesStillScopeToTheCallersSchool() throws Exception {
        Map<String, String> listsWithRls = lists();
        List<String> leaks = withoutRowLevelSecurity(() -> {
            List<String> found = new ArrayList<>(probe());
            Map<String, String> listsWithout = lists();
            listsWithRls.forEach((k, v) -> {
                if (!v.equals(listsWithout.get(k)) && !k.contains("audit page") && !k.contains("audit csv")
                        || listsWithout.get(k).startsWith("LEAK") || listsWithout.get(k).startsWith("BROKEN")) {
                    found.add(k + ": with row-level security off the answer changes:\n   on:  " + v + "\n   off: " + listsWithout.get(k));
                }
            });
            return found;
        });
        leaks.forEach(System.out::println);
        assertThat(leaks).as("services that rely on row-level security alone").isEmpty();
    }

    /** Every probe as school A's coordinator and as A's teacher; returns the ones that differ from a missing id. */
    private List<String> probe() {
        List<String> leaks = new ArrayList<>();
        for (long actor : List.of(a.teacher, a.coordinator)) {
            for (OtherSchool other : List.of(b, c)) {
                for (var p : probes(other).entrySet()) {
                    fixtures.signIn(actor);
                    String theirs = outcome(() -> p.getValue().apply(idOf(other, p.getKey())), other);
                    fixtures.signIn(actor);
                    String missing = outcome(() -> p.getValue().apply(MISSING), other);
                    if (!theirs.equals(missing)) {
                        leaks.add((actor == a.coordinator ? "coordinator" : "teacher") + " of A, " + p.getKey() + " with " + other.secret
                                + "'s id: " + theirs + ", with a missing id: " + missing);
                    }
                }
            }
        }
        fixtures.signOut();
        return leaks;
    }

    /** Lists that must show school A's rows only, as coordinator and teacher of A. */
    private Map<String, String> lists() {
        Map<String, String> out = new LinkedHashMap<>();
        for (long actor : List.of(a.coordinator, a.teacher)) {
            String who = actor == a.coordinator ? "coordinator: " : "teacher: ";
            Map<String, Callable<Object>> lists = new LinkedHashMap<>();
            lists.put("myClasses", () -> classes.myClasses(true));
            lists.put("moderation queue", () -> moderation.queue());
            lists.put("moderation counts", () -> java.util.Arrays.toString(moderation.counts()));
            lists.put("home cards", () -> homeCards.homeCards());
            lists.put("school overview", () -> overview.schoolOverview(null));
            lists.put("school overview export", () -> overview.schoolOverviewForExport(null));
            lists.put("report list", () -> reports.reportList());
            lists.put("privacy find", () -> privacy.find(null, null));
            lists.put("privacy find by name", () -> privacy.find(null, "Student"));
            lists.put("audit page", () -> audit.page(AuditFilter.none(), 0, 1000).stream().map(e -> e.toString().replaceAll("at=[^,]*", ""))
                    .toList());
            // The audit log grows as the test runs: its answers are compared with school A's own rows, not between runs.
            lists.put("audit count", () -> auditOfA(audit.count(AuditFilter.none())));
            lists.put("audit recent", () -> auditOfA(audit.recent(1000).size()));
            lists.put("audit actions", () -> audit.actions().equals(fixtures.jdbc().sql(
                    "select distinct action from audit_log where school_id = (select min(id) from school) order by action")
                    .query(String.class).list()) ? "A's actions" : "other actions: " + audit.actions());
            lists.put("audit csv", () -> {
                var out2 = new java.io.ByteArrayOutputStream();
                int rows = audit.exportCsv(AuditFilter.none(), out2);
                return auditOfA(rows) + "; " + out2.toString(java.nio.charset.StandardCharsets.UTF_8);
            });
            lists.put("staff list", () -> staff.list());
            lists.put("colleagues", () -> staff.colleagues());
            lists.put("attention list", () -> attention.list(true));
            lists.put("attention open count", () -> attention.openCount());
            lists.put("own suggestions", () -> challenges.ownSuggestions());
            lists.put("lesson choices", () -> lessons.choices(Locale.ENGLISH).size());
            lists.put("lesson library", () -> lessons.library(null, null, Locale.ENGLISH).size());
            lists.put("coordinator progress over B's class", () -> deliveries.progress(List.of(b.classId, c.classId),
                    LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31)));
            lists.put("term archive B", () -> reports.termArchive(b.termId));
            for (var e : lists.entrySet()) {
                fixtures.signIn(actor);
                String result = outcome(e.getValue(), null);
                if (actor == a.coordinator && result.startsWith("threw")) {
                    // Every list here is the coordinator's to read: an exception is a broken service, not isolation.
                    result = "BROKEN: " + result;
                }
                for (OtherSchool other : List.of(b, c)) {
                    if (result.contains(other.secret)) {
                        result = "LEAK of " + other.secret + ": " + result;
                    }
                }
                out.put(who + e.getKey(), result);
            }
        }
        fixtures.signOut();
        return out;
    }

    /** Whether a count of audit entries is school A's (the export writes one entry of its own before it reads). */
    private String auditOfA(int count) {
        long ofA = fixtures.jdbc().sql("select count(*) from audit_log where school_id = (select min(id) from school)")
                .query(Long.class).single();
        return count == ofA || count + 1 == ofA ? "A's entries" : count + " entries, school A has " + ofA;
    }

    /** The id a probe takes from the other school (the probe's name says which kind). */
    private static long idOf(OtherSchool s, String probe) {
        String kind = probe.substring(0, probe.indexOf(':'));
        return switch (kind) {
            case "class" -> s.classId;
            case "student" -> s.studentId;
            case "challenge" -> s.challengeId;
            case "act" -> s.pendingActId;
            case "approvedAct" -> s.approvedActId;
            case "delivery" -> s.deliveryId;
            case "plan" -> s.planId;
            case "lesson" -> s.customLessonId;
            case "tablet" -> s.tabletId;
            case "term" -> s.termId;
            case "staff" -> s.teacher;
            case "attention" -> s.attentionItemId;
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** Calls taking one of another school's ids, named "kind: what". */
    private Map<String, LongFunction<Object>> probes(OtherSchool other) {
        Map<String, LongFunction<Object>> p = new LinkedHashMap<>();
        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        Locale en = Locale.ENGLISH;
        // Classes and rosters
        p.put("class: requireAccess", id -> classes.requireAccess(id));
        p.put("class: get", id -> classes.get(id));
        p.put("class: update", id -> run(() -> classes.update(id, new ClassForm("Renamed", AgeBand.AGES_9_11, null, List.of(a.teacher), 60))));
        p.put("class: setReadAloud", id -> run(() -> classes.setReadAloud(id, true)));
        p.put("class: setArchived", id -> run(() -> classes.setArchived(id, true)));
        p.put("class: students", id -> roster.students(id));
        p.put("class: addStudent", id -> roster.addStudent(id, new StudentForm("Intruder", null, null)));
        p.put("class: signInCardsPdf", id -> roster.signInCardsPdf(id, en));
        p.put("class: availableAvatars", id -> roster.availableAvatars(id, null));
        p.put("student: updateStudent in A's class", id -> run(() -> roster.updateStudent(a.classId, id, new StudentForm("Renamed", null, null))));
        p.put("student: resetPicturePassword in A's class", id -> roster.resetPicturePassword(a.classId, id));
        p.put("student: removeStudent in A's class", id -> run(() -> roster.removeStudent(a.classId, id)));
        p.put("class: tablets", id -> tablets.tablets(id));
        p.put("class: bind tablet", id -> tablets.bind(id, "Sneaky"));
        p.put("class: lockedStudents", id -> tablets.lockedStudents(id));
        p.put("class: pausedUntil", id -> tablets.pausedUntil(id));
        p.put("class: resumeSignIn", id -> run(() -> tablets.resumeSignIn(id)));
        p.put("tablet: revoke in A's class", id -> run(() -> tablets.revoke(a.classId, id)));
        p.put("student: unlockStudent in A's class", id -> run(() -> tablets.unlockStudent(a.classId, id)));
        // Challenges, acts, moderation, wall
        p.put("class: challenges", id -> challenges.challenges(id));
        p.put("class: runningProgress", id -> challenges.runningProgress(id));
        p.put("class: create challenge", id -> challenges.create(id, challengeForm()));
        p.put("challenge: get", id -> challenges.get(id));
        p.put("challenge: update", id -> run(() -> challenges.update(id, challengeForm())));
        p.put("challenge: copyTo A's class", id -> challenges.copyTo(id, a.classId));
        p.put("class: copy A's challenge to", id -> challenges.copyTo(a.challengeId, id));
        p.put("act: approve", id -> run(() -> moderation.approve(id)));
        p.put("act: hide", id -> run(() -> moderation.hide(id)));
        p.put("act: approveWithText", id -> run(() -> moderation.approveWithText(id, "changed")));
        p.put("act: clearNotMe", id -> run(() -> moderation.clearNotMe(id)));
        p.put("class: wall", id -> wall.wall(id));
        p.put("class: showsNames", id -> wall.showsNames(id));
        p.put("class: setShowsNames", id -> run(() -> wall.setShowsNames(id, true)));
        p.put("attention: acknowledge", id -> run(() -> attention.acknowledge(id)));
        p.put("attention: addNote", id -> run(() -> attention.addNote(id, "note")));
        p.put("attention: resolve", id -> run(() -> attention.resolve(id)));
        // Lessons
        p.put("class: plans", id -> deliveries.plans(id));
        p.put("plan: planInfo", id -> deliveries.planInfo(id));
        p.put("class: plan", id -> deliveries.plan(id, app.ripple.lesson.library.LessonLibrary.all().getFirst().id(), to));
        p.put("class: deliveries", id -> deliveries.deliveries(id));
        p.put("delivery: delivery", id -> deliveries.delivery(id));
        p.put("delivery: participation", id -> deliveries.participation(id));
        p.put("delivery: setParticipation", id -> run(() -> deliveries.setParticipation(id, other.studentId, Participation.ABSENT)));
        p.put("student: setParticipation in A's delivery", id -> run(() -> deliveries.setParticipation(a.deliveryId, id, Participation.ABSENT)));
        p.put("delivery: markMadeUp", id -> run(() -> deliveries.markMadeUp(id, other.studentId)));
        p.put("class: openMakeUps", id -> deliveries.openMakeUps(id));
        p.put("class: doses", id -> deliveries.doses(id));
        p.put("class: termProgress", id -> deliveries.termProgress(id));
        p.put("class: progress", id -> deliveries.progress(id, from, to));
        p.put("delivery: reflections", id -> reflections.forDelivery(id));
        p.put("lesson: form", id -> lessons.form(id));
        p.put("lesson: lesson", id -> lessons.lesson(LessonService.customRef(id), en));
        p.put("lesson: copy", id -> lessons.copy(LessonService.customRef(id), en));
        p.put("lesson: archive", id -> run(() -> lessons.archive(id)));
        p.put("class: checks", id -> checks.checks(id, "en"));
        p.put("class: termFor", id -> checks.termFor(id));
        p.put("class: consents", id -> consents.consents(id, "school-kindness-scale"));
        // Dashboards and reports
        p.put("class: range", id -> dashboard.range(id, ClassDashboardService.Preset.THIS_TERM));
        p.put("class: classDashboard", id -> dashboard.classDashboard(id, new DateRange(from, to)));
        p.put("class: actsPerWeek", id -> dashboard.actsPerWeek(id, from, to));
        p.put("term: schoolOverview", id -> overview.schoolOverview(id));
        p.put("term: termArchive", id -> reports.termArchive(id));
        p.put("class: classReport", id -> reports.classReport(id, en));
        p.put("class: pdf", id -> reports.pdf(id, en));
        p.put("class: familyPages", id -> reports.familyPages(id, en));
        p.put("class: csv", id -> reports.csv(id, ReportService.CsvKind.ACTS, en));
        p.put("class: json", id -> reports.json(id, en));
        p.put("class: highlightCandidates", id -> reports.highlightCandidates(id, en));
        p.put("class: note", id -> reports.note(id));
        p.put("approvedAct: saveNote highlight in A's class", id -> run(() -> reports.saveNote(a.classId, List.of(id), "")));
        p.put("term: bulkZip", id -> reports.bulkZip(id, en, (done, total) -> { }));
        // Privacy and staff
        p.put("class: privacy find", id -> privacy.find(id, null));
        p.put("student: privacy export", id -> privacy.export(id));
        p.put("student: privacy erase", id -> privacy.erase(id, other.secret + " Student"));
        p.put("staff: setActive", id -> run(() -> staff.setActive(id, false)));
        p.put("staff: resetPassword", id -> staff.resetPassword(id));
        p.put("staff: sendInvitation", id -> run(() -> staff.sendInvitation(id)));
        return p;
    }

    private static ChallengeForm challengeForm() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        return new ChallengeForm("Sneaky", "Sneaky text", today, today.plusDays(4), 10, EnumSet.allOf(Category.class),
                List.of("lib:held_door"), false, null);
    }

    private static Object run(Runnable r) {
        r.run();
        return "done";
    }

    /** What a call answered, without ids or times, so another school's answer can be compared with a missing id's. */
    private static String outcome(Callable<Object> call, OtherSchool other) {
        try {
            Object r = call.call();
            String text;
            if (r instanceof byte[] bytes) {
                text = "bytes[" + (bytes.length > 0 ? "some" : "none") + "]";
            } else if (r instanceof java.util.Collection<?> coll && coll.isEmpty() || r instanceof java.util.Optional<?> o && o.isEmpty()) {
                text = "empty";
            } else {
                text = String.valueOf(r);
            }
            if (other != null && text.contains(other.secret)) {
                return "LEAK: " + text;
            }
            return "returned " + (other == null ? text : text.length() > 0 && !(r instanceof java.util.Collection<?>)
                    && !(r instanceof java.util.Optional<?>) && !(r instanceof byte[]) && !"done".equals(r) ? "a value" : text);
        } catch (Exception e) {
            return "threw " + e.getClass().getSimpleName();
        }
    }

    /** Runs work with row-level security off on every table (as the tables' owner, for this test database only). */
    private List<String> withoutRowLevelSecurity(Callable<List<String>> work) throws Exception {
        String url = env.getRequiredProperty("spring.datasource.url");
        List<String> tables;
        try (var owner = TestDatabase.ownerConnection(url); var s = owner.createStatement()) {
            tables = new ArrayList<>();
            try (var rs = s.executeQuery("select relname from pg_class where relkind = 'r' and relrowsecurity"
                    + " and relnamespace = 'public'::regnamespace")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("kindness_act", "school");
            for (String t : tables) {
                s.execute("alter table " + t + " disable row level security");
            }
        }
        try {
            return work.call();
        } finally {
            try (var owner = TestDatabase.ownerConnection(url); var s = owner.createStatement()) {
                for (String t : tables) {
                    s.execute("alter table " + t + " enable row level security");
                }
            }
        }
    }
}

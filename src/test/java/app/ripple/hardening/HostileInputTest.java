package app.ripple.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.base.InvalidInputException;
import app.ripple.challenge.ActService;
import app.ripple.challenge.Category;
import app.ripple.challenge.ChallengeRecords.ChallengeForm;
import app.ripple.challenge.ChallengeRecords.RecordAct;
import app.ripple.challenge.ChallengeService;
import app.ripple.challenge.ModerationService;
import app.ripple.challenge.Recipient;
import app.ripple.challenge.SafeguardingService;
import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassRecords.ClassForm;
import app.ripple.classroom.ClassRecords.StudentForm;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.RosterService;
import app.ripple.classroom.roster.ImportPreview;
import app.ripple.school.SchoolService;
import app.ripple.school.SetupService;
import app.ripple.school.StaffService;
import app.ripple.security.KioskSession;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import app.ripple.lesson.LessonRecords;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile input through every form's service and every importer, with jqwik's generators: markup,
 * SQL metacharacters, 100 kB strings, control and invisible characters, lone surrogates, and files
 * that are not valid UTF-8. For each value: the service either refuses it with
 * {@link InvalidInputException} (what a form shows next to the field) or stores something valid; it
 * never fails otherwise (that would be a server error). Every accepted value is then shown on the
 * page that displays it, and the page must carry it as text, never as markup.
 * <p>
 * jqwik's property runner does not start Spring, so its arbitraries are sampled here inside one
 * Spring test: a fixed list of known-nasty values first, then {@link #SAMPLES} generated ones per field.
 * A failure names the field and the exact input.
 */
class HostileInputTest extends ViewTest {

    /** Generated values per field on top of the fixed ones; keeps the whole test to well under a minute. */
    static final int SAMPLES = 6;

    static final List<String> NASTY = List.of(
            "<script>alert('x')</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "<b>bold</b> &amp; &lt;",
            "'; drop table student; --",
            "' or '1'='1",
            "Robert'); DELETE FROM kindness_act; --",
            "\\' \\\\ %_ $$ $1",
            "a".repeat(100_000),
            "<b>".repeat(34_000),
            "Sam\u0000Zed",
            "bell\u0007 escape\u001b[31m",
            "line\r\nbreak",
            "tab\there",
            "\u202eevil\u202c",
            "zero\u200bwidth\ufeff",
            "lone \ud800 surrogate",
            "\u0085next line",
            "   ",
            "Zoë K.");

    static Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("<script>", "</p>", "<img src=x onerror=alert(1)>", "&#60;", "{{7*7}}", "${7*7}", "'", "\"", ";",
                        "--", "/*", "*/", "\\", "%", "_", "\u0000", "\u0008", "\u001f", "\u007f", "\u009b", "\u2028", "\u202e",
                        "\ud83d\ude00", "\udc00", "\ud800", "\r", "\n"),
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(3),
                Arbitraries.strings().alpha().ofLength(1).map(s -> s.repeat(100_000)));
        return Combinators.combine(Arbitraries.of("", "Sam ", "Ana"), pieces.list().ofMinSize(1).ofMaxSize(4))
                .as((prefix, list) -> prefix + String.join("", list));
    }

    /** Files that are not valid UTF-8: broken sequences, overlong forms, lone continuation bytes, NUL. */
    static final List<byte[]> INVALID_UTF8 = List.of(
            new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00},
            new byte[] {(byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {0x00});

    @Autowired org.springframework.context.ApplicationContext applicationContext;
    HardeningFixtures f;
    @Autowired SetupService setup;
    @Autowired StaffService staff;
    @Autowired SchoolService school;
    @Autowired ClassService classes;
    @Autowired RosterService roster;
    @Autowired ChallengeService challenges;
    @Autowired ActService acts;
    @Autowired ModerationService moderation;
    @Autowired SafeguardingService safeguarding;
    @Autowired KioskSession kioskSession;
    @Autowired app.ripple.lesson.LessonService lessons;
    @Autowired app.ripple.lesson.DeliveryService deliveries;
    @Autowired app.ripple.lesson.ReflectionService reflections;
    @Autowired app.ripple.report.ReportService reports;

    final List<String> failures = new ArrayList<>();
    final AtomicInteger counter = new AtomicInteger();

    @BeforeEach
    void school() {
        f = new HardeningFixtures(applicationContext).build();
    }

    static List<String> values() {
        return Stream.concat(NASTY.stream(), hostile().sampleStream().limit(SAMPLES)).toList();
    }

    /**
     * Submits each value; on acceptance reads back what was stored ({@code stored}) and opens the
     * page that shows it ({@code route}, as {@code viewer}).
     */
    void field(String name, Consumer<String> submit, java.util.function.Supplier<List<String>> stored, @Nullable String route,
            @Nullable Long viewer) {
        boolean anyAccepted = false;
        int renderedNow = 0;
        for (String value : values()) {
            String label = name + " <- " + describe(value);
            List<String> before = stored.get();
            try {
                submit.accept(value);
            } catch (InvalidInputException e) {
                continue; // refused with a message next to the field: fine
            } catch (RuntimeException e) {
                failures.add(label + ": server error " + e);
                continue;
            } finally {
                kioskSession.signOut();
                fixtures.signOut();
            }
            anyAccepted = true;
            List<String> added = new ArrayList<>(stored.get());
            added.removeAll(before);
            for (String s : added) {
                checkValid(label, s);
            }
            // Rendering is the slow part: check right away for markup, and once at the end for the rest.
            if (route != null && renderedNow < 3 && (value.contains("<") || value.contains("&"))) {
                renderedNow++;
                checkRenderedAsText(label, route, viewer, value);
            }
        }
        if (route != null && anyAccepted) {
            checkRenderedAsText(name + " (all accepted values)", route, viewer, "");
        }
    }

    static void checkValidInto(List<String> failures, String label, String s) {
        if (s.length() > 5_000) {
            failures.add(label + ": accepted and stored " + s.length() + " characters");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && c != '\n') {
                failures.add(label + ": stored a control character U+" + Integer.toHexString(c));
                return;
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1)))) {
                if (!(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                    failures.add(label + ": stored a lone surrogate");
                    return;
                }
            }
            if (c == '\ufffd') {
                failures.add(label + ": stored U+FFFD (a broken character from an invalid file)");
                return;
            }
        }
    }

    void checkValid(String label, String s) {
        checkValidInto(failures, label, s);
    }

    void checkRenderedAsText(String label, String route, @Nullable Long viewer, String value) {
        try {
            fixtures.signOut();
            UI.getCurrent().navigate("login");
            if (viewer != null) {
                fixtures.signIn(viewer);
            } else {
                f.signInStudent();
            }
            UI.getCurrent().navigate(route);
            roundTrip();
            List<String> problems = new ArrayList<>();
            walk(UI.getCurrent().getElement(), problems);
            problems.forEach(p -> failures.add(label + " on " + route + ": " + p));
        } catch (RuntimeException e) {
            failures.add(label + " on " + route + ": server error while rendering " + e);
        } finally {
            kioskSession.signOut();
            fixtures.signOut();
        }
    }

    /** No script elements, and no element whose inner HTML comes from user text. */
    static void walk(Element e, List<String> problems) {
        if ("script".equalsIgnoreCase(e.getTag()) || "iframe".equalsIgnoreCase(e.getTag()) || "svg".equalsIgnoreCase(e.getTag())
                && e.getAttribute("onload") != null) {
            problems.add("a <" + e.getTag() + "> element is on the page");
        }
        if (e.hasProperty("innerHTML")) {
            String html = String.valueOf(e.getProperty("innerHTML"));
            if (html.contains("onerror") || html.contains("<script") || html.contains("<b>") || html.contains("onload")) {
                problems.add("user text rendered as HTML: " + html.substring(0, Math.min(120, html.length())));
            }
        }
        e.getAttributeNames().filter(a -> a.startsWith("on")).forEach(a -> problems.add("an event-handler attribute " + a));
        e.getChildren().forEach(c -> walk(c, problems));
    }

    static String describe(String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "... (" + value.length() + " chars)" : value;
        StringBuilder s = new StringBuilder("\"");
        shown.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE) {
                s.append(String.format("\\u%04x", c));
            } else {
                s.appendCodePoint(c);
            }
        });
        return s.append('"').toString();
    }

    private List<String> column(String sql) {
        return fixtures.jdbc().sql(sql).query(String.class).list();
    }

    private int next() {
        return counter.incrementAndGet();
    }

    @Test
    void staffFormsRefuseOrStoreHostileTextAndShowItAsText() {
        field("staff name", v -> {
            fixtures.signIn(f.coordinator);
            staff.createTeacher(v, "t" + next() + "@test.example");
        }, () -> column("select name from staff_account"), "staff", f.coordinator);
        field("staff e-mail", v -> {
            fixtures.signIn(f.coordinator);
            staff.createTeacher("Tina T", v);
        }, () -> column("select email from staff_account"), "staff", f.coordinator);
        field("school name", v -> {
            fixtures.signIn(f.coordinator);
            school.updateSettings(v, "Europe/Madrid", "en", "A4");
        }, () -> column("select name from school"), "school/settings", f.coordinator);
        field("term name", v -> {
            fixtures.signIn(f.coordinator);
            int year = 2100 + next();
            school.addTerm(v, LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 1));
        }, () -> column("select name from term"), "school/settings", f.coordinator);
        field("class name", v -> {
            fixtures.signIn(f.teacher);
            classes.create(new ClassForm(v, AgeBand.AGES_9_11, null, List.of(f.teacher), 60));
        }, () -> column("select name from school_class"), "classes", f.teacher);
        assertThat(failures).isEmpty();
    }

    @Test
    void firstRunSetupRefusesOrStoresHostileText() {
        for (String value : values()) {
            fixtures.reset();
            String label = "setup <- " + describe(value);
            for (int which = 0; which < 2; which++) {
                try {
                    setup.setUp(new SetupService.SetupForm(which == 0 ? value : "Test School", "Europe/Madrid", "en",
                            which == 1 ? value : "Casey Coordinator", "c@test.example", Fixtures.PASSWORD));
                    column("select name from school").forEach(s -> checkValid(label, s));
                    column("select name from staff_account").forEach(s -> checkValid(label, s));
                    fixtures.reset();
                } catch (InvalidInputException e) {
                    // refused next to the field
                } catch (RuntimeException e) {
                    failures.add(label + ": server error " + e);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void rosterFormsAndImportsRefuseOrStoreHostileText() {
        field("student name (add)", v -> {
            fixtures.signIn(f.teacher);
            long id = roster.addStudent(f.classId, new StudentForm(v, null, null));
            // keep the avatars free for the next value
            roster.removeStudent(f.classId, id);
        }, () -> column("select display_name from student"), null, null);
        field("student name (edit)", v -> {
            fixtures.signIn(f.teacher);
            roster.updateStudent(f.classId, f.studentId, new StudentForm(v, null, null));
        }, () -> column("select display_name from student"), "classes/" + f.classId, f.teacher);
        field("school student id", v -> {
            fixtures.signIn(f.teacher);
            roster.updateStudent(f.classId, f.studentId, new StudentForm("Zoë K.", v, null));
        }, () -> column("select coalesce(school_student_id, '') from student"), "classes/" + f.classId, f.teacher);

        List<byte[]> files = new ArrayList<>();
        for (String v : values()) {
            files.add(("first_name,last_name,student_id\n" + csvCell(v) + ",K,S1\nAna,B,S2\n").getBytes(StandardCharsets.UTF_8));
        }
        for (byte[] bad : INVALID_UTF8) {
            files.add(concat("first_name,last_name\nZo".getBytes(StandardCharsets.UTF_8), bad, "e,K\n".getBytes(StandardCharsets.UTF_8)));
        }
        files.add(("first_name,last_name\n" + "Ana,B\n".repeat(20_000)).getBytes(StandardCharsets.UTF_8));
        for (byte[] file : files) {
            String label = "plain CSV import <- " + describe(new String(file, StandardCharsets.UTF_8));
            try {
                fixtures.signIn(f.teacher);
                ImportPreview preview = roster.previewPlainCsv(f.classId, file);
                if (preview.canImport()) {
                    roster.importPlainCsv(f.classId, file);
                }
            } catch (InvalidInputException e) {
                continue;
            } catch (RuntimeException e) {
                failures.add(label + ": server error " + e);
                continue;
            } finally {
                fixtures.signOut();
            }
            column("select display_name from student").forEach(s -> checkValid(label, s));
            column("select coalesce(school_student_id, '') from student").forEach(s -> checkValid(label, s));
        }
        checkRenderedAsText("plain CSV import", "classes/" + f.classId, f.teacher, "");

        List<Map<String, byte[]>> packages = new ArrayList<>();
        for (String v : values()) {
            packages.add(oneRoster(csvCell(v).getBytes(StandardCharsets.UTF_8)));
        }
        for (byte[] bad : INVALID_UTF8) {
            packages.add(oneRoster(concat("Zo".getBytes(StandardCharsets.UTF_8), bad)));
        }
        for (Map<String, byte[]> files1 : packages) {
            String label = "OneRoster import <- " + describe(new String(files1.get("users.csv"), StandardCharsets.UTF_8));
            try {
                fixtures.signIn(f.teacher);
                var pkg = roster.readOneRoster(f.classId, files1);
                if (!pkg.classes().isEmpty()) {
                    roster.importOneRoster(f.classId, files1, "c1");
                }
            } catch (InvalidInputException e) {
                continue;
            } catch (RuntimeException e) {
                failures.add(label + ": server error " + e);
                continue;
            } finally {
                fixtures.signOut();
            }
            column("select display_name from student").forEach(s -> checkValid(label, s));
        }
        checkRenderedAsText("OneRoster import", "classes/" + f.classId, f.teacher, "");
        assertThat(failures).isEmpty();
    }

    @Test
    void challengeAndActTextsRefuseOrStoreHostileText() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        field("challenge title", v -> {
            fixtures.signIn(f.teacher);
            challenges.create(f.classId, new ChallengeForm(v, "About kindness", today, today.plusDays(3), 10,
                    EnumSet.of(Category.CONNECTION), List.of("lib:held_door"), false, null));
        }, () -> column("select title from challenge"), "classes/" + f.classId, f.teacher);
        field("challenge description", v -> {
            fixtures.signIn(f.teacher);
            challenges.create(f.classId, new ChallengeForm("Week " + next(), v, today, today.plusDays(3), 10,
                    EnumSet.of(Category.CONNECTION), List.of("lib:held_door"), false, null));
        }, () -> column("select description from challenge"), "classes/" + f.classId, f.teacher);
        field("teacher's own suggested act", v -> {
            fixtures.signIn(f.teacher);
            challenges.addOwnSuggestion(Category.KIND_TO_OTHERS, v);
        }, () -> column("select text from custom_act"), null, null);
        field("student's own act text", v -> {
            f.signInStudent();
            acts.record(new RecordAct(UUID.randomUUID(), f.challengeId, null, v, Recipient.CLASSMATE, null, null));
            kioskSession.signOut();
        }, () -> column("select coalesce(own_text, '') from kindness_act"), "moderation", f.teacher);

        f.signInStudent();
        long pending = acts.record(new RecordAct(UUID.randomUUID(), f.challengeId, null, "I helped a friend", Recipient.CLASSMATE,
                null, null)).actId();
        kioskSession.signOut();
        fixtures.jdbc().sql("update kindness_act set status = 'PENDING' where id = ?").param(pending).update();
        field("moderation replacement text", v -> {
            fixtures.signIn(f.teacher);
            moderation.approveWithText(pending, v);
        }, () -> column("select coalesce(wall_text, '') from kindness_act"), "classes/" + f.classId + "/wall", f.teacher);
        assertThat(failures).isEmpty();
    }

    @Test
    void lessonAndReportTextsRefuseOrStoreHostileText() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        String builtIn = app.ripple.lesson.library.LessonLibrary.all().getFirst().id();
        field("own lesson title", v -> {
            fixtures.signIn(f.teacher);
            lessons.create(new LessonRecords.LessonForm(v, "A short lesson", EnumSet.of(AgeBand.AGES_9_11), 20, "Notice feelings",
                    EnumSet.of(app.ripple.lesson.EvidenceComponent.FACTS), "What did you notice?", "", null,
                    List.of(new LessonRecords.StepForm(app.ripple.lesson.library.StepKind.TALK, "Talk", "We talk.", 20))));
        }, () -> column("select title from custom_lesson"), "lessons", f.teacher);
        field("own lesson step text", v -> {
            fixtures.signIn(f.teacher);
            lessons.create(new LessonRecords.LessonForm("Lesson " + next(), "A short lesson", EnumSet.of(AgeBand.AGES_9_11), 20,
                    "Notice feelings", EnumSet.of(app.ripple.lesson.EvidenceComponent.FACTS), "What did you notice?", "", null,
                    List.of(new LessonRecords.StepForm(app.ripple.lesson.library.StepKind.TALK, "Talk", v, 20))));
        }, () -> column("select body from custom_lesson_step"), null, null);
        field("delivery notes", v -> {
            fixtures.signIn(f.teacher);
            deliveries.record(f.classId, new LessonRecords.DeliveryForm(null, builtIn, today.minusDays(1), 30,
                    EnumSet.of(app.ripple.lesson.EvidenceComponent.FACTS), v));
        }, () -> column("select notes from lesson_delivery"), "classes/" + f.classId, f.teacher);
        field("student's lesson reflection", v -> {
            long delivery = fixtures.jdbc().sql("""
                    insert into lesson_delivery (class_id, builtin_lesson_id, delivered_on, minutes, created_at)
                    values (?, ?, ?, 30, now()) returning id""").params(f.classId, builtIn, today.minusDays(2))
                    .query(Long.class).single();
            fixtures.jdbc().sql("insert into lesson_participation (delivery_id, student_id, status) values (?, ?, 'PARTICIPATED')")
                    .params(delivery, f.studentId).update();
            f.signInStudent();
            reflections.answer(UUID.randomUUID(), delivery, v);
        }, () -> column("select text from lesson_reflection"), null, null);
        field("report closing paragraph", v -> {
            fixtures.signIn(f.teacher);
            reports.saveNote(f.classId, List.of(), v);
        }, () -> column("select closing_paragraph from report_note"), null, null);
        assertThat(failures).isEmpty();
    }

    @Test
    void safeguardingTextsRefuseOrStoreHostileText() {
        List<String> seeded = column("select phrase from concern_phrase");
        try {
            field("concern phrase", v -> {
                fixtures.signIn(f.coordinator);
                safeguarding.addPhrase("en", v);
            }, () -> column("select phrase from concern_phrase"), "school/safeguarding", f.coordinator);
            field("trusted-adult text", v -> {
                fixtures.signIn(f.coordinator);
                safeguarding.setTrustedAdultText(v);
            }, () -> column("select coalesce(trusted_adult_text, '') from school"), "school/safeguarding", f.coordinator);

            f.signInStudent();
            acts.record(new RecordAct(UUID.randomUUID(), f.challengeId, null, "nobody likes me at break", Recipient.CLASSMATE, null,
                    null));
            kioskSession.signOut();
            long item = fixtures.jdbc().sql("select id from attention_item").query(Long.class).single();
            field("attention note", v -> {
                fixtures.signIn(f.teacher);
                moderation.addNote(item, v);
            }, () -> column("select notes from attention_item"), "moderation", f.teacher);
        } finally {
            fixtures.jdbc().sql("delete from concern_phrase where not (phrase = any (?))")
                    .param(seeded.toArray(String[]::new)).update();
        }
        assertThat(failures).isEmpty();
    }

    private static String csvCell(String v) {
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static Map<String, byte[]> oneRoster(byte[] givenName) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("users.csv", concat("sourcedId,status,role,givenName,familyName,identifier\nu1,active,student,".getBytes(StandardCharsets.UTF_8),
                givenName, ",Kowalski,S-001\n".getBytes(StandardCharsets.UTF_8)));
        files.put("classes.csv", "sourcedId,status,title\nc1,active,3A\n".getBytes(StandardCharsets.UTF_8));
        files.put("enrollments.csv", "sourcedId,status,classSourcedId,userSourcedId,role\ne1,active,c1,u1,student\n"
                .getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}

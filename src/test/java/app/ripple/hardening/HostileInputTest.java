package app.ripple.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.base.InvalidInputException;
import app.ripple.challenge.ActService;
import app.ripple.challenge.Category;
import app.ripple.challenge.ChallengeRecords.ChallengeForm;
import app.ripple.challenge.ChallengeRecords.RecordAct;
import app.ripple.challenge.ChallengeService;
import app.ripple.challenge.ModerationService;
import app.ripple.safeguarding.AttentionService;
import app.ripple.safeguarding.SafeguardingService;
import app.ripple.challenge.Recipient;
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
import app.ripple.base.Utf8;
import app.ripple.lesson.attitude.Instrument;
import app.ripple.lesson.attitude.InstrumentImporter;
import app.ripple.lesson.attitude.Item;
import app.ripple.lesson.checks.AttitudeRecords.ImportLine;
import app.ripple.lesson.checks.InstrumentService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
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

    /** Generated values per field on top of the fixed ones (the whole class takes about three minutes on the 2-core build machine). */
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

    /**
     * Generated byte sequences that are not valid UTF-8 (and hold no line break, so the line of the
     * problem is known): truncated, overlong and surrogate encodings, stray continuation bytes,
     * 0xF5..0xFF, NUL, and random bytes.
     */
    static Arbitrary<byte[]> invalidUtf8() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8);
        Arbitrary<byte[]> lead = Arbitraries.bytes().between((byte) 0x80, (byte) 0xFF).map(b -> new byte[] {b});
        return Arbitraries.oneOf(random, lead, Arbitraries.of(INVALID_UTF8))
                .map(b -> concat(b, new byte[0]))
                .filter(b -> Utf8.lineOfFirst(b, (byte) '\n') == 0 && Utf8.lineOfFirst(b, (byte) '\r') == 0
                        && (Utf8.decode(b).text() == null || Utf8.lineOfFirst(b, (byte) 0) > 0));
    }

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
    @Autowired AttentionService attention;
    @Autowired KioskSession kioskSession;
    @Autowired app.ripple.lesson.LessonService lessons;
    @Autowired app.ripple.lesson.DeliveryService deliveries;
    @Autowired app.ripple.lesson.ReflectionService reflections;
    @Autowired app.ripple.report.ReportService reports;
    @Autowired InstrumentService instrumentService;

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
                attention.addNote(item, v);
            }, () -> column("select notes from attention_item"), "moderation", f.teacher);
        } finally {
            fixtures.jdbc().sql("delete from concern_phrase where not (phrase = any (?))")
                    .param(seeded.toArray(String[]::new)).update();
        }
        assertThat(failures).isEmpty();
    }

    /** One instrument file: its name, bytes, what it carries, and the line a refusal must point at (0: any). */
    record InstrumentFile(String name, byte[] content, String label, boolean mustRefuse, int line) {
    }

    static String jsonString(String v, boolean escapeControls) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20 && escapeControls) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }

    /** A valid JSON instrument with {@code value} in one field ({@code "title"}, {@code "citation"}, {@code "item"} or {@code "label"}). */
    static String instrumentJson(String id, String field, String value, boolean escapeControls) {
        String v = jsonString(value, escapeControls);
        return "{\n"
                + "  \"id\": \"" + id + "\",\n"
                + "  \"title\": " + (field.equals("title") ? v : "\"Our scale\"") + ",\n"
                + "  \"citation\": " + (field.equals("citation") ? v : "\"Author, A. (2020). Licensed.\"") + ",\n"
                + "  \"scale\": {\"min\": 1, \"max\": 3, \"labels\": [\"No\", " + (field.equals("label") ? v : "\"Maybe\"") + ", \"Yes\"]},\n"
                + "  \"items\": [\n"
                + "    {\"text\": " + (field.equals("item") ? v : "\"First statement\"") + "},\n"
                + "    {\"text\": \"Second statement\", \"reverse\": true}\n"
                + "  ]\n}\n";
    }

    /** The same as CSV ({@code "id"} puts the value in the id). */
    static String instrumentCsv(String id, String field, String value) {
        return "id," + (field.equals("id") ? csvCell(value) : id) + "\n"
                + "title," + (field.equals("title") ? csvCell(value) : "Our scale") + "\n"
                + "citation," + (field.equals("citation") ? csvCell(value) : "\"Author, A. (2020). Licensed.\"") + "\n"
                + "scale,1,3\n"
                + "labels,No," + (field.equals("label") ? csvCell(value) : "Maybe") + ",Yes\n"
                + "item,reverse\n"
                + (field.equals("item") ? csvCell(value) : "First statement") + ",no\n"
                + "Second statement,yes\n";
    }

    static List<InstrumentFile> instrumentFiles(AtomicInteger counter) {
        List<InstrumentFile> files = new ArrayList<>();
        for (String v : values()) {
            for (String field : List.of("title", "citation", "item", "label")) {
                String id = "hostile-" + counter.incrementAndGet();
                files.add(new InstrumentFile("scale.json", instrumentJson(id, field, v, true).getBytes(StandardCharsets.UTF_8),
                        "JSON " + field + " <- " + describe(v), false, 0));
                files.add(new InstrumentFile("scale.csv", instrumentCsv(id, field, v).getBytes(StandardCharsets.UTF_8),
                        "CSV " + field + " <- " + describe(v), false, 0));
            }
            String id = "hostile-" + counter.incrementAndGet();
            files.add(new InstrumentFile("scale.json", instrumentJson(id, "item", v, false).getBytes(StandardCharsets.UTF_8),
                    "JSON item, control characters raw <- " + describe(v), false, 0));
            files.add(new InstrumentFile("scale.csv", instrumentCsv(id, "id", v).getBytes(StandardCharsets.UTF_8),
                    "CSV id <- " + describe(v), false, 0));
        }
        // Raw bytes that are not UTF-8 in the item text (line 7 of both) and in the title (JSON line 3, CSV line 2).
        List<byte[]> broken = Stream.concat(INVALID_UTF8.stream(), invalidUtf8().sampleStream().limit(3 * SAMPLES)).toList();
        for (byte[] bad : broken) {
            String id = "broken-" + counter.incrementAndGet();
            String hex = java.util.HexFormat.ofDelimiter(" ").formatHex(bad);
            files.add(new InstrumentFile("scale.json", splice(instrumentJson(id, "item", "Fir@@st", true), bad), "JSON item <- bytes " + hex,
                    true, 7));
            files.add(new InstrumentFile("scale.csv", splice(instrumentCsv(id, "item", "Fir@@st"), bad), "CSV item <- bytes " + hex,
                    true, 7));
            files.add(new InstrumentFile("scale.json", splice(instrumentJson(id, "title", "Sc@@ale", true), bad),
                    "JSON title <- bytes " + hex, true, 3));
            files.add(new InstrumentFile("scale.csv", splice(instrumentCsv(id, "title", "Sc@@ale"), bad), "CSV title <- bytes " + hex,
                    true, 2));
        }
        return files;
    }

    /** The UTF-8 text with {@code bytes} in place of its {@code @@}. */
    static byte[] splice(String text, byte[] bytes) {
        int at = text.indexOf("@@");
        return concat(text.substring(0, at).getBytes(StandardCharsets.UTF_8), bytes,
                text.substring(at + 2).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The attitude-instrument importer (/school/instruments), through the page's upload as a browser
     * sends it: every file is either refused with problems that each name a line (nothing saved, the
     * import button stays off), or imported as plain text; files with bytes that are not UTF-8 (or
     * NUL) are always refused, at the line of the broken byte; no server error; nothing as HTML.
     */
    @SuppressWarnings("unchecked")
    @Test
    void instrumentImportFilesAreRefusedWithALineOrImportedAsPlainText() {
        fixtures.signIn(f.coordinator);
        UI.getCurrent().navigate("school/instruments");
        roundTrip();
        Upload upload = find(Upload.class).withId("instrument-upload").single();
        Button importButton = find(Button.class).withId("instrument-import").single();
        // Hidden until a file has problems, so not found by the visible-only locator.
        Grid<ImportLine> problemGrid = (Grid<ImportLine>) upload.getParent().orElseThrow().getChildren()
                .filter(c -> c instanceof Grid<?> && c.getId().filter("instrument-problems"::equals).isPresent())
                .findFirst().orElseThrow();
        int accepted = 0;
        int refused = 0;
        for (InstrumentFile file : instrumentFiles(counter)) {
            String label = "instrument import, " + file.label();
            long instrumentsBefore = count("select count(*) from attitude_instrument");
            long auditBefore = count("select count(*) from audit_log");
            try {
                test(upload).upload(file.name(), file.name().endsWith(".json") ? "application/json" : "text/csv", file.content());
                List<ImportLine> shown = problemGrid.isVisible() ? problemGrid.getGenericDataView().getItems().toList() : List.of();
                List<String> problems = new ArrayList<>();
                walk(UI.getCurrent().getElement(), problems);
                problems.forEach(p -> failures.add(label + ": " + p));
                problems.clear();
                if (!shown.isEmpty()) {
                    refused++;
                    if (importButton.isEnabled()) {
                        failures.add(label + ": problems shown but the import button is on");
                    }
                    for (ImportLine line : shown) {
                        // A file over the size limit is refused as a whole (the one problem without a line).
                        boolean wholeFile = line.messageKey().equals(InstrumentImporter.FILE_TOO_LARGE)
                                && file.content().length > InstrumentImporter.MAX_BYTES;
                        if (line.line() < 1 && !wholeFile) {
                            failures.add(label + ": a problem without a line: " + line);
                        }
                    }
                    if (file.mustRefuse() && shown.stream().noneMatch(l -> l.line() == file.line()
                            && (l.messageKey().equals(InstrumentImporter.FILE_NOT_UTF8)
                                    || l.messageKey().equals(InstrumentImporter.FILE_BINARY)))) {
                        failures.add(label + ": expected 'not UTF-8' (or 'not a text file') at line " + file.line() + ", got " + shown);
                    }
                    // The service behind the button refuses too (it checks the file again), and saves nothing.
                    try {
                        instrumentService.importInstrument(file.name(), file.content());
                        failures.add(label + ": the service imported a file the preview refused");
                    } catch (InvalidInputException expected) {
                        // refused
                    }
                } else {
                    if (file.mustRefuse()) {
                        failures.add(label + ": a file that is not UTF-8 was accepted");
                    }
                    if (!importButton.isEnabled()) {
                        failures.add(label + ": no problem shown, yet the import button is off");
                        continue;
                    }
                    test(importButton).click();
                    accepted++;
                    if (count("select count(*) from attitude_instrument") != instrumentsBefore + 1) {
                        failures.add(label + ": accepted but not saved exactly once");
                        continue;
                    }
                    String code = fixtures.jdbc().sql("select code from attitude_instrument order by id desc limit 1")
                            .query(String.class).single();
                    checkStoredInstrument(label, instrumentService.instrument(code));
                    column("select citation from attitude_instrument").forEach(c -> checkValid(label, c));
                    walk(UI.getCurrent().getElement(), problems);
                    problems.forEach(p -> failures.add(label + " (instrument list): " + p));
                    continue;
                }
            } catch (RuntimeException e) {
                failures.add(label + ": server error " + e + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : ""));
                continue;
            }
            if (count("select count(*) from attitude_instrument") != instrumentsBefore
                    || count("select count(*) from audit_log") != auditBefore) {
                failures.add(label + ": refused but something was saved");
            }
        }
        assertThat(failures).isEmpty();
        assertThat(refused).as("files refused").isGreaterThan(0);
        assertThat(accepted).as("files imported (the harmless markup and SQL ones)").isGreaterThan(0);
    }

    void checkStoredInstrument(String label, Instrument i) {
        i.title().values().forEach(t -> checkValid(label, t));
        checkValid(label, i.citation());
        for (Item item : i.items()) {
            item.text().values().forEach(t -> checkValid(label, t));
        }
        i.scale().labels().values().forEach(list -> list.forEach(t -> checkValid(label, t)));
    }

    @Test
    void rosterImportsReportTheLineOfBytesThatAreNotUtf8() {
        long studentsBefore = count("select count(*) from student");
        List<byte[]> broken = Stream.concat(INVALID_UTF8.stream(), invalidUtf8().sampleStream().limit(3 * SAMPLES)).toList();
        for (byte[] bad : broken) {
            String hex = java.util.HexFormat.ofDelimiter(" ").formatHex(bad);
            boolean nul = Utf8.lineOfFirst(bad, (byte) 0) > 0;
            byte[] file = concat("first_name,last_name\nAna,B\nZo".getBytes(StandardCharsets.UTF_8), bad,
                    "e,K\n".getBytes(StandardCharsets.UTF_8));
            try {
                fixtures.signIn(f.teacher);
                ImportPreview preview = roster.previewPlainCsv(f.classId, file);
                if (nul ? !"import.file.binary".equals(preview.fileProblemKey())
                        : !("import.file.notUtf8AtLine".equals(preview.fileProblemKey()) && preview.fileProblemArgs().equals(List.of("3")))) {
                    failures.add("plain CSV <- bytes " + hex + ": expected 'line 3 is not UTF-8', got " + preview.fileProblemKey() + " "
                            + preview.fileProblemArgs());
                }
                var pkg = roster.readOneRoster(f.classId, oneRoster(concat("Zo".getBytes(StandardCharsets.UTF_8), bad)));
                if (nul ? !"import.oneroster.fileBinary".equals(pkg.fileProblemKey())
                        : !("import.oneroster.fileNotUtf8AtLine".equals(pkg.fileProblemKey())
                                && pkg.fileProblemArgs().equals(List.of("users.csv", "2")))) {
                    failures.add("OneRoster <- bytes " + hex + ": expected 'line 2 of users.csv is not UTF-8', got " + pkg.fileProblemKey()
                            + " " + pkg.fileProblemArgs());
                }
            } catch (RuntimeException e) {
                failures.add("roster import <- bytes " + hex + ": server error " + e);
            } finally {
                fixtures.signOut();
            }
        }
        assertThat(count("select count(*) from student")).as("nothing imported").isEqualTo(studentsBefore);
        assertThat(failures).isEmpty();
    }

    private long count(String sql) {
        return fixtures.jdbc().sql(sql).query(Long.class).single();
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

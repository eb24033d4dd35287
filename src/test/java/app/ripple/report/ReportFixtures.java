package app.ripple.report;

import app.ripple.challenge.Category;
import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassRecords;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.RosterService;
import app.ripple.school.SchoolService;
import app.ripple.school.TermInfo;
import app.ripple.testsupport.Fixtures;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A school with a term and classes, filled with a term's worth of data: classes and students
 * through the real services, acts, lessons and attitude answers with plain SQL (as the lesson and
 * attitude features would have written them).
 */
final class ReportFixtures {

    static final ZoneId ZONE = ZoneId.of("Europe/Madrid");
    static final LocalDate TERM_START = LocalDate.of(2026, 9, 7);
    static final LocalDate TERM_END = LocalDate.of(2026, 12, 18);

    final Fixtures fixtures;
    final ClassService classes;
    final RosterService roster;
    final SchoolService school;

    /**
     * Built by each test from its autowired beans (not a Spring component: an imported test
     * component would give the report tests a Spring context of their own, and a second context
     * replaces the static security-context strategy the first context's method security uses).
     */
    /** The fixtures over the beans of a test's Spring context. */
    static ReportFixtures from(org.springframework.context.ApplicationContext context) {
        return new ReportFixtures(context.getBean(Fixtures.class), context.getBean(ClassService.class),
                context.getBean(RosterService.class), context.getBean(SchoolService.class));
    }

    ReportFixtures(Fixtures fixtures, ClassService classes, RosterService roster, SchoolService school) {
        this.fixtures = fixtures;
        this.classes = classes;
        this.roster = roster;
        this.school = school;
    }

    long coordinator;
    long termId;

    JdbcClient jdbc() {
        return fixtures.jdbc();
    }

    void schoolWithTerm() {
        fixtures.reset();
        coordinator = fixtures.school();
        fixtures.signIn(coordinator);
        TermInfo term = school.addTerm("Autumn 2026", TERM_START, TERM_END);
        termId = term.id();
        // students join before the term starts, so every delivery counts for them
        fixtures.clock().set(TERM_START.minusDays(3).atStartOfDay(ZONE).toInstant());
    }

    /** Two teachers (Ada A and Bea B), each with a class of their own. */
    record TwoClasses(long teacherA, long teacherB, long classOfA, long classOfB) {
    }

    /** A school with a running term, and {@link TwoClasses} named {@code nameA} and {@code nameB}. */
    TwoClasses twoTeachersWithAClassEach(String nameA, String nameB) {
        schoolWithTerm();
        long a = teacher("Ada A", "ada@test.example");
        long b = teacher("Bea B", "bea@test.example");
        return new TwoClasses(a, b, classOf(a, nameA), classOf(b, nameB));
    }

    long teacher(String name, String email) {
        return fixtures.teacher(name, email);
    }

    long classOf(long teacher, String name) {
        fixtures.signIn(teacher);
        return classes.create(new ClassRecords.ClassForm(name, AgeBand.AGES_9_11, termId, List.of(teacher), 60));
    }

    List<Long> students(long teacher, long classId, String... names) {
        fixtures.signIn(teacher);
        List<Long> ids = new ArrayList<>();
        for (String n : names) {
            ids.add(roster.addStudent(classId, new ClassRecords.StudentForm(n, null, null)));
        }
        return ids;
    }

    long challenge(long classId, String title, int goal, boolean selfCounts) {
        return jdbc().sql("""
                insert into challenge (class_id, title, start_date, end_date, goal, categories, self_counts, created_at)
                values (?, ?, ?, ?, ?, 'KIND_TO_OTHERS,KIND_TO_MYSELF,CONNECTION,EMPATHY,STANDING_UP_TO_STIGMA', ?, now()) returning id""")
                .params(classId, title, TERM_START, TERM_END, goal, selfCounts).query(Long.class).single();
    }

    long act(long classId, long challengeId, long studentId, Category category, String status, LocalDate on, String text,
            Long inspiredBy) {
        return jdbc().sql("""
                insert into kindness_act (class_id, challenge_id, student_id, idempotency_key, own_text, category, recipient,
                    status, inspired_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(classId, challengeId, studentId, UUID.randomUUID(), text, category.name(),
                        category == Category.KIND_TO_MYSELF ? "MYSELF" : "CLASSMATE", status, inspiredBy,
                        Timestamp.from(on.atTime(10, 0).atZone(ZONE).toInstant()))
                .query(Long.class).single();
    }

    /** A library act (no own words): its text comes from the act library's translation. */
    long libraryAct(long classId, long challengeId, long studentId, Category category, LocalDate on, String libraryId) {
        return jdbc().sql("""
                insert into kindness_act (class_id, challenge_id, student_id, idempotency_key, library_act_id, category, recipient,
                    status, created_at)
                values (?, ?, ?, ?, ?, ?, 'CLASSMATE', 'APPROVED', ?) returning id""")
                .params(classId, challengeId, studentId, UUID.randomUUID(), libraryId, category.name(),
                        Timestamp.from(on.atTime(11, 0).atZone(ZONE).toInstant()))
                .query(Long.class).single();
    }

    long plan(long classId, LocalDate on, String builtin) {
        return jdbc().sql("""
                insert into lesson_plan (class_id, builtin_lesson_id, planned_on, created_at) values (?, ?, ?, now()) returning id""")
                .params(classId, builtin, on).query(Long.class).single();
    }

    long delivery(long classId, Long planId, LocalDate on, String builtin, int minutes, String components) {
        return jdbc().sql("""
                insert into lesson_delivery (class_id, plan_id, builtin_lesson_id, delivered_on, minutes, components, created_at)
                values (?, ?, ?, ?, ?, ?, now()) returning id""")
                .params(classId, planId, builtin, on, minutes, components).query(Long.class).single();
    }

    void participation(long deliveryId, long studentId, String status, LocalDate madeUpOn) {
        jdbc().sql("insert into lesson_participation (delivery_id, student_id, status, made_up_on) values (?, ?, ?, ?)")
                .params(deliveryId, studentId, status, madeUpOn).update();
    }

    long check(long classId, String instrument, String phase) {
        return jdbc().sql("""
                insert into attitude_check (class_id, term_id, instrument_code, phase, opened_at) values (?, ?, ?, ?, now()) returning id""")
                .params(classId, termId, instrument, phase).query(Long.class).single();
    }

    void response(long checkId, String pseudonym, int... answers) {
        Integer[] boxed = new Integer[answers.length];
        for (int i = 0; i < answers.length; i++) {
            boxed[i] = answers[i];
        }
        jdbc().sql("insert into attitude_response (check_id, pseudonym, answers, answered_on) values (?, ?, ?::smallint[], ?)")
                .params(checkId, String.format("%64s", pseudonym).replace(' ', '0'), toArray(boxed), TERM_START)
                .update();
    }

    private static String toArray(Integer[] values) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ",").append(values[i]);
        }
        return sb.append('}').toString();
    }

    /**
     * A full term for one class, like the benchmark's: {@code students} students, about
     * {@code acts} acts over the term's weeks (some chained into ripples, some private, some
     * hidden), 10 planned and delivered lessons with participation, and a PRE and POST School
     * Kindness Scale check answered by every student.
     */
    long fullClass(long teacher, String name, int studentCount, int acts, long seed) {
        long classId = classOf(teacher, name);
        String[] names = new String[studentCount];
        for (int i = 0; i < studentCount; i++) {
            names[i] = "Student" + (char) ('A' + i % 26) + (i / 26 == 0 ? "" : Integer.toString(i / 26)) + " " + (char) ('A' + (i * 7) % 26) + ".";
        }
        List<Long> students = students(teacher, classId, names);
        Random random = new Random(seed);
        long challenge = challenge(classId, "Kindness all term", acts, false);
        Category[] cats = Category.values();
        List<Long> shared = new ArrayList<>();
        int days = (int) (TERM_END.toEpochDay() - TERM_START.toEpochDay());
        for (int i = 0; i < acts; i++) {
            Category c = cats[random.nextInt(cats.length)];
            String status = random.nextInt(20) == 0 ? "HIDDEN" : random.nextInt(10) == 0 ? "PENDING" : "APPROVED";
            Long inspired = !shared.isEmpty() && random.nextInt(8) == 0 ? shared.get(random.nextInt(shared.size())) : null;
            long id = act(classId, challenge, students.get(random.nextInt(students.size())), c, status,
                    TERM_START.plusDays(random.nextInt(days)), "Act " + i, c.isPrivate() || !"APPROVED".equals(status) ? null : inspired);
            if ("APPROVED".equals(status) && !c.isPrivate()) {
                shared.add(id);
            }
        }
        for (int l = 0; l < 10; l++) {
            LocalDate on = TERM_START.plusWeeks(l + 1);
            long plan = plan(classId, on, "what_is_mental_health");
            long delivery = delivery(classId, plan, on, "what_is_mental_health", 40, "FACTS,DISCUSSION,WHERE_TO_GET_HELP");
            for (long s : students) {
                int r = random.nextInt(10);
                participation(delivery, s, r < 7 ? "PARTICIPATED" : r < 8 ? "PRESENT" : "ABSENT",
                        r == 9 ? on.plusDays(2) : null);
            }
        }
        long pre = check(classId, "school-kindness-scale", "PRE");
        long post = check(classId, "school-kindness-scale", "POST");
        for (int s = 0; s < studentCount; s++) {
            int[] a = new int[5];
            int[] b = new int[5];
            for (int i = 0; i < 5; i++) {
                a[i] = 1 + random.nextInt(5);
                b[i] = Math.min(5, Math.max(1, a[i] + random.nextInt(3) - 1));
            }
            response(pre, "p" + classId + "x" + s, a);
            response(post, "p" + classId + "x" + s, b);
        }
        return classId;
    }
}

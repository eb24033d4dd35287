package app.ripple.school;

import app.ripple.base.AdvisoryLocks;
import app.ripple.base.SchoolScope;
import app.ripple.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code demo} profile fills an empty database with a demo district (docs/district.md, "Demo
 * district and upgrading"): "Riverside District (demo)" with a district administrator and three
 * schools, each with a term in progress and its own staff. The first school is the demo school
 * Ripple always had (a coordinator and three teachers); the second teaches in Spanish; the third is
 * a small English school. Other features add each school's demo data when they receive
 * {@link DemoSchoolCreated}, published once per school in that school's scope. Everything happens in
 * one transaction under the first-run lock. An installation that already has staff is never touched.
 */
@Component
@Profile("demo")
@Order(0)
class DemoSchool implements ApplicationRunner {

    static final String PASSWORD = "ripple-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoSchool.class);

    private final SetupService setup;
    private final SchoolRows rows;
    private final CurrentSchool currentSchool;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoSchool(SetupService setup, SchoolRows rows, CurrentSchool currentSchool,
            PasswordEncoder passwordEncoder, TransactionTemplate tx, ApplicationEventPublisher events, Clock clock,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.setup = setup;
        this.rows = rows;
        this.currentSchool = currentSchool;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!setup.isSetupNeeded()) {
            log.info("Demo profile: the database already has staff accounts, so no demo data was added.");
            return;
        }
        // Two nodes started at once on an empty database: the first-run lock lets one build the demo
        // school; the other waits, then finds the staff accounts and adds nothing.
        Boolean created = SchoolScope.allSchools(() -> tx.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(AdvisoryLocks.FIRST_RUN).query().singleRow();
            if (jdbc.sql("select exists (select 1 from staff_account)").query(Boolean.class).single()) {
                return false;
            }
            rows.insertDistrict(DISTRICT, clock.instant());
            String hash = passwordEncoder.encode(PASSWORD);
            for (DemoSchoolPlan plan : SCHOOLS) {
                long schoolId = rows.insertSchool(plan.name(), plan.timeZone(), plan.language(), clock.instant());
                SchoolScope.of(schoolId, () -> fillSchool(schoolId, plan, hash));
            }
            // The district administrator belongs to the district, not to a school (school_id null).
            jdbc.sql("""
                    insert into staff_account (school_id, name, email, password_hash, role, language, must_change_password, created_at)
                    values (null, ?, ?, ?, ?, 'en', false, ?)""")
                    .params("Dana Whitfield", DISTRICT_ADMIN, hash, Role.DISTRICT_ADMIN.name(), java.sql.Timestamp.from(clock.instant()))
                    .update();
            currentSchool.invalidate();
            return true;
        }));
        if (!Boolean.TRUE.equals(created)) {
            log.info("Demo profile: another node created the demo school meanwhile, so no demo data was added.");
            return;
        }
        log.info("Demo district created: sign in as coordinator@example.org, teacher1@example.org, coordinator2@example.org "
                + "(Spanish school), coordinator3@example.org or {} with password {}", DISTRICT_ADMIN, PASSWORD);
    }

    private void fillSchool(long schoolId, DemoSchoolPlan plan, String hash) {
        ZoneId zone = ZoneId.of(plan.timeZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String termName = ("es".equals(plan.language()) ? "Trimestre " : "Term ") + today.getYear() + " (demo)";
        TermInfo term = rows.insertTerm(schoolId, termName, today.minusWeeks(9), today.plusWeeks(5), null);
        DemoStaff c = plan.coordinator();
        long coordinator = rows.insertStaff(schoolId, c.name(), c.email(), hash, Role.COORDINATOR, c.language(), false, clock.instant());
        long[] teacherIds = new long[plan.teachers().size()];
        for (int i = 0; i < teacherIds.length; i++) {
            DemoStaff t = plan.teachers().get(i);
            teacherIds[i] = rows.insertStaff(schoolId, t.name(), t.email(), hash, Role.TEACHER, t.language(), false, clock.instant());
        }
        events.publishEvent(new DemoSchoolCreated(schoolId, term, coordinator, teacherIds));
    }

    private record DemoStaff(String name, String email, String language) {
    }

    /**
     * One demo school. The listeners give each teacher's classes to it: the first teacher two
     * classes, the others one each (DemoClasses), so a school with one teacher has two classes.
     */
    private record DemoSchoolPlan(String name, String timeZone, String language, DemoStaff coordinator, List<DemoStaff> teachers) {
    }

    static final String DISTRICT = "Riverside District (demo)";
    static final String DISTRICT_ADMIN = "district@example.org";

    /** The district's schools, in the order they are created: the first is the demo school Ripple always had. */
    private static final List<DemoSchoolPlan> SCHOOLS = List.of(
            new DemoSchoolPlan("Riverside Primary School (demo)", "Europe/London", "en",
                    new DemoStaff("Morgan Reyes", "coordinator@example.org", "en"),
                    List.of(new DemoStaff("Alex Kim", "teacher1@example.org", "en"), new DemoStaff("Sam Ortiz", "teacher2@example.org", "es"),
                            new DemoStaff("Jordan Lee", "teacher3@example.org", "en"))),
            new DemoSchoolPlan("Escuela Río Claro (demo)", "Europe/Madrid", "es",
                    new DemoStaff("Lucía Fernández", "coordinator2@example.org", "es"),
                    List.of(new DemoStaff("Marta Gil", "teacher4@example.org", "es"))),
            new DemoSchoolPlan("Hillside Academy (demo)", "Europe/London", "en",
                    new DemoStaff("Priya Shah", "coordinator3@example.org", "en"),
                    List.of(new DemoStaff("Tom Becker", "teacher5@example.org", "en"))));
}

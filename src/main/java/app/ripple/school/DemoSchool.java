package app.ripple.school;

import app.ripple.base.AdvisoryLocks;
import app.ripple.base.SchoolScope;
import app.ripple.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The {@code demo} profile fills an empty database with a demo school: a coordinator, three
 * teachers and a term in progress. Other features add their demo data when they receive
 * {@link DemoSchoolCreated}. An installation that already has staff is never touched.
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
            ZoneId zone = ZoneId.of("Europe/London");
            long schoolId = rows.insertSchool("Riverside Primary School (demo)", zone.getId(), "en", clock.instant());
            currentSchool.invalidate();
            return SchoolScope.of(schoolId, () -> fillSchool(schoolId, zone));
        }));
        if (!Boolean.TRUE.equals(created)) {
            log.info("Demo profile: another node created the demo school meanwhile, so no demo data was added.");
            return;
        }
        log.info("Demo school created: sign in as coordinator@example.org or teacher1@example.org with password {}", PASSWORD);
    }

    private boolean fillSchool(long schoolId, ZoneId zone) {
            LocalDate today = LocalDate.now(clock.withZone(zone));
            TermInfo term = rows.insertTerm(schoolId, "Term " + today.getYear() + " (demo)", today.minusWeeks(9), today.plusWeeks(5), null);
            String hash = passwordEncoder.encode(PASSWORD);
            long coordinator = rows.insertStaff(schoolId, "Morgan Reyes", "coordinator@example.org", hash, Role.COORDINATOR, "en",
                    false, clock.instant());
            String[] names = {"Alex Kim", "Sam Ortiz", "Jordan Lee"};
            long[] teacherIds = new long[names.length];
            for (int i = 0; i < names.length; i++) {
                teacherIds[i] = rows.insertStaff(schoolId, names[i], "teacher" + (i + 1) + "@example.org", hash, Role.TEACHER,
                        i == 1 ? "es" : "en", false, clock.instant());
            }
            events.publishEvent(new DemoSchoolCreated(schoolId, term, coordinator, teacherIds));
            return true;
    }
}

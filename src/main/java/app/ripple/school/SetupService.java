package app.ripple.school;

import app.ripple.base.AdvisoryLocks;
import app.ripple.base.SchoolScope;
import app.ripple.base.Problems;
import app.ripple.security.Role;
import app.ripple.security.SetupStatus;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * First-run setup: creates the school and its first coordinator. It works only while no staff
 * account exists; after that it refuses, for good.
 */
@Service
public class SetupService implements SetupStatus {

    /** What the first-run form collects. */
    public record SetupForm(String schoolName, String timeZone, String language, String coordinatorName,
            String email, String password) {
    }

    /**
     * What the first run collects for a district: the district's name, its first administrator, then
     * its first school (which gets no coordinator: the administrator appoints one).
     */
    public record DistrictSetupForm(String districtName, String adminName, String email, String password,
            String schoolName, String timeZone, String language) {
    }

    private final JdbcClient jdbc;
    private final SchoolRows rows;
    private final CurrentSchool currentSchool;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final Clock clock;

    SetupService(JdbcClient jdbc, SchoolRows rows, CurrentSchool currentSchool, PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.currentSchool = currentSchool;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** Anyone may ask: the sign-in page needs the answer before anybody exists to sign in. */
    @Override
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean isSetupNeeded() {
        return SchoolScope.allSchools(() -> !jdbc.sql("select exists (select 1 from staff_account)").query(Boolean.class).single());
    }

    /**
     * Anonymous by necessity, so the only guard is that no staff account exists yet. A transaction
     * lock makes two simultaneous first runs end with one school, not two; the second one gets
     * {@link SetupAlreadyDoneException}, which the form shows as a message.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void setUp(SetupForm form) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(AdvisoryLocks.FIRST_RUN).query().singleRow();
        if (!isSetupNeeded()) {
            // Someone else finished setting up (another node, another tab) while this form was open.
            throw new SetupAlreadyDoneException();
        }
        Problems p = validate(form);
        p.throwIfAny();
        long schoolId = SchoolScope.allSchools(
                () -> rows.insertSchool(form.schoolName().strip(), form.timeZone(), form.language(), clock.instant()));
        currentSchool.invalidate();
        String email = StaffService.normalizeEmail(form.email());
        SchoolScope.of(schoolId, () -> {
            rows.insertStaff(schoolId, form.coordinatorName().strip(), email, passwordEncoder.encode(form.password()),
                    Role.COORDINATOR, form.language(), false, clock.instant());
            audit.recordSetup(email, schoolId);
        });
    }

    /**
     * First run for a district: the district (named from the form), its first administrator
     * (no school: role DISTRICT_ADMIN) and its first school. Same guards as {@link #setUp}.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void setUpDistrict(DistrictSetupForm form) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(AdvisoryLocks.FIRST_RUN).query().singleRow();
        if (!isSetupNeeded()) {
            throw new SetupAlreadyDoneException();
        }
        Problems p = new Problems();
        checkDistrictName(form.districtName(), p, "districtName");
        StaffService.checkName(form.adminName(), p, "adminName");
        StaffService.checkEmail(form.email(), p, "email");
        passwordPolicy.check(form.password(), form.email(), p, "password");
        checkSchool(form.schoolName(), form.timeZone(), form.language(), p);
        p.throwIfAny();
        String email = StaffService.normalizeEmail(form.email());
        SchoolScope.allSchools(() -> {
            rows.insertDistrict(form.districtName().strip(), clock.instant());
            long schoolId = rows.insertSchool(form.schoolName().strip(), form.timeZone(), form.language(), clock.instant());
            rows.insertStaff(null, form.adminName().strip(), email, passwordEncoder.encode(form.password()),
                    Role.DISTRICT_ADMIN, form.language(), false, clock.instant());
            audit.recordDistrictSetup(email, schoolId);
        });
        currentSchool.invalidate();
    }

    /** A district's name: required, one line, at most 120 characters. */
    static void checkDistrictName(String districtName, Problems p, String field) {
        String name = districtName.strip();
        p.require(!name.isEmpty(), field, "validation.required");
        p.require(name.length() <= 120, field, "validation.tooLong", 120);
        p.requirePlainText(name, field, false);
    }

    /** A school's name, time zone and default language, as the first run and the district's schools page ask for them. */
    static void checkSchool(String schoolName, String timeZone, String language, Problems p) {
        String name = schoolName.strip();
        p.require(!name.isEmpty(), "schoolName", "validation.required");
        p.require(name.length() <= 120, "schoolName", "validation.tooLong", 120);
        p.requirePlainText(name, "schoolName", false);
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            p.add("timeZone", "setup.timeZone.invalid");
        }
        p.require(Languages.isSupported(language), "language", "validation.required");
    }

    private Problems validate(SetupForm form) {
        Problems p = new Problems();
        checkSchool(form.schoolName(), form.timeZone(), form.language(), p);
        StaffService.checkName(form.coordinatorName(), p, "coordinatorName");
        StaffService.checkEmail(form.email(), p, "email");
        passwordPolicy.check(form.password(), form.email(), p, "password");
        return p;
    }
}

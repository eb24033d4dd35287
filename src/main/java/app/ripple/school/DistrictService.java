package app.ripple.school;

import app.ripple.base.InvalidInputException;
import app.ripple.base.NotAllowedException;
import app.ripple.base.Problems;
import app.ripple.base.SchoolScope;
import app.ripple.security.DistrictAdminOnly;
import app.ripple.security.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district administrator's management (docs/district.md): the district's schools (create,
 * archive), each school's coordinators (appoint, remove) and the district-level audit. Also the way
 * a coordinator turns a single-school installation into a district.
 * <p>
 * A district administrator's connection sees every school ({@link SchoolScope}); work on one school's
 * rows runs in that school's scope, so its inserts and its audit entries carry that school. Entries
 * about the district itself (a school created or archived) have no school.
 */
@Service
public class DistrictService {

    /** A school as the district's schools page lists it. Counts are open (not archived) classes and active coordinators. */
    public record SchoolSummary(long id, String name, String timeZone, String defaultLanguage, boolean archived,
            int classes, int coordinators) {
    }

    /** What creating a school asks for. */
    public record SchoolForm(String schoolName, String timeZone, String language) {
    }

    /** A school's coordinator. */
    public record Coordinator(long id, String name, String email, boolean active, boolean mustChangePassword) {
    }

    /**
     * A new coordinator: the one-time password to hand over, or {@code null} when an emailed
     * invitation went out instead.
     */
    public record Appointed(long staffId, String email, @Nullable String oneTimePassword) {
    }

    /** One entry of the district-level audit: the school it belongs to, or {@code null} for the district's own entries. */
    public record DistrictAuditEntry(long id, Instant at, @Nullable String school, String actor, String action,
            @Nullable String target, @Nullable String details) {
    }

    /**
     * What "Turn into a district" asks a coordinator for. A blank password sends an emailed
     * invitation instead (only when email is set up).
     */
    public record TurnIntoDistrictForm(String districtName, String adminName, String email, String password) {
    }

    private final JdbcClient jdbc;
    private final SchoolRows rows;
    private final CurrentSchool currentSchool;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final ResetLinks links;
    private final Clock clock;

    DistrictService(JdbcClient jdbc, SchoolRows rows, CurrentSchool currentSchool, PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder, AuditService audit, ResetLinks links, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.currentSchool = currentSchool;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.links = links;
        this.clock = clock;
    }

    /** The district's name. */
    @DistrictAdminOnly
    @Transactional(readOnly = true)
    public String districtName() {
        return rows.districtName().orElse("");
    }

    /** Every school of the district, alphabetically (never ranked), archived ones included and marked. */
    @DistrictAdminOnly
    @Transactional(readOnly = true)
    public List<SchoolSummary> schools() {
        return SchoolScope.allSchools(() -> jdbc.sql("""
                select s.id, s.name, s.time_zone, s.default_language, s.archived_at is not null,
                       (select count(*) from classroom_classes_v c where c.school_id = s.id and not c.archived),
                       (select count(*) from staff_account a where a.school_id = s.id and a.role = 'COORDINATOR' and a.active)
                from school s order by lower(s.name), s.id""")
                .query((rs, n) -> new SchoolSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getInt(6), rs.getInt(7)))
                .list());
    }

    /** A new school of the district; validated like the first-run form. Returns its id. */
    @DistrictAdminOnly
    @Transactional
    public long createSchool(SchoolForm form) {
        Problems p = new Problems();
        SetupService.checkSchool(form.schoolName(), form.timeZone(), form.language(), p);
        String name = form.schoolName().strip();
        if (p.isEmpty() && SchoolScope.allSchools(() -> jdbc.sql("select exists (select 1 from school where lower(name) = lower(?))")
                .param(name).query(Boolean.class).single())) {
            p.add("schoolName", "district.school.nameTaken");
        }
        p.throwIfAny();
        return SchoolScope.allSchools(() -> {
            long id = rows.insertSchool(name, form.timeZone(), form.language(), clock.instant());
            audit.record("SCHOOL_CREATED", "school:" + id, name);
            return id;
        });
    }

    /**
     * Archives a school or brings it back. An archived school keeps its data; its scheduled jobs stop
     * ({@link SchoolScope#openSchools}) and no coordinator can be appointed to it.
     */
    @DistrictAdminOnly
    @Transactional
    public void setArchived(long schoolId, boolean archived) {
        SchoolScope.allSchools(() -> {
            String name = schoolName(schoolId);
            jdbc.sql("update school set archived_at = ? where id = ?")
                    .params(archived ? Timestamp.from(clock.instant()) : null, schoolId).update();
            audit.record(archived ? "SCHOOL_ARCHIVED" : "SCHOOL_UNARCHIVED", "school:" + schoolId, name);
        });
        currentSchool.invalidate();
    }

    /** A school's coordinators, active ones first, by name. */
    @DistrictAdminOnly
    @Transactional(readOnly = true)
    public List<Coordinator> coordinators(long schoolId) {
        SchoolScope.allSchools(() -> schoolName(schoolId));
        return SchoolScope.of(schoolId, () -> jdbc.sql("""
                select id, name, email, active, must_change_password from staff_account
                where role = 'COORDINATOR' and school_id = ? order by not active, lower(name), id""")
                .param(schoolId)
                .query((rs, n) -> new Coordinator(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5)))
                .list());
    }

    /** Whether new coordinators get an emailed invitation rather than a one-time password. */
    @DistrictAdminOnly
    public boolean invitationsOn() {
        return links.enabled();
    }

    /**
     * Creates a coordinator account in a school: with an emailed invitation when email is set up,
     * else a one-time password to hand over (changed at first sign-in). An email is unique across
     * the installation, every school and the district included.
     */
    @DistrictAdminOnly
    @Transactional
    public Appointed appointCoordinator(long schoolId, String name, String email) {
        School school = SchoolScope.allSchools(() -> school(schoolId));
        Problems p = new Problems();
        StaffService.checkName(name, p, "name");
        StaffService.checkEmail(email, p, "email");
        String normalized = StaffService.normalizeEmail(email);
        if (p.isEmpty() && SchoolScope.allSchools(() -> rows.staffByEmail(normalized)).isPresent()) {
            p.add("email", "district.email.taken");
        }
        if (SchoolScope.allSchools(() -> isArchived(schoolId))) {
            p.add("name", "district.school.archived");
        }
        p.throwIfAny();
        return SchoolScope.of(schoolId, () -> {
            boolean invite = links.enabled();
            String password = StaffService.oneTimePassword();
            long id = rows.insertStaff(schoolId, name.strip(), normalized, passwordEncoder.encode(password), Role.COORDINATOR,
                    school.defaultLanguage(), true, clock.instant());
            audit.record("COORDINATOR_APPOINTED", "staff:" + id, normalized);
            if (invite) {
                StaffAccount account = rows.staff(id).orElseThrow();
                links.sendInvitation(account, school.name());
                audit.record("STAFF_INVITATION_SENT", "staff:" + id, normalized);
            }
            return new Appointed(id, normalized, invite ? null : password);
        });
    }

    /** Removes a coordinator from a school: the account is deactivated (kept for the audit trail), not deleted. */
    @DistrictAdminOnly
    @Transactional
    public void removeCoordinator(long schoolId, long staffId) {
        SchoolScope.allSchools(() -> schoolName(schoolId));
        SchoolScope.of(schoolId, () -> {
            StaffAccount account = rows.staff(staffId)
                    .filter(a -> a.role() == Role.COORDINATOR && Long.valueOf(schoolId).equals(a.schoolId()))
                    .orElseThrow(() -> new NotAllowedException("no such coordinator"));
            rows.setActive(staffId, false);
            audit.record("COORDINATOR_REMOVED", "staff:" + staffId, account.email());
        });
    }

    /** The newest audit entries of the whole district: its own (no school) and every school's, with the school's name. */
    @DistrictAdminOnly
    @Transactional(readOnly = true)
    public List<DistrictAuditEntry> recentAudit(int limit) {
        audit.recordRead("DISTRICT_AUDIT_VIEWED", null, null);
        return SchoolScope.allSchools(() -> jdbc.sql("""
                select a.id, a.at, s.name, a.actor, a.action, a.target, a.details
                from audit_log a left join school s on s.id = a.school_id
                order by a.id desc limit ?""")
                .param(Math.max(1, Math.min(limit, 1000)))
                .query((rs, n) -> new DistrictAuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list());
    }

    /** Whether the installation has a district administrator yet; "Turn into a district" is offered until it has. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public boolean districtAdminExists() {
        return SchoolScope.allSchools(rows::districtAdminExists);
    }

    /**
     * A coordinator turns the installation into a district: names the district (the school's
     * district row, which exists since V17) and creates its first administrator, who belongs to no
     * school. Only once: when a district administrator exists this refuses. With a password, the
     * administrator must change it at first sign-in; without one, an emailed invitation goes out.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void turnIntoDistrict(TurnIntoDistrictForm form) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(app.ripple.base.AdvisoryLocks.FIRST_RUN).query().singleRow();
        if (districtAdminExists()) {
            throw new InvalidInputException("districtName", "district.turn.alreadyDistrict");
        }
        Problems p = new Problems();
        SetupService.checkDistrictName(form.districtName(), p, "districtName");
        StaffService.checkName(form.adminName(), p, "adminName");
        StaffService.checkEmail(form.email(), p, "email");
        String normalized = StaffService.normalizeEmail(form.email());
        boolean invite = form.password().isEmpty();
        if (invite) {
            p.require(links.enabled(), "password", "district.turn.passwordNeeded");
        } else {
            passwordPolicy.check(form.password(), form.email(), p, "password");
        }
        if (p.isEmpty() && SchoolScope.allSchools(() -> rows.staffByEmail(normalized)).isPresent()) {
            p.add("email", "district.email.taken");
        }
        p.throwIfAny();
        String language = rows.school().map(School::defaultLanguage).orElse("en");
        String districtName = form.districtName().strip();
        long id = SchoolScope.allSchools(() -> {
            rows.renameDistrict(districtName);
            String password = invite ? StaffService.oneTimePassword() : form.password();
            long staffId = rows.insertStaff(null, form.adminName().strip(), normalized, passwordEncoder.encode(password),
                    Role.DISTRICT_ADMIN, language, true, clock.instant());
            if (invite) {
                links.sendInvitation(rows.staff(staffId).orElseThrow(), districtName);
            }
            return staffId;
        });
        audit.record("DISTRICT_CREATED", "staff:" + id, districtName + "; administrator " + normalized
                + (invite ? " (invited)" : ""));
    }

    private School school(long schoolId) {
        return jdbc.sql("select id, name, time_zone, default_language, paper_size, retention_months from school where id = ?")
                .param(schoolId)
                .query((rs, n) -> new School(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        (Integer) rs.getObject(6)))
                .optional().orElseThrow(() -> new NotAllowedException("no such school"));
    }

    private String schoolName(long schoolId) {
        return school(schoolId).name();
    }

    private boolean isArchived(long schoolId) {
        return jdbc.sql("select archived_at is not null from school where id = ?").param(schoolId).query(Boolean.class)
                .optional().orElse(false);
    }
}

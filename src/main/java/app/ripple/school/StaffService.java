package app.ripple.school;

import app.ripple.base.InvalidInputException;
import app.ripple.base.NotAllowedException;
import app.ripple.base.Problems;
import app.ripple.security.Caller;
import app.ripple.security.CurrentUser;
import app.ripple.security.Role;
import app.ripple.security.StaffOnly;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts. Coordinators create teachers, deactivate them and reset their passwords;
 * everybody manages their own password and language.
 */
@Service
public class StaffService {

    /** A new or reset account's one-time password, shown once and never stored in clear. */
    public record OneTimePassword(long staffId, String email, String password) {
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final char[] READABLE = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SchoolRows rows;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final ResetLinks links;

    StaffService(SchoolRows rows, PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder, CurrentUser currentUser, AuditService audit, LoginThrottle throttle,
            Clock clock, ResetLinks links) {
        this.links = links;
        this.rows = rows;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.throttle = throttle;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public List<StaffSummary> list() {
        return rows.allStaff().stream().map(StaffAccount::toSummary).toList();
    }

    /** Creates a teacher with a one-time password that must be changed at first sign-in. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public OneTimePassword createTeacher(String name, String email) {
        Problems p = new Problems();
        checkName(name, p, "name");
        checkEmail(email, p, "email");
        String normalized = normalizeEmail(email);
        if (p.isEmpty() && rows.staffByEmail(normalized).isPresent()) {
            p.add("email", "staff.email.taken");
        }
        p.throwIfAny();
        School school = rows.school().orElseThrow();
        String password = oneTimePassword();
        long id = rows.insertStaff(school.id(), name.strip(), normalized, passwordEncoder.encode(password), Role.TEACHER,
                school.defaultLanguage(), true, clock.instant());
        audit.record("STAFF_CREATED", "staff:" + id, "teacher " + normalized);
        if (links.enabled()) {
            // In the same transaction: the account and its invitation are saved together.
            invite(id, school.name());
        }
        return new OneTimePassword(id, normalized, password);
    }

    /**
     * Whether new teachers get an emailed invitation (a link to set their password, valid 7 days)
     * instead of a one-time password to hand over; without email, the one-time password it is.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    public boolean invitationsOn() {
        return links.enabled();
    }

    /** Sends a new invitation (the previous one stops working); for someone who lost or let theirs expire. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void sendInvitation(long staffId) {
        if (!links.enabled()) {
            throw new InvalidInputException("email", "staff.invite.emailOff");
        }
        invite(staffId, rows.school().orElseThrow().name());
    }

    private void invite(long staffId, String schoolName) {
        StaffAccount account = rows.staffOfThisSchool(staffId).filter(StaffAccount::active)
                .orElseThrow(() -> new NotAllowedException("no such active staff"));
        links.sendInvitation(account, schoolName);
        audit.record("STAFF_INVITATION_SENT", "staff:" + staffId, account.email());
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void setActive(long staffId, boolean active) {
        Caller caller = currentUser.require();
        if (caller.staffId() == staffId && !active) {
            throw new InvalidInputException("active", "staff.cannotDeactivateSelf");
        }
        StaffAccount account = rows.staffOfThisSchool(staffId).orElseThrow(() -> new NotAllowedException("no such staff"));
        rows.setActive(staffId, active);
        audit.record(active ? "STAFF_REACTIVATED" : "STAFF_DEACTIVATED", "staff:" + staffId, account.email());
    }

    /** A new one-time password for someone who forgot theirs; it also lifts a sign-in lock-out. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public OneTimePassword resetPassword(long staffId) {
        StaffAccount account = rows.staffOfThisSchool(staffId).orElseThrow(() -> new NotAllowedException("no such staff"));
        String password = oneTimePassword();
        rows.setPassword(staffId, passwordEncoder.encode(password), true);
        throttle.clear(account.email());
        audit.record("STAFF_PASSWORD_RESET", "staff:" + staffId, account.email());
        return new OneTimePassword(staffId, account.email(), password);
    }

    /** A colleague as teachers see them when choosing co-teachers: a name, nothing more. */
    public record StaffRef(long id, String name) {
    }

    /** Active teachers and coordinators, for choosing who teaches a class. Any staff member may ask. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<StaffRef> colleagues() {
        return rows.allStaff().stream().filter(StaffAccount::active)
                .map(a -> new StaffRef(a.id(), a.name())).sorted(java.util.Comparator.comparing(StaffRef::name)).toList();
    }

    /** The signed-in staff member's own account; district administrators included (their account page and menu). */
    @PreAuthorize("hasAnyRole('COORDINATOR','TEACHER','DISTRICT_ADMIN')")
    @Transactional(readOnly = true)
    public StaffSummary me() {
        return own().toSummary();
    }

    @PreAuthorize("hasAnyRole('COORDINATOR','TEACHER','DISTRICT_ADMIN')")
    @Transactional
    public void changeOwnPassword(String current, String newPassword, String repeat) {
        StaffAccount account = own();
        Problems p = new Problems();
        if (!passwordEncoder.matches(current, account.passwordHash())) {
            p.add("current", "account.password.currentWrong");
        }
        passwordPolicy.check(newPassword, account.email(), p, "new");
        if (p.isEmpty() && newPassword.equals(current)) {
            p.add("new", "account.password.same");
        }
        if (!newPassword.equals(repeat)) {
            p.add("repeat", "account.password.mismatch");
        }
        p.throwIfAny();
        rows.setPassword(account.id(), passwordEncoder.encode(newPassword), false);
        audit.record("PASSWORD_CHANGED", "staff:" + account.id(), null);
    }

    @PreAuthorize("hasAnyRole('COORDINATOR','TEACHER','DISTRICT_ADMIN')")
    @Transactional
    public void changeOwnLanguage(String language) {
        if (!Languages.isSupported(language)) {
            throw new InvalidInputException("language", "validation.required");
        }
        StaffAccount account = own();
        rows.setLanguage(account.id(), language);
        audit.record("LANGUAGE_CHANGED", "staff:" + account.id(), language);
    }

    private StaffAccount own() {
        Caller caller = currentUser.require();
        return rows.staff(caller.staffId()).orElseThrow(() -> new NotAllowedException("account gone"));
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    static void checkName(String name, Problems p, String field) {
        String n = name.strip();
        p.require(!n.isEmpty(), field, "validation.required");
        p.require(n.length() <= 100, field, "validation.tooLong", 100);
        p.requirePlainText(n, field, false);
    }

    static void checkEmail(String email, Problems p, String field) {
        String e = email.strip();
        if (e.isEmpty()) {
            p.add(field, "validation.required");
        } else if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
            p.add(field, "validation.email");
        }
    }

    static String oneTimePassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(READABLE[RANDOM.nextInt(READABLE.length)]);
        }
        return sb.toString();
    }
}

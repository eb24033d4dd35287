package app.ripple.safeguarding;

import app.ripple.base.NotAllowedException;
import app.ripple.base.Problems;
import app.ripple.school.AuditService;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordinators: the school's designated safeguarding contacts (staff accounts or plain addresses)
 * who are emailed about every needs-attention item, and the hours after which an item nobody
 * acknowledged is escalated.
 */
@Service
public class AlertSettingsService {

    public static final int MIN_HOURS = 1;
    public static final int MAX_HOURS = 720;

    private final JdbcClient jdbc;
    private final AttentionAlerts alerts;
    private final AuditService audit;

    AlertSettingsService(JdbcClient jdbc, AttentionAlerts alerts, AuditService audit) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.audit = audit;
    }

    /** A contact: a staff account ({@code staffId}) or an address. */
    public record Contact(long id, @Nullable Long staffId, String label) {
    }

    /** A staff account that can be made a contact. */
    public record StaffOption(long id, String name, String email) {
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    public boolean emailOn() {
        return alerts.enabled();
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public List<Contact> contacts() {
        return jdbc.sql("""
                select c.id, c.staff_id, coalesce(s.name || ' <' || s.email || '>', c.address)
                from safeguarding_contact c left join school_staff_contacts_v s on s.id = c.staff_id order by c.id""")
                .query((rs, n) -> new Contact(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3))).list();
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public List<StaffOption> staffOptions() {
        return jdbc.sql("select id, name, email from school_staff_contacts_v where active order by lower(name), id")
                .query((rs, n) -> new StaffOption(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void addStaffContact(long staffId) {
        if (!jdbc.sql("select exists (select 1 from school_staff_contacts_v where id = ? and active)").param(staffId)
                .query(Boolean.class).single()) {
            throw new NotAllowedException("no staff account " + staffId);
        }
        jdbc.sql("insert into safeguarding_contact (school_id, staff_id) values (?, ?) on conflict do nothing")
                .params(schoolId(), staffId).update();
        audit.record("SAFEGUARDING_CONTACT_ADDED", "staff:" + staffId, null);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void addAddressContact(String address) {
        String a = address.strip();
        Problems p = new Problems();
        p.require(!a.isEmpty(), "address", "validation.required");
        p.require(a.length() <= 254, "address", "validation.tooLong", 254);
        p.require(a.isEmpty() || a.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+"), "address", "validation.email");
        p.throwIfAny();
        jdbc.sql("insert into safeguarding_contact (school_id, address) values (?, ?) on conflict do nothing")
                .params(schoolId(), a).update();
        audit.record("SAFEGUARDING_CONTACT_ADDED", "address", a);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void removeContact(long contactId) {
        jdbc.sql("delete from safeguarding_contact where id = ?").param(contactId).update();
        audit.record("SAFEGUARDING_CONTACT_REMOVED", "safeguarding-contact:" + contactId, null);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public int escalationHours() {
        return alerts.escalationHours();
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void setEscalationHours(@Nullable Integer hours) {
        Problems p = new Problems();
        p.require(hours != null, "hours", "validation.required");
        p.require(hours == null || (hours >= MIN_HOURS && hours <= MAX_HOURS), "hours", "alerts.hours.range", MIN_HOURS, MAX_HOURS);
        p.throwIfAny();
        jdbc.sql("""
                insert into safeguarding_setting (school_id, escalation_hours) values (?, ?)
                on conflict (school_id) do update set escalation_hours = excluded.escalation_hours""")
                .params(schoolId(), hours).update();
        audit.record("SAFEGUARDING_ESCALATION_HOURS", null, String.valueOf(hours));
    }

    private long schoolId() {
        return jdbc.sql("select id from school_languages_v where id = ripple_school()").query(Long.class).single();
    }
}

package app.ripple.safeguarding;

import app.ripple.base.RippleI18NProvider;
import app.ripple.email.EmailSettings;
import app.ripple.email.Mail;
import app.ripple.email.MailText;
import app.ripple.email.Outbox;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Emails about needs-attention items, through the outbox (so in the transaction that raised or
 * escalated the item). A new item emails the class's teachers and the school's designated
 * safeguarding contacts; an item still {@code OPEN} (not acknowledged) after the school's escalation
 * hours emails the coordinators and the contacts once. The messages name the class only: never the
 * student, the words or the matched phrase (the link needs a sign-in). Each recipient is recorded in
 * {@code attention_notice}, shown on the queue.
 * <p>
 * Not a service: it checks no caller; {@link AttentionService#raise} and {@link EscalationJob} use it.
 */
@Component
class AttentionAlerts {

    static final int DEFAULT_ESCALATION_HOURS = 24;
    /** The advisory-lock key of escalation runs (any fixed number unique within Ripple). */
    static final long LOCK_KEY = app.ripple.base.AdvisoryLocks.SAFEGUARDING_ESCALATION;

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final EmailSettings settings;
    private final RippleI18NProvider i18n;
    private final Clock clock;

    AttentionAlerts(JdbcClient jdbc, Outbox outbox, EmailSettings settings, RippleI18NProvider i18n, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.settings = settings;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** A person to email: address, name if an account, language. */
    record Recipient(String address, @Nullable String name, String language) {
    }


    boolean enabled() {
        return outbox.enabled();
    }

    /** In the raising transaction: the first alert to the class's teachers and the contacts. */
    void itemRaised(long itemId, long classId) {
        if (!outbox.enabled()) {
            return;
        }
        Map<String, Recipient> to = new LinkedHashMap<>();
        jdbc.sql("""
                select s.email, s.name, s.language from classroom_class_teachers_v ct
                join school_staff_contacts_v s on s.id = ct.staff_id
                where ct.class_id = ? and s.active order by s.id""")
                .param(classId).query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list().forEach(r -> to.putIfAbsent(r.address().toLowerCase(java.util.Locale.ROOT), r));
        contacts().forEach(r -> to.putIfAbsent(r.address().toLowerCase(java.util.Locale.ROOT), r));
        send(itemId, classId, "ALERT", to.values());
    }

    /**
     * Sends the escalation of every item that is still open after the school's escalation hours and
     * has not been escalated; returns how many items were escalated. Runs under an advisory lock in
     * the caller's transaction, so two nodes never escalate the same item.
     */
    int escalateDue() {
        if (!outbox.enabled()
                || !jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK_KEY).query(Boolean.class).single()) {
            return 0;
        }
        Instant deadline = clock.instant().minus(Duration.ofHours(escalationHours()));
        List<long[]> due = jdbc.sql("""
                select id, class_id from attention_item where status = 'OPEN' and escalated_at is null and created_at <= ?
                order by id for update skip locked""")
                .param(Timestamp.from(deadline)).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        if (due.isEmpty()) {
            return 0;
        }
        Map<String, Recipient> to = new LinkedHashMap<>();
        jdbc.sql("select email, name, language from school_staff_contacts_v where role = 'COORDINATOR' and active order by id")
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list().forEach(r -> to.putIfAbsent(r.address().toLowerCase(java.util.Locale.ROOT), r));
        contacts().forEach(r -> to.putIfAbsent(r.address().toLowerCase(java.util.Locale.ROOT), r));
        for (long[] item : due) {
            send(item[0], item[1], "ESCALATION", to.values());
            jdbc.sql("update attention_item set escalated_at = ? where id = ?").params(Timestamp.from(clock.instant()), item[0]).update();
        }
        return due.size();
    }

    int escalationHours() {
        return jdbc.sql("select escalation_hours from safeguarding_setting order by school_id limit 1").query(Integer.class).optional()
                .orElse(DEFAULT_ESCALATION_HOURS);
    }

    private List<Recipient> contacts() {
        String schoolLanguage = jdbc.sql("select default_language from school_languages_v where id = ripple_school()").query(String.class)
                .optional().orElse("en");
        return jdbc.sql("""
                select coalesce(s.email, c.address), s.name, coalesce(s.language, ?)
                from safeguarding_contact c left join school_staff_contacts_v s on s.id = c.staff_id
                where c.staff_id is null or s.active order by c.id""")
                .param(schoolLanguage).query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    private void send(long itemId, long classId, String kind, Iterable<Recipient> recipients) {
        String className = jdbc.sql("select name from classroom_classes_v where id = ?").param(classId).query(String.class).single();
        String prefix = kind.equals("ALERT") ? "email.attention.alert" : "email.attention.escalation";
        int hours = escalationHours();
        for (Recipient r : recipients) {
            MailText.Rendered content = MailText.in(i18n, r.language())
                    .subject(prefix + ".subject", className)
                    .paragraph(prefix + ".body", className, hours)
                    .paragraph("email.attention.privacy")
                    .link(settings.link("/moderation"), "email.attention.open")
                    .render();
            long outboxId = outbox.enqueue(new Mail(r.address(), "SAFEGUARDING_" + kind, "attention:" + itemId, content));
            jdbc.sql("""
                    insert into attention_notice (item_id, kind, recipient, staff_name, outbox_id, queued_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(itemId, kind, r.address(), r.name(), outboxId, Timestamp.from(clock.instant())).update();
        }
    }

    /** The notices of these items, oldest first. */
    Map<Long, List<AttentionItem.Notice>> notices(List<Long> itemIds) {
        Map<Long, List<AttentionItem.Notice>> result = new LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select n.item_id, n.kind, n.recipient, n.staff_name, n.queued_at, o.sent_at, coalesce(o.status, 'SENT')
                from attention_notice n left join email_outbox_status_v o on o.id = n.outbox_id
                where n.item_id in (:ids) order by n.item_id, n.queued_at, n.id""")
                .param("ids", itemIds)
                .query((rs, n) -> {
                    Timestamp sent = rs.getTimestamp(6);
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new AttentionItem.Notice(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getTimestamp(5).toInstant(), sent == null ? null : sent.toInstant(), rs.getString(7)));
                    return 0;
                }).list();
        return result;
    }
}

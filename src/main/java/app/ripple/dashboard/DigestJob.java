package app.ripple.dashboard;

import app.ripple.base.RippleI18NProvider;
import app.ripple.base.SchoolScope;
import app.ripple.email.EmailSettings;
import app.ripple.email.Mail;
import app.ripple.email.MailText;
import app.ripple.email.Outbox;
import app.ripple.school.SchoolTimeZone;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues the weekly digest for every subscribed, active staff member ({@code ripple.digest.cron},
 * Fridays 16:00 server time by default; "-" switches it off): per class they teach, the acts
 * recorded this week (Monday to today, in the school's time zone), the needs-attention items
 * waiting, and the lessons planned next week. Counts and class names only. Once per person and day
 * (advisory lock, {@code last_sent_on}), so several nodes or a re-run send nothing twice.
 */
@Configuration
@EnableScheduling
class DigestJob {

    /** The advisory-lock key of digest runs (any fixed number unique within Ripple). */
    static final long LOCK_KEY = app.ripple.base.AdvisoryLocks.WEEKLY_DIGEST;

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final EmailSettings settings;
    private final RippleI18NProvider i18n;
    private final SchoolTimeZone zone;
    private final TransactionTemplate tx;

    DigestJob(JdbcClient jdbc, Outbox outbox, EmailSettings settings, RippleI18NProvider i18n, SchoolTimeZone zone,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.settings = settings;
        this.i18n = i18n;
        this.zone = zone;
        this.tx = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${ripple.digest.cron:0 0 16 * * FRI}")
    void weekly() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            log.error("Digest run failed", e);
        }
    }

    private record Person(long id, String email, String name, String language) {
    }

    private record ClassWeek(String name, int acts, int waiting, int planned) {
    }

    /** Queues today's digests; returns how many. */
    int runOnce() {
        if (!outbox.enabled()) {
            return 0;
        }
        return SchoolScope.eachSchool(jdbc, this::runForSchool).stream().mapToInt(Integer::intValue).sum();
    }

    private int runForSchool() {
        Integer n = tx.execute(status -> {
            if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK_KEY).query(Boolean.class).single()) {
                return 0;
            }
            ZoneId z = zone.zone();
            LocalDate today = zone.today();
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate nextMonday = monday.plusWeeks(1);
            List<Person> people = jdbc.sql("""
                    select s.id, s.email, s.name, s.language from digest_subscription d
                    join school_staff_contacts_v s on s.id = d.staff_id
                    where s.active and (d.last_sent_on is null or d.last_sent_on < ?) order by s.id""")
                    .param(today).query((rs, i) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
            for (Person p : people) {
                List<ClassWeek> classes = jdbc.sql("""
                        select c.name,
                               (select count(*) from challenge_acts_v a where a.class_id = c.id and a.created_at >= :from),
                               (select count(*) from safeguarding_attention_items_v i where i.class_id = c.id and i.status <> 'RESOLVED'),
                               (select count(*) from lesson_plans_v l where l.class_id = c.id and l.planned_on >= :nextMonday
                                                                      and l.planned_on < :weekAfter)
                        from classroom_classes_v c join classroom_class_teachers_v t on t.class_id = c.id
                        where t.staff_id = :staff and not c.archived order by lower(c.name), c.id""")
                        .param("from", Timestamp.from(monday.atStartOfDay(z).toInstant())).param("nextMonday", nextMonday)
                        .param("weekAfter", nextMonday.plusWeeks(1)).param("staff", p.id())
                        .query((rs, i) -> new ClassWeek(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).list();
                MailText text = MailText.in(i18n, p.language()).subject("email.digest.subject", monday.toString())
                        .paragraph("email.digest.hello", p.name());
                if (classes.isEmpty()) {
                    text.paragraph("email.digest.noClasses");
                }
                for (ClassWeek c : classes) {
                    text.paragraph("email.digest.class", c.name(), c.acts(), c.waiting(), c.planned());
                }
                text.link(settings.link("/"), "email.digest.open").paragraph("email.digest.unsubscribe");
                outbox.enqueue(new Mail(p.email(), "WEEKLY_DIGEST", "staff:" + p.id(), text.render()));
                jdbc.sql("update digest_subscription set last_sent_on = ? where staff_id = ?").params(today, p.id()).update();
            }
            return people.size();
        });
        return n == null ? 0 : n;
    }
}

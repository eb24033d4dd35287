package app.ripple.safeguarding;

import app.ripple.base.SchoolScope;
import org.slf4j.Logger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks for needs-attention items that nobody acknowledged in time, every
 * {@code ripple.safeguarding.escalation-check} (1 minute by default), and escalates them
 * ({@link AttentionAlerts#escalateDue}); safe with several nodes (advisory lock).
 */
@Configuration
@EnableScheduling
class EscalationJob {

    private static final Logger log = LoggerFactory.getLogger(EscalationJob.class);

    private final AttentionAlerts alerts;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;

    EscalationJob(AttentionAlerts alerts, PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.tx = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${ripple.safeguarding.escalation-check:PT1M}",
            initialDelayString = "${ripple.safeguarding.escalation-check:PT1M}")
    void run() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            log.error("Escalation run failed", e);
        }
    }

    /** One run in its own transaction; returns how many items were escalated. */
    int runOnce() {
        return SchoolScope.eachSchool(jdbc, () -> {
            Integer n = tx.execute(status -> alerts.escalateDue());
            return n == null ? 0 : n;
        }).stream().mapToInt(Integer::intValue).sum();
    }
}

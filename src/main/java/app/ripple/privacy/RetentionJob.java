package app.ripple.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Applies the retention setting once a day (02:30 server time by default, {@code ripple.retention.cron};
 * "-" switches the job off). Safe with several app nodes: the run takes a PostgreSQL advisory lock and
 * skips when today's scheduled run is already recorded.
 */
@Configuration
@EnableScheduling
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionRunner retention;

    RetentionJob(RetentionRunner retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${ripple.retention.cron:0 30 2 * * *}")
    void daily() {
        try {
            retention.runScheduled();
        } catch (RuntimeException e) {
            // The next day tries again; nothing is half-deleted (one transaction).
            log.error("Retention run failed", e);
        }
    }
}

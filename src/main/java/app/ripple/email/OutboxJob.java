package app.ripple.email;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the outbox sender every {@code ripple.email.send-delay} (10 s by default) after the previous run
 * ended. Safe with several app nodes: each message is sent under the sender's advisory lock.
 */
@Configuration
@EnableScheduling
class OutboxJob {

    private static final Logger log = LoggerFactory.getLogger(OutboxJob.class);

    private final OutboxSender sender;

    OutboxJob(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${ripple.email.send-delay:PT10S}", initialDelayString = "${ripple.email.send-delay:PT10S}")
    void run() {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            // A database outage, say: the next run tries again and nothing is marked half-sent.
            log.error("Outbox run failed", e);
        }
    }
}

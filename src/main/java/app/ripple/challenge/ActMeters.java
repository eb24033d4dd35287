package app.ripple.challenge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Acts recorded on tablets for Prometheus ({@code ripple_acts_recorded_total{outcome}}): approved (a
 * suggested act), pending (own words waiting for the teacher), needs_attention (own words with a
 * concerning phrase) and repeat (a retry answered with the act saved before). No other label.
 */
@Component
class ActMeters {

    private final Counter approved;
    private final Counter pending;
    private final Counter attention;
    private final Counter repeat;

    ActMeters(MeterRegistry registry) {
        approved = counter(registry, "approved");
        pending = counter(registry, "pending");
        attention = counter(registry, "needs_attention");
        repeat = counter(registry, "repeat");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("ripple.acts.recorded").description("Acts recorded on class tablets").tag("outcome", outcome)
                .register(registry);
    }

    /** Counts a new act once its transaction commits (a rolled-back save was not recorded). */
    ChallengeRecords.Recorded saved(ChallengeRecords.Recorded recorded) {
        Counter c = switch (recorded.status()) {
            case APPROVED -> approved;
            case NEEDS_ATTENTION -> attention;
            default -> pending;
        };
        afterCommit(c);
        return recorded;
    }

    ChallengeRecords.Recorded repeated(ChallengeRecords.Recorded recorded) {
        afterCommit(repeat);
        return recorded;
    }

    private static void afterCommit(Counter counter) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }
}

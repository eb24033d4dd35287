package app.ripple.privacy;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Retention runs for Prometheus ({@code ripple_retention_runs_total{trigger,result}}): trigger
 * scheduled or manual; result ran (a receipt was written) or skipped (off, done today, or another
 * node held the lock). Counts only: what was erased stays in the receipts.
 */
@Component
class RetentionMeters {

    private final MeterRegistry registry;

    RetentionMeters(MeterRegistry registry) {
        this.registry = registry;
        for (String trigger : new String[] {"scheduled", "manual"}) {
            for (String result : new String[] {"ran", "skipped"}) {
                registry.counter("ripple.retention.runs", "trigger", trigger, "result", result);
            }
        }
    }

    <T> Optional<T> counted(String trigger, Optional<T> run) {
        registry.counter("ripple.retention.runs", "trigger", trigger.toLowerCase(Locale.ROOT), "result",
                run.isPresent() ? "ran" : "skipped").increment();
        return run;
    }
}

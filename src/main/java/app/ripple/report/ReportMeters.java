package app.ripple.report;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * How long reports take to build, for Prometheus ({@code ripple_report_generation_seconds{kind}}):
 * class_pdf, family_pages and term_zip. The kind is the only label (no class, no school).
 */
@Component
class ReportMeters {

    private final MeterRegistry registry;

    ReportMeters(MeterRegistry registry) {
        this.registry = registry;
        for (String kind : new String[] {"class_pdf", "family_pages", "term_zip"}) {
            timer(kind);
        }
    }

    private Timer timer(String kind) {
        return Timer.builder("ripple.report.generation").description("Time to build a report file").tag("kind", kind)
                .register(registry);
    }

    <T> T time(String kind, Supplier<T> work) {
        return timer(kind).record(work);
    }
}

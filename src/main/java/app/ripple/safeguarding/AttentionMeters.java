package app.ripple.safeguarding;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Safeguarding items nobody has looked at yet, across the school, for Prometheus
 * ({@code ripple_safeguarding_items_waiting}): read from PostgreSQL when scraped, so every node
 * reports the same number. No labels at all. While PostgreSQL is unreachable the value is NaN.
 */
@Component
class AttentionMeters {

    private final JdbcClient jdbc;

    AttentionMeters(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        Gauge.builder("ripple.safeguarding.items.waiting", this, AttentionMeters::waiting)
                .description("Needs-attention items still open").register(registry);
    }

    private double waiting() {
        try {
            return jdbc.sql("select count(*) from attention_item where status = 'OPEN'").query(Long.class).single();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}

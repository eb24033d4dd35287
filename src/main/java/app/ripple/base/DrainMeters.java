package app.ripple.base;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The drain for Prometheus (docs/deploy.md): {@code ripple_node_draining} (1 while this node drains) and
 * {@code ripple_drain_tablets_waiting} (class tablets on this node not yet told to move). No labels.
 */
@Component
class DrainMeters {

    DrainMeters(MeterRegistry registry, NodeDrain drain) {
        Gauge.builder("ripple.node.draining", drain, d -> d.draining() ? 1 : 0)
                .description("1 while this node drains before it stops").register(registry);
        Gauge.builder("ripple.drain.tablets.waiting", drain, NodeDrain::waiting)
                .description("Class tablets on this node a drain still waits for").register(registry);
    }
}

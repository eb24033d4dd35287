package app.ripple.base;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code drain} health component: {@code DRAINING} while {@link NodeDrain} moves the tablets away.
 * In the {@code balancer} group it answers 404, which haproxy reads as "keep the sticky sessions, send
 * no new ones"; in {@code readiness} 503 (application.properties).
 */
@Component("drain")
class DrainHealth implements HealthIndicator {

    static final Status DRAINING = new Status("DRAINING", "moving its class tablets to another node");

    private final NodeDrain drain;

    DrainHealth(NodeDrain drain) {
        this.drain = drain;
    }

    @Override
    public Health health() {
        return drain.draining() ? Health.status(DRAINING).withDetail("tabletsToMove", drain.waiting()).build() : Health.up().build();
    }
}

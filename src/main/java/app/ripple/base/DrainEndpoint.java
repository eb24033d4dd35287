package app.ripple.base;

import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/drain} on the management port (docs/deploy.md): {@code GET} tells whether the node
 * drains and how many class tablets still have to move; {@code POST} begins a drain by hand (before a
 * planned stop); {@code DELETE} ends one. A stop ({@code SIGTERM}) drains by itself.
 */
@Component
@Endpoint(id = "drain")
class DrainEndpoint {

    /** What {@code GET /actuator/drain} answers. */
    record State(boolean draining, int tabletsToMove) {
    }

    private final NodeDrain drain;

    DrainEndpoint(NodeDrain drain) {
        this.drain = drain;
    }

    @ReadOperation
    State state() {
        return new State(drain.draining(), drain.waiting());
    }

    @WriteOperation
    State begin() {
        drain.begin();
        return state();
    }

    @DeleteOperation
    State end() {
        drain.end();
        return state();
    }
}

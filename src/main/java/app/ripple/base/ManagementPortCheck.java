package app.ripple.base;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the management port is the public port: Spring Boot would then serve the
 * operations endpoints (metrics, drain) on the public port, to anybody (docs/deploy.md).
 */
@Component
class ManagementPortCheck {

    ManagementPortCheck(Environment env) {
        check(env.getProperty("server.port", Integer.class, 8080), env.getProperty("management.server.port", Integer.class));
    }

    static void check(int publicPort, @Nullable Integer managementPort) {
        if (managementPort == null || managementPort <= 0) {
            return;
        }
        if (managementPort == publicPort) {
            throw new IllegalStateException("RIPPLE_MANAGEMENT_PORT (" + managementPort + ") is the public port (PORT): the "
                    + "operations endpoints (metrics, drain) would answer anybody. Give the management port a number of its own, "
                    + "e.g. PORT=8080 and RIPPLE_MANAGEMENT_PORT=8081 (docs/deploy.md).");
        }
    }
}

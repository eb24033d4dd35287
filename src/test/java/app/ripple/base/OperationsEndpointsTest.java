package app.ripple.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.TestClockConfig;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The operations side of a node (docs/deploy.md): probes and Prometheus metrics on the management port
 * (loopback only, never the public port), readiness that follows PostgreSQL and draining, Ripple's own
 * meters without personal data in labels, and a request id on every response.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.endpoint.health.group.readiness.show-components=always")
@Import({TestClockConfig.class, Fixtures.class})
class OperationsEndpointsTest {

    @LocalServerPort int publicPort;
    @LocalManagementPort int managementPort;
    @Autowired ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void probesAnswerOnTheManagementPortAndReadinessIncludesTheDatabase() throws Exception {
        assertThat(managementPort).isNotEqualTo(publicPort);
        HttpResponse<String> live = get(managementPort, "/actuator/health/liveness");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> ready = get(managementPort, "/actuator/health/readiness");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"readinessState\"", "\"db\"");
    }

    @Test
    void aDrainingNodeIsNotReadyButStaysLive() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(503);
            assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Autowired NodeDrain drain;

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aDrainBegunByHandTurnsTheBalancerCheckTo404AndReadinessDown() throws Exception {
        assertThat(get(managementPort, "/actuator/health/balancer").statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/drain").body()).contains("\"draining\":false");
        try {
            HttpResponse<String> begun = send("POST", "/actuator/drain");
            assertThat(begun.statusCode()).as(begun.body()).isEqualTo(200);
            assertThat(begun.body()).contains("\"draining\":true", "\"tabletsToMove\"");
            assertThat(drain.draining()).isTrue();
            // haproxy's http-check disable-on-404: no new sessions, sticky ones stay
            assertThat(get(managementPort, "/actuator/health/balancer").statusCode()).isEqualTo(404);
            assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(503);
            assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
            assertThat(send("DELETE", "/actuator/drain").body()).contains("\"draining\":false");
            assertThat(get(managementPort, "/actuator/health/balancer").statusCode()).isEqualTo(200);
            assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
        } finally {
            drain.end();
        }
    }

    @Test
    void thePublicPortServesNoOperationsEndpoint() throws Exception {
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + publicPort + "/actuator/drain"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isNotEqualTo(200);
        assertThat(drain.draining()).isFalse();
        for (String path : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/balancer",
                "/actuator/drain", "/actuator/prometheus"}) {
            HttpResponse<String> r = get(publicPort, path);
            assertThat(r.body()).as(path).doesNotContain("\"status\":\"UP\"").doesNotContain("jvm_memory");
        }
    }

    @Test
    void theManagementPortListensOnLoopbackOnly() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(address, managementPort), 1000);
                        throw new AssertionError("management port reachable on " + address);
                    } catch (java.io.IOException refused) {
                        // as it should be
                    }
                }
            }
        }
    }

    @Test
    void prometheusShowsTheStandardAndRipplesOwnMetersWithoutPersonalDataInLabels() throws Exception {
        get(publicPort, "/login");
        String body = get(managementPort, "/actuator/prometheus").body();
        assertThat(body).contains("jvm_memory_used_bytes", "hikaricp_connections", "http_server_requests_seconds",
                "ripple_acts_recorded_total{", "ripple_kiosk_sign_ins_total{", "ripple_sessions_active{",
                "ripple_report_generation_seconds_count{", "ripple_retention_runs_total{", "ripple_safeguarding_items_waiting",
                "ripple_node_draining", "ripple_drain_tablets_waiting");
        assertThat(body).contains("outcome=\"ok\"", "outcome=\"wrong\"", "outcome=\"locked\"", "kind=\"kiosk\"", "kind=\"staff\"");
        Set<String> allowedLabels = Set.of("outcome", "kind", "trigger", "result", "application");
        Pattern label = Pattern.compile("(\\w+)=\"([^\"]*)\"");
        for (String line : body.lines().filter(l -> l.startsWith("ripple_")).toList()) {
            int open = line.indexOf('{');
            if (open < 0) {
                continue;
            }
            Matcher m = label.matcher(line.substring(open, line.indexOf('}') + 1));
            while (m.find()) {
                assertThat(allowedLabels).as(line).contains(m.group(1));
                assertThat(m.group(2)).as(line).matches("[a-z_]+");
            }
        }
    }

    @Test
    void everyResponseCarriesTheRequestId() throws Exception {
        HttpResponse<String> echoed = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + publicPort + "/login"))
                .header("X-Request-Id", "lb-0001").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(echoed.headers().firstValue("X-Request-Id")).contains("lb-0001");
        assertThat(get(publicPort, "/login").headers().firstValue("X-Request-Id")).hasValueSatisfying(
                id -> assertThat(id).matches("[0-9a-f]{16}"));
    }
}

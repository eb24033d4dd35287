package app.ripple.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The drain's bookkeeping: whom it waits for, and how long at most. */
class NodeDrainTest {

    @Test
    void aDrainWaitsUntilEveryTabletThatWasHereHasBeenToldToMove() throws Exception {
        NodeDrain drain = new NodeDrain(Duration.ofSeconds(10), Duration.ZERO);
        Object a = new Object();
        Object b = new Object();
        drain.expect(a);
        drain.expect(b);
        assertThat(drain.waiting()).isEqualTo(2);
        CompletableFuture<Boolean> done = CompletableFuture.supplyAsync(() -> drain.drain(Duration.ofSeconds(10)));
        Thread.sleep(300);
        assertThat(drain.draining()).isTrue();
        assertThat(done).isNotDone();
        drain.moved(a);
        drain.moved(b);
        assertThat(done.get()).as("all moved in time").isTrue();
    }

    @Test
    void tabletsAreToldToMoveOnlyOnceTheLoadBalancerHasSeenTheDrain() throws Exception {
        NodeDrain drain = new NodeDrain(Duration.ofSeconds(10), Duration.ofMillis(400));
        assertThat(drain.moveTablets()).isFalse();
        long t0 = System.nanoTime();
        assertThat(drain.drain(Duration.ofSeconds(5))).as("no tablets, but the balancer's delay is waited for").isTrue();
        assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(390L);
        assertThat(drain.moveTablets()).isTrue();
        Object back = new Object();
        drain.expect(back);
        assertThat(drain.waitsFor(back)).as("a tablet that came back is waited for again").isTrue();
    }

    @Test
    void theWaitEndsAtItsLimitAndSaysSo() {
        NodeDrain drain = new NodeDrain(Duration.ofMillis(200), Duration.ZERO);
        Object stuck = new Object();
        drain.expect(stuck);
        long t0 = System.nanoTime();
        drain.start();
        drain.stop();
        assertThat(drain.isRunning()).isFalse();
        assertThat((System.nanoTime() - t0) / 1_000_000).isBetween(150L, 5_000L);
        assertThat(drain.waitsFor(stuck)).as("still here: it will return to its avatars on another node").isTrue();
    }

    @Test
    void aNodeStartedAgainAfterAStopTakesSessionsAgain() {
        NodeDrain drain = new NodeDrain(Duration.ZERO, Duration.ZERO);
        drain.start();
        drain.stop();
        assertThat(drain.draining()).isTrue();
        drain.start();
        assertThat(drain.draining()).isFalse();
        assertThat(drain.isRunning()).isTrue();
    }

    @Test
    void aDrainBegunByHandCanBeEnded() {
        NodeDrain drain = new NodeDrain(Duration.ZERO, Duration.ZERO);
        drain.begin();
        assertThat(drain.draining()).isTrue();
        drain.end();
        assertThat(drain.draining()).isFalse();
        Object tablet = new Object();
        drain.expect(tablet);
        assertThat(drain.waitsFor(tablet)).isTrue();
    }

    @Test
    void theManagementPortMayNotBeThePublicPort() {
        ManagementPortCheck.check(8080, 8081);
        ManagementPortCheck.check(8080, null);
        ManagementPortCheck.check(0, 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ManagementPortCheck.check(8080, 8080))
                .hasMessageContaining("RIPPLE_MANAGEMENT_PORT (8080) is the public port");
    }
}

package app.ripple.base;

import java.time.Duration;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A node that is about to stop moves its class tablets to another node first, each at a moment when no
 * student is in the middle of something (docs/deploy.md, "Restarting a node"). Vaadin keeps a tablet's
 * screen in this node's memory, so a tablet still here when the node stops would lose what a student
 * was doing; a tablet told to move reloads its page between two students, without this node's
 * sticky cookie, and the load balancer opens it on another node (the pairing is the device's cookie:
 * no re-pairing).
 *
 * <p>A drain begins on {@code SIGTERM} ({@code systemctl stop}/{@code restart}): this lifecycle stops
 * first, before the web server's graceful shutdown and before the management port closes, and waits
 * until every tablet that was here has been told to move, or {@code ripple.drain.max-wait} (0 s by
 * default, for one node; several nodes set 75 s). An operator can also begin one by hand ({@code POST /actuator/drain} on the management
 * port) and watch it ({@code GET}). While draining, {@code /actuator/health/balancer} answers 404,
 * which haproxy's {@code http-check disable-on-404} reads as "no new sessions, keep the sticky ones"
 * ({@code deploy/haproxy.cfg}), and readiness is down.
 *
 * <p>Tablets are told to move only after {@code ripple.drain.balancer-delay} (5 s): by then haproxy's
 * next check has seen the 404, so a moving tablet's reload lands on another node and not here again.
 * Tablets register themselves ({@link #expect}) and report when told to move ({@link #moved}); one
 * that comes back anyway (a reload with the sticky cookie) is waited for again.
 */
@Component
public class NodeDrain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NodeDrain.class);

    private final AtomicBoolean draining = new AtomicBoolean();
    /** Weakly held: a tablet screen Vaadin has thrown away without a detach is not waited for. */
    private final Set<Object> waitingFor = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private final Duration maxWait;
    private final Duration balancerDelay;
    private volatile boolean running;
    private volatile long drainingSince;

    NodeDrain(@Value("${ripple.drain.max-wait:0s}") Duration maxWait,
            @Value("${ripple.drain.balancer-delay:5s}") Duration balancerDelay) {
        this.maxWait = maxWait;
        this.balancerDelay = balancerDelay;
    }

    /** Whether this node drains: the load balancer should send no new sessions here. */
    public boolean draining() {
        return draining.get();
    }

    /**
     * Whether tablets should move now, at their next quiet moment: the node drains, and for long enough
     * that the load balancer has stopped sending new sessions here.
     */
    public boolean moveTablets() {
        return draining() && System.nanoTime() - drainingSince >= balancerDelay.toNanos();
    }

    /** Begins the drain (idempotent); the load balancer sends no new sessions here from its next check. */
    public void begin() {
        if (draining.compareAndSet(false, true)) {
            drainingSince = System.nanoTime();
            log.info("Draining: {} class tablets to move to another node", waitingFor.size());
        }
    }

    /** Ends a drain begun by hand (the node stays). */
    public void end() {
        if (draining.compareAndSet(true, false)) {
            log.info("Drain ended by hand; the node takes new sessions again");
        }
    }

    /** A tablet screen opened on this node: a drain waits until it has been told to move. */
    public void expect(Object tablet) {
        waitingFor.add(tablet);
    }

    /** The tablet was told to move, or closed: the drain no longer waits for it. */
    public void moved(Object tablet) {
        if (waitingFor.remove(tablet) && draining() && waitingFor.isEmpty()) {
            log.info("Drained: every class tablet has moved ({} ms)", (System.nanoTime() - drainingSince) / 1_000_000);
        }
    }

    /** Whether the drain waits for this tablet (it has not been told to move yet). */
    public boolean waitsFor(Object tablet) {
        return waitingFor.contains(tablet);
    }

    /** Tablets on this node not yet told to move. */
    public int waiting() {
        return waitingFor.size();
    }

    /**
     * Begins the drain and waits until every tablet has been told to move, at most {@code max}.
     *
     * @return whether all moved in time
     */
    public boolean drain(Duration max) {
        begin();
        long until = System.nanoTime() + max.toNanos();
        // At least until the load balancer has seen the drain: a session opened here meanwhile would be lost.
        long balancerSaw = drainingSince + balancerDelay.toNanos();
        while ((!waitingFor.isEmpty() || System.nanoTime() < balancerSaw) && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        if (!waitingFor.isEmpty()) {
            log.warn("Drain: {} class tablets had not moved after {} s; they return to their avatars on another node",
                    waitingFor.size(), max.toSeconds());
            return false;
        }
        return true;
    }

    /** Started (or started again after a stop, as Spring's test context cache does): not draining. */
    @Override
    public void start() {
        draining.set(false);
        running = true;
    }

    /** On shutdown, before the web server stops taking requests: drain. */
    @Override
    public void stop() {
        try {
            drain(maxWait);
        } finally {
            running = false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped first: the web server's graceful shutdown and the management server stop in lower phases. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}

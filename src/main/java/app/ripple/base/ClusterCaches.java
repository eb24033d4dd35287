package app.ripple.base;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps every node's {@link LookupCache}s in step (docs/deploy.md). {@code invalidate()} on one node
 * sends {@code pg_notify('ripple_cache', '<node id> <cache name>')}: inside the changing transaction, so PostgreSQL
 * delivers it only if that transaction commits, and after the commit; every other node listens
 * through {@link CacheListener} and drops the named cache (the sender has dropped it already). A payload
 * without a node id (an operator's {@code NOTIFY ripple_cache, 'CurrentSchool'}) is obeyed too. After the listener (re)connects it drops all
 * caches, since changes made while it was away were not heard. The caches' expiry remains the last
 * safety net.
 */
@Component
class ClusterCaches implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterCaches.class);

    private final Map<String, LookupCache<?>> byName = new HashMap<>();
    private final JdbcClient jdbc;
    private final CacheListener listener;
    /** Tells this node's notifications from the others' (random per start). */
    private final String nodeId = java.util.UUID.randomUUID().toString().substring(0, 8);

    ClusterCaches(List<LookupCache<?>> caches, JdbcClient jdbc, Environment env) {
        this.jdbc = jdbc;
        for (LookupCache<?> cache : caches) {
            if (byName.putIfAbsent(cache.name(), cache) != null) {
                throw new IllegalStateException("Two caches are named " + cache.name());
            }
            cache.tellOtherNodesWith(this::notifyNodes);
        }
        this.listener = new CacheListener(env.getRequiredProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username", "postgres"), env.getProperty("spring.datasource.password"),
                this::changedElsewhere, this::clearAll);
    }

    private void notifyNodes(String name) {
        try {
            jdbc.sql("select pg_notify(?, ?)").param(CacheListener.CHANNEL).param(payload(nodeId, name)).query().singleRow();
        } catch (DataAccessException e) {
            // This node has dropped its own copy already; the others fall back on the expiry.
            log.warn("Could not tell other nodes that cache {} changed: {}", name, e.getMessage());
        }
    }

    /** {@code <node id> <cache name>}: the sending node has cleared its own copy already and skips it. */
    static String payload(String node, String name) {
        return node + " " + name;
    }

    void changedElsewhere(String payload) {
        int space = payload.indexOf(' ');
        String sender = space < 0 ? "" : payload.substring(0, space);
        if (sender.equals(nodeId)) {
            return;
        }
        LookupCache<?> cache = byName.get(payload.substring(space + 1));
        if (cache != null) {
            cache.clearLocally();
        }
    }

    private void clearAll() {
        byName.values().forEach(LookupCache::clearLocally);
    }

    CacheListener listener() {
        return listener;
    }

    @Override
    public void start() {
        listener.start();
    }

    @Override
    public void stop() {
        listener.stop();
    }

    @Override
    public boolean isRunning() {
        return listener.isRunning();
    }

    /** Stops after {@link NodeDrain}: a draining node still hears cache changes. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}

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
 * sends {@code pg_notify('ripple_cache', <cache name>)}: inside the changing transaction, so PostgreSQL
 * delivers it only if that transaction commits, and after the commit; every node (this one too) listens
 * through {@link CacheListener} and drops the named cache. After the listener (re)connects it drops all
 * caches, since changes made while it was away were not heard. The caches' expiry remains the last
 * safety net.
 */
@Component
class ClusterCaches implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterCaches.class);

    private final Map<String, LookupCache<?>> byName = new HashMap<>();
    private final JdbcClient jdbc;
    private final CacheListener listener;

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
            jdbc.sql("select pg_notify(?, ?)").param(CacheListener.CHANNEL).param(name).query().singleRow();
        } catch (DataAccessException e) {
            // This node has dropped its own copy already; the others fall back on the expiry.
            log.warn("Could not tell other nodes that cache {} changed: {}", name, e.getMessage());
        }
    }

    void changedElsewhere(String name) {
        LookupCache<?> cache = byName.get(name);
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
}

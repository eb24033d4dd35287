package app.ripple.base;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread per node that LISTENs on {@value #CHANNEL} on a connection of its own (not one of the
 * pool's, which must stay free for requests) and hands every payload (a cache name) to its consumer.
 * When the connection breaks (PostgreSQL restarted, network) it reconnects with a growing pause and,
 * once listening again, calls {@code onReconnect}: notifications sent while it was away are lost, so
 * the caller drops every cache then.
 */
final class CacheListener {

    static final String CHANNEL = "ripple_cache";
    private static final Logger log = LoggerFactory.getLogger(CacheListener.class);
    private static final int WAIT_MILLIS = 10_000;

    private final String url;
    private final Properties properties = new Properties();
    private final Consumer<String> onNotification;
    private final Runnable onReconnect;
    private final AtomicInteger connections = new AtomicInteger();
    private final java.util.concurrent.CountDownLatch firstListen = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean running;
    private volatile @Nullable Thread thread;
    private volatile @Nullable Connection connection;

    CacheListener(String url, String user, @Nullable String password, Consumer<String> onNotification, Runnable onReconnect) {
        this.url = url;
        properties.setProperty("user", user);
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "ripple-cache-listener");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "5");
        this.onNotification = onNotification;
        this.onReconnect = onReconnect;
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        Thread t = Thread.ofPlatform().daemon().name("ripple-cache-listener").unstarted(this::loop);
        thread = t;
        t.start();
        // Wait (briefly) until it listens, so a change made by another node right after this one
        // started is heard; if PostgreSQL is not there yet, the thread keeps trying on its own.
        try {
            firstListen.await(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized void stop() {
        running = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean isRunning() {
        return running;
    }

    /** How many times a connection started listening (1 after start, more after reconnects). */
    int connections() {
        return connections.get();
    }

    private void loop() {
        long pause = 1_000;
        boolean warned = false;
        while (running) {
            try (Connection c = DriverManager.getConnection(url, properties)) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                if (connections.incrementAndGet() > 1) {
                    onReconnect.run();
                }
                firstListen.countDown();
                if (warned) {
                    log.info("Listening for cache changes of other nodes again");
                }
                warned = false;
                pause = 1_000;
                while (running) {
                    PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        for (PGNotification n : received) {
                            onNotification.accept(n.getParameter());
                        }
                    } else if (!c.isValid(5)) {
                        throw new SQLException("cache listener connection is no longer valid");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                if (!warned) {
                    log.warn("Not listening for cache changes of other nodes ({}); retrying", e.getMessage());
                    warned = true;
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException ie) {
                    if (!running) {
                        break;
                    }
                }
                pause = Math.min(pause * 2, 15_000);
            } finally {
                connection = null;
            }
        }
    }
}

package app.ripple.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One cached value per school that rarely changes (the school's time zone, the concern phrases, the attitude
 * instruments), shared by every request of this app node. Each kind of look-up has one small
 * subclass; whatever changes the underlying rows calls {@link #invalidate()}.
 * <p>
 * Invalidation drops the value at once and again after the changing transaction commits, so no
 * request can keep a value read before the commit. A load that was running while the value was
 * invalidated does not store its (possibly old) result. The expiry is only a safety net for
 * changes made outside the app. With several app nodes, {@code invalidate()} also tells the other
 * nodes through PostgreSQL ({@code pg_notify('ripple_cache', name)}, sent when the changing
 * transaction commits); {@link ClusterCaches} listens and drops the named cache on every node.
 */
public abstract class LookupCache<T> {

    private record Entry<T>(T value, Instant loadedAt) {
    }

    private final Clock clock;
    private final Duration expiry;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong loads = new AtomicLong();
    /** One value per school scope ({@link SchoolScope.Scope#cacheKey()}): each school has its own time zone, instruments... */
    private final java.util.concurrent.ConcurrentHashMap<Long, Entry<T>> entries = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile @Nullable Consumer<String> otherNodes;

    protected LookupCache(Clock clock, Duration expiry) {
        this.clock = clock;
        this.expiry = expiry;
    }

    /** Reads the value from the database (called on a miss, inside the caller's transaction if any). */
    protected abstract T load();

    /** The cached value, loaded on first use, after {@link #invalidate()} and after the expiry. */
    public T get() {
        long key = SchoolScope.current().cacheKey();
        Entry<T> e = entries.get(key);
        Instant now = clock.instant();
        if (e != null && !now.isAfter(e.loadedAt().plus(expiry)) && !now.isBefore(e.loadedAt())) {
            return e.value();
        }
        long seen = generation.get();
        T value = load();
        loads.incrementAndGet();
        if (generation.get() == seen) {
            entries.put(key, new Entry<>(value, now));
        }
        return value;
    }

    /** Drops the value now and, inside a transaction, once more after it commits or rolls back. */
    public void invalidate() {
        clear();
        Consumer<String> signal = otherNodes;
        if (signal != null) {
            signal.accept(name());
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    clear();
                }
            });
        }
    }

    /**
     * The name other nodes know this cache by (in NOTIFY payloads): the class's simple name, unique
     * among Ripple's caches ({@link ClusterCaches} refuses two with one name).
     */
    public String name() {
        return org.springframework.util.ClassUtils.getUserClass(getClass()).getSimpleName();
    }

    /** Set once by {@link ClusterCaches}: how {@link #invalidate()} reaches the other nodes. */
    void tellOtherNodesWith(Consumer<String> signal) {
        this.otherNodes = signal;
    }

    /** Drops the value on this node only (another node changed the rows). */
    void clearLocally() {
        clear();
    }

    private void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    /** How many times the value was read from the database: lets tests prove the cache is used. */
    public long loads() {
        return loads.get();
    }
}

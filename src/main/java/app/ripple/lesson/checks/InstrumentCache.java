package app.ripple.lesson.checks;

import app.ripple.base.LookupCache;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The attitude instruments, parsed from their stored JSON once instead of on every open check,
 * consent and result. Importing an instrument and retiring or restoring one invalidate it.
 */
@Component
class InstrumentCache extends LookupCache<List<InstrumentStore.Stored>> {

    private final ObjectProvider<InstrumentStore> store;

    InstrumentCache(ObjectProvider<InstrumentStore> store, Clock clock) {
        super(clock, Duration.ofMinutes(5));
        this.store = store;
    }

    @Override
    protected List<InstrumentStore.Stored> load() {
        return store.getObject().load();
    }
}

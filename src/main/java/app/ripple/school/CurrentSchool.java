package app.ripple.school;

import app.ripple.base.LookupCache;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The installation's school as {@link SchoolInfo} (name, time zone, language, paper size), read
 * once instead of on every navigation, every "today" and every challenge of a list. Setup, the demo
 * school and the settings page invalidate it.
 */
@Component
class CurrentSchool extends LookupCache<Optional<SchoolInfo>> {

    private final SchoolRows rows;

    CurrentSchool(SchoolRows rows, Clock clock) {
        super(clock, Duration.ofMinutes(5));
        this.rows = rows;
    }

    @Override
    protected Optional<SchoolInfo> load() {
        return rows.school().map(SchoolService::info);
    }
}

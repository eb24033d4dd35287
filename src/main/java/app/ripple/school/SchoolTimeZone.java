package app.ripple.school;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The school's time zone and today's date there, for every part of the app that needs "today",
 * class tablets included (they have no staff member to ask {@link SchoolService} as; the time zone
 * is not personal data). The zone comes from a cache that a settings change invalidates; "today" is
 * computed from the injected clock on every call, so it changes at the school's midnight.
 */
@Component
public class SchoolTimeZone {

    private static final ZoneId BEFORE_SETUP = ZoneId.of("UTC");

    private final CurrentSchool school;
    private final Clock clock;

    SchoolTimeZone(CurrentSchool school, Clock clock) {
        this.school = school;
        this.clock = clock;
    }

    /** The school's time zone (UTC before setup). */
    public ZoneId zone() {
        return school.get().map(SchoolInfo::timeZone).orElse(BEFORE_SETUP);
    }

    /** Today's date in the school's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }
}

package app.ripple.challenge;

import app.ripple.school.SchoolTimeZone;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Today's date at the school, for tablets too (they have no staff member to ask SchoolService as). */
@Component
class SchoolDay {

    private final SchoolTimeZone timeZone;

    SchoolDay(SchoolTimeZone timeZone) {
        this.timeZone = timeZone;
    }

    /** From the cached time zone: no query per call. Callers filtering a list still take it once. */
    LocalDate today() {
        return timeZone.today();
    }
}

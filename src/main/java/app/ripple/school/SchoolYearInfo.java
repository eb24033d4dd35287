package app.ripple.school;

import java.time.LocalDate;

/** A school year: a named span of dates that groups terms (e.g. "2026/27"). */
public record SchoolYearInfo(long id, String name, LocalDate startDate, LocalDate endDate) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}

package app.ripple.school;

import java.time.LocalDate;

/** A term as the rest of the app sees it. */
public record TermInfo(long id, String name, LocalDate startDate, LocalDate endDate, boolean closed) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}

package app.ripple.school;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A term as the school settings and the term archive list it: its school year, and when it was closed. */
public record TermOverview(TermInfo term, @Nullable Long schoolYearId, @Nullable String schoolYearName,
        @Nullable Instant closedAt, @Nullable String closedBy, int classCount) {
}

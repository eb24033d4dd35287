package app.ripple.safeguarding;

import java.time.Instant;

/** A safeguarding item: from an act's own words, or ({@code reflection}) from a private lesson reflection. */
public record AttentionItem(long id, long classId, String className, String studentName, String text, String matched,
        String status, String notes, Instant at, boolean reflection) {
}

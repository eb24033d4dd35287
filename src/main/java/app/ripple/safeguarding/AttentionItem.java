package app.ripple.safeguarding;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * A safeguarding item: from an act's own words, or ({@code reflection}) from a private lesson reflection;
 * {@code notices}: who was emailed about it, and when.
 */
public record AttentionItem(long id, long classId, String className, String studentName, String text, String matched,
        String status, String notes, Instant at, boolean reflection, List<Notice> notices) {

    /** One email about the item: the first alert or the escalation, to whom, queued and sent when. */
    public record Notice(String kind, String recipient, @Nullable String name, Instant queuedAt, @Nullable Instant sentAt,
            String status) {
    }
}

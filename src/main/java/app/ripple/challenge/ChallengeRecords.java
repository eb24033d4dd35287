package app.ripple.challenge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Records the challenge feature hands to views. */
public final class ChallengeRecords {

    private ChallengeRecords() {
    }

    /** What a teacher fills in. Suggestions are library ids ("lib:held_door") or own ones ("custom:12"). */
    public record ChallengeForm(String title, String description, @Nullable LocalDate start, @Nullable LocalDate end, int goal,
            Set<Category> categories, List<String> suggestions, boolean selfCounts, @Nullable String templateId) {
    }

    /** A suggested act as offered on the tablet: a translation key (library) or a teacher's own text. */
    public record Suggestion(String key, Category category, @Nullable String textKey, @Nullable String text, String pictureId) {
    }

    public record ChallengeInfo(long id, long classId, String title, String description, LocalDate start, LocalDate end,
            int goal, Set<Category> categories, boolean selfCounts, @Nullable String templateId, List<Suggestion> suggestions,
            int count) {

        public boolean runsOn(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }
    }

    /** Collective progress: never per student. */
    public record Progress(long challengeId, String title, int count, int goal) {

        public double fraction() {
            return goal <= 0 ? 0 : Math.min(1.0, count / (double) goal);
        }
    }

    /** What the student chose on the tablet. Exactly one of suggestion and ownText is set. */
    public record RecordAct(UUID idempotencyKey, long challengeId, @Nullable String suggestion, @Nullable String ownText,
            Recipient recipient, @Nullable Integer feeling, @Nullable Long inspiredBy) {
    }

    public enum Status { APPROVED, PENDING, HIDDEN, NEEDS_ATTENTION }

    /** The answer to a recorded act: the student sees the trusted-adult card when safeguarding matched. */
    public record Recorded(long actId, Status status, boolean showTrustedAdult, @Nullable String trustedAdultText) {
    }

    /** One of the student's own recent acts. */
    public record MyAct(long id, String text, @Nullable String textKey, Category category, Instant at, boolean notMe) {
    }

    /** An act on the class wall: approved, never "kind to myself", name or "a classmate". */
    public record WallCard(long id, @Nullable String text, @Nullable String textKey, Category category, @Nullable String name,
            @Nullable Long inspiredBy, Instant at) {
    }

    /** An act waiting for the teacher: own words, or flagged "that wasn't me". */
    public record PendingAct(long id, long classId, String className, String studentName, String text, Category category,
            Instant at, boolean notMe, Status status) {
    }

    /** What the student's space opens with: the challenges running today and the student's own last acts. */
    public record StudentStart(List<ChallengeInfo> running, List<MyAct> recent, List<WallCard> inspirations) {
    }
}

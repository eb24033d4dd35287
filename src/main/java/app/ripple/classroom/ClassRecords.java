package app.ripple.classroom;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Records the classroom feature hands to views and other features. */
public final class ClassRecords {

    private ClassRecords() {
    }

    /** One line of the class list. */
    public record ClassSummary(long id, String name, AgeBand ageBand, @Nullable String termName, List<String> teacherNames,
            int studentCount, boolean archived) {
    }

    /** Everything the class page shows in its header and settings. */
    public record ClassDetail(long id, String name, AgeBand ageBand, @Nullable Long termId, @Nullable String termName,
            List<Long> teacherIds, List<String> teacherNames, boolean archived, int idleTimeoutSeconds, boolean readAloud) {
    }

    /** What a teacher fills in to create or edit a class. */
    public record ClassForm(String name, @Nullable AgeBand ageBand, @Nullable Long termId, List<Long> teacherIds,
            int idleTimeoutSeconds) {
    }

    /** A student on the roster as teachers see it. */
    public record StudentInfo(long id, String displayName, @Nullable String schoolStudentId, String avatar,
            List<String> picturePassword, boolean active) {
    }

    /** What a teacher types to add or edit a student. */
    public record StudentForm(String displayName, @Nullable String schoolStudentId, @Nullable String avatar) {
    }

    /** A class tablet as the class page lists it. */
    public record TabletInfo(long id, String name, java.time.Instant createdAt, java.time.@Nullable Instant lastSeenAt,
            boolean revoked) {
    }

    /** A student who cannot sign in right now because of wrong picture passwords. */
    public record LockedStudent(long studentId, String displayName, java.time.Instant lockedUntil) {
    }
}

package app.ripple.dashboard;

import app.ripple.challenge.Category;
import app.ripple.lesson.LessonRecords.LessonProgress;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the dashboard service returns: plain records, nothing lazy. */
public final class DashboardRecords {

    private DashboardRecords() {
    }

    /** Days from {@code from} to {@code to}, both included. */
    public record DateRange(LocalDate from, LocalDate to) {
        public DateRange {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("range ends before it starts");
            }
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /**
     * Lessons of a class in a period: the lesson feature's progress (lesson completion and term plan
     * progress, one definition for every page) and the average participation of its students.
     */
    public record LessonFigures(LessonProgress progress, @Nullable Double averageDose) {
        /** Lessons due so far that were delivered, 0..1; null when nothing was due yet. */
        public @Nullable Double completion() {
            return progress.completion();
        }

        public int delivered() {
            return progress.delivered();
        }
    }

    public record ChallengeProgress(long challengeId, String title, int count, int goal) {
        public double fraction() {
            return goal <= 0 ? 0 : Math.min(1.0, (double) count / goal);
        }
    }

    /** A lesson planned for the class and not delivered yet. Built-in lessons have a title key. */
    public record NextLesson(LocalDate plannedOn, @Nullable String titleKey, @Nullable String title) {
    }

    /** The most recent attitude check of the class in the current term; phase null when none. */
    public record AttitudeStatus(@Nullable String instrumentCode, @Nullable String phase, boolean open, int done,
            int students) {
        public static AttitudeStatus none(int students) {
            return new AttitudeStatus(null, null, false, 0, students);
        }
    }

    /** One card on the teacher's home page. */
    public record ClassCard(long classId, String className, int students, List<ChallengeProgress> challenges,
            int actsThisWeek, int actsLastWeek, int waitingApproval, int needsAttention, @Nullable NextLesson nextLesson,
            LessonFigures lessons, AttitudeStatus attitude) {
    }

    public record WeekCount(LocalDate weekStart, int acts) {
    }

    public record CategoryCount(Category category, int acts) {
    }

    /** A student on the roster, for the gentle "no act lately" list: a name, nothing else. */
    public record QuietStudent(long studentId, String displayName) {
    }

    /**
     * One student's lessons in the period: delivered while enrolled, attended (participated,
     * present, or absent and made up) and made up.
     */
    public record StudentLessons(long studentId, String displayName, boolean onRoster, int delivered, int attended,
            int madeUp) {
        public @Nullable Double dose() {
            return delivered == 0 ? null : (double) attended / delivered;
        }
    }

    public record ClassDashboard(long classId, String className, DateRange range, @Nullable DateRange term,
            List<WeekCount> weeks, List<CategoryCount> categories, int acts, int students, int studentsWithSelfKindness,
            int quietDays, List<QuietStudent> quiet, List<StudentLessons> lessonsPerStudent, LessonFigures lessons) {

        /** Share of students on the roster with at least one kind-to-myself act in the period, 0..1. */
        public double selfKindnessShare() {
            return students == 0 ? 0 : (double) studentsWithSelfKindness / students;
        }
    }

    public record TermChoice(long id, String name, LocalDate start, LocalDate end) {
    }

    /** One class in the school overview. */
    public record ClassRow(long classId, String className, String teachers, int students, int acts,
            List<Integer> actsPerWeek, LessonFigures lessons) {
    }

    public record SchoolOverview(@Nullable TermChoice term, List<TermChoice> terms, DateRange range,
            List<LocalDate> weeks, List<ClassRow> classes) {
    }
}

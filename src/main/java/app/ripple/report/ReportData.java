package app.ripple.report;

import app.ripple.challenge.Category;
import app.ripple.lesson.LessonRecords.LessonProgress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The immutable records a class's term report is made of. Renderers only read them. */
public final class ReportData {

    private ReportData() {
    }

    /** Paper size of the school ({@code school.paper_size}). */
    public enum Paper { A4, LETTER }

    /** Everything one class report shows, in section order. */
    public record ClassReport(Cover cover, Summary summary, List<WeekCount> weeks, List<CategoryCount> categories,
            Ripples ripples, Lessons lessons, List<DoseRow> participation, List<AttitudeBlock> attitude,
            List<Highlight> highlights, String closingParagraph) {
    }

    /** 1. Cover. {@code from}–{@code to} is the term (or, without a term, the class's life so far). */
    public record Cover(String schoolName, long classId, String className, List<String> teachers, @Nullable Long termId,
            @Nullable String termName, LocalDate from, LocalDate to, Instant generatedAt, ZoneId zone, Paper paper,
            Locale locale) {
    }

    /**
     * 2. Summary. {@code acts}: acts that count (approved or waiting for approval, never hidden or held
     * for safeguarding) recorded in the period, "kind to myself" included. Shares are 0–1 of the
     * students enrolled in the period; {@code null} when the class has no students.
     */
    public record Summary(int acts, List<Goal> goals, int students, int studentsWhoTookPart, @Nullable Double tookPartShare,
            @Nullable Double selfKindnessShare) {
    }

    /** Goal progress of one challenge (collective, never per student). */
    public record Goal(long challengeId, String title, int count, int goal) {
        public double fraction() {
            return goal <= 0 ? 0 : Math.min(1.0, count / (double) goal);
        }
    }

    /**
     * 3. Acts that count (approved or waiting, "kind to myself" included, as on the dashboard and in
     * the summary's total) in the week starting on {@code monday}.
     */
    public record WeekCount(LocalDate monday, int acts) {
    }

    /** 3. Shared acts by category ("kind to myself" is private and only shown as a share). */
    public record CategoryCount(Category category, int acts) {
    }

    /** 4. Ripples: chains of approved shared acts inspired by one another. */
    public record Ripples(int count, int longestLength, List<String> longestTexts) {
    }

    /**
     * 5. Lessons: the lesson feature's progress over the term (lesson completion and term plan
     * progress, as every page shows them) and each delivery.
     */
    public record Lessons(LessonProgress progress, int totalMinutes, List<Delivery> deliveries) {
        public int delivered() {
            return progress.delivered();
        }
    }

    /** One delivered lesson; {@code components} are {@link app.ripple.lesson.EvidenceComponent} names. */
    public record Delivery(long id, LocalDate deliveredOn, String title, int minutes, List<String> components) {
    }

    /** 6. One student's dose: lessons attended (made-up absences included) of those delivered while enrolled. */
    public record DoseRow(long studentId, String name, int attended, int delivered, int madeUp, boolean left) {
        public @Nullable Double dose() {
            return delivered == 0 ? null : attended / (double) delivered;
        }
    }

    /**
     * 7. One instrument's pre/post result. {@code lines} are the plain-language lines of
     * {@link app.ripple.lesson.attitude.AttitudeTexts#describe} (already suppressed below 5 pairs),
     * {@code figures} the numbers (null when suppressed).
     */
    public record AttitudeBlock(String instrumentCode, String title, boolean validated, boolean rippleTranslation,
            String citation, int preAnswers, int postAnswers, @Nullable Figures figures, List<Line> lines) {
    }

    /** The paired figures as printed. */
    public record Figures(int pairs, double preMean, double postMean, double meanDifference, double ciLow, double ciHigh,
            @Nullable Double dz, double worsenedShare) {
    }

    /** A message key and its arguments, translated by the renderer. */
    public record Line(String key, List<Object> args) {
    }

    /** 8. An approved act the teacher picked; {@code text} is what the wall shows (no name). */
    public record Highlight(long actId, String text, Category category, LocalDate on) {
    }

    /** One act as the CSV and JSON list it: no student, and text only for approved shared acts. */
    public record ActRow(long id, LocalDate on, String challenge, Category category, String recipient, String status,
            @Nullable String text, @Nullable Long inspiredBy) {
    }

    /** One participation row as the CSV and JSON list it. */
    public record ParticipationRow(String student, LocalDate deliveredOn, String lesson, String status,
            @Nullable LocalDate madeUpOn) {
    }

    /** The family pages: one page per student, with only that student's own data. */
    public record FamilyPages(String schoolName, String className, @Nullable String termName, LocalDate from, LocalDate to,
            Instant generatedAt, ZoneId zone, Paper paper, Locale locale, List<FamilyPage> students) {
    }

    /**
     * One student's page: their approved shared acts (newest first), how many times they were kind
     * to themselves (a count only), and the lessons they attended.
     */
    public record FamilyPage(long studentId, String name, int sharedActs, int selfKindActs, List<FamilyAct> acts,
            List<FamilyLesson> lessons) {
    }

    public record FamilyAct(LocalDate on, String text, Category category) {
    }

    public record FamilyLesson(LocalDate on, String title, String status, @Nullable LocalDate madeUpOn) {
    }

    /** A class as the reports list and the term archive show it. */
    public record ReportListItem(long classId, String className, List<String> teachers, @Nullable Long termId,
            @Nullable String termName, boolean termClosed, boolean archived, int students) {
    }

    /** An approved shared act a teacher may pick as a highlight. */
    public record HighlightCandidate(long actId, String text, Category category, LocalDate on, boolean picked) {
    }

    /** The teacher's additions: highlighted acts in order and the closing paragraph. */
    public record TeacherNote(List<Long> highlightActIds, String closingParagraph) {
    }
}

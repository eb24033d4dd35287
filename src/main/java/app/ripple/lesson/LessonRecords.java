package app.ripple.lesson;

import app.ripple.classroom.AgeBand;
import app.ripple.lesson.library.StepKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Records the lesson feature hands to views and other features. Lessons are named by a
 * reference: a built-in lesson's id ({@code words_matter}) or {@code custom-<id>} for a teacher's own.
 * Where a title can be a built-in one, records carry either a translation key or the teacher's text.
 */
public final class LessonRecords {

    private LessonRecords() {
    }

    /** One lesson in the library list; {@code shared}: shared by the district with every school (read-only). */
    public record LessonCard(String ref, boolean builtIn, String title, String summary, Set<AgeBand> ageBands, int minutes,
            Set<EvidenceComponent> components, boolean mine, boolean shared) {
    }

    /** One step as shown (texts resolved in the viewer's language for built-in lessons). */
    public record Step(StepKind kind, String title, String body, int minutes, List<String> prompts) {
    }

    /** Everything the lesson page and the presenter show. The last step is always the reflection. */
    public record LessonDetail(String ref, boolean builtIn, String title, String summary, Set<AgeBand> ageBands, int minutes,
            List<String> objectives, List<Step> steps, Set<EvidenceComponent> components, String reflectionQuestion,
            String teacherNote, @Nullable String storyLink, boolean editable, @Nullable String copiedFrom, boolean shared) {
    }

    /** A step a teacher writes. The closing reflection is {@link LessonForm#reflectionQuestion()}, not a step. */
    public record StepForm(StepKind kind, String title, String body, int minutes) {
    }

    /** What a teacher fills in for an own lesson. Objectives: one per line. */
    public record LessonForm(String title, String summary, Set<AgeBand> ageBands, int minutes, String objectives,
            Set<EvidenceComponent> components, String reflectionQuestion, String teacherNote, @Nullable String storyLink,
            List<StepForm> steps) {
    }

    /** A lesson planned for a class on a date; {@code deliveryId} once it has been delivered. */
    public record PlanInfo(long id, long classId, String lessonRef, @Nullable String titleKey, @Nullable String title,
            LocalDate plannedOn, @Nullable Long deliveryId) {
    }

    /** A delivered lesson with its participation counts (never names, never a ranking). */
    public record DeliveryInfo(long id, long classId, @Nullable Long planId, String lessonRef, @Nullable String titleKey,
            @Nullable String title, LocalDate deliveredOn, int minutes, Set<EvidenceComponent> components, String notes,
            int participated, int present, int absent, int madeUp, int reflections) {
    }

    /** What a teacher records about a lesson that took place. */
    public record DeliveryForm(@Nullable Long planId, @Nullable String lessonRef, @Nullable LocalDate deliveredOn, int minutes,
            Set<EvidenceComponent> components, String notes) {
    }

    public enum Participation { PARTICIPATED, PRESENT, ABSENT }

    /** One student on the participation screen. */
    public record ParticipationRow(long studentId, String displayName, String avatar, Participation status,
            @Nullable LocalDate madeUpOn) {
    }

    /** An absent student whose make-up is still open. */
    public record MakeUp(long deliveryId, long studentId, String displayName, String lessonRef, @Nullable String titleKey,
            @Nullable String title, LocalDate deliveredOn) {
    }

    /**
     * A student's lesson dose: lessons attended (participated, present or made up) out of lessons
     * delivered while they were enrolled. For the teacher only, listed by name, never ranked.
     */
    public record Dose(long studentId, String displayName, int attended, int delivered, boolean left) {

        public double fraction() {
            return delivered == 0 ? 0 : attended / (double) delivered;
        }
    }

    /**
     * How far a class is with its lessons in a period: the one definition every page, export and
     * report shows (docs/lessons.md, "Lesson completion"), computed only by
     * {@code DeliveryService.progress}.
     * <ul>
     *   <li>{@code delivered}: lessons held in the period, planned or not (by the day they were held);</li>
     *   <li>{@code due}: {@code delivered} plus the lessons planned in the period up to today that were
     *   not delivered yet;</li>
     *   <li>{@code inPlan}: {@code due} plus the lessons planned in the period after today.</li>
     * </ul>
     * <b>Lesson completion</b> = delivered ÷ due ("lessons due so far that were delivered");
     * <b>term plan progress</b> = delivered ÷ inPlan ("how far through the plan"). A delivery without a
     * plan counts in all three, so neither figure is ever above 100 %.
     */
    public record LessonProgress(int delivered, int due, int inPlan) {

        public static final LessonProgress NONE = new LessonProgress(0, 0, 0);

        /** Delivered ÷ due, 0..1; null when nothing was due yet. */
        public @Nullable Double completion() {
            return due == 0 ? null : delivered / (double) due;
        }

        /** Delivered ÷ everything in the plan for the period, 0..1; null when nothing is planned or delivered. */
        public @Nullable Double planProgress() {
            return inPlan == 0 ? null : delivered / (double) inPlan;
        }

        /** Planned lessons (in the period) after today, not delivered yet. */
        public int ahead() {
            return inPlan - due;
        }
    }

    /** A closing reflection a signed-in student may answer on the tablet. */
    public record ReflectionPrompt(long deliveryId, String lessonRef, @Nullable String questionKey, @Nullable String question,
            @Nullable String titleKey, @Nullable String title, LocalDate deliveredOn) {
    }

    /** The answer to a saved reflection: the student sees the trusted-adult card when safeguarding matched. */
    public record ReflectionSaved(long id, boolean showTrustedAdult, @Nullable String trustedAdultText) {
    }

    /** A reflection as the class's teachers read it. */
    public record ReflectionInfo(long id, long studentId, String studentName, String text, boolean needsAttention, Instant at) {
    }
}

package app.ripple.dashboard;

import app.ripple.dashboard.DashboardRecords.DateRange;
import app.ripple.dashboard.DashboardRecords.TermChoice;
import app.ripple.lesson.LessonRecords.LessonProgress;
import app.ripple.lesson.attitude.PairedResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the district overview hands out: per open school of the district, in alphabetical order, the
 * same figures as that school's own overview; and totals. No ranking, no student, no class.
 */
public final class DistrictRecords {

    private DistrictRecords() {
    }

    /**
     * One attitude instrument's pooled PRE → POST figures of a school, present only where the school
     * has at least {@value app.ripple.lesson.attitude.PairedAnalysis#MIN_GROUP} paired answers.
     */
    public record SchoolAttitude(String instrumentCode, String title, PairedResult.Figures figures) {
    }

    /**
     * One school's figures for its current term (the term containing today, else its latest term;
     * without a term, the last twelve weeks), exactly as its school overview counts them.
     *
     * @param classes the classes of the term that are not archived (the school overview's rows)
     * @param acts acts of the term (approved or pending), summed over those classes
     * @param weeks the Monday of each week of the term up to the current week
     * @param actsPerWeek acts per week, one value per entry of {@code weeks}
     * @param lessons delivered, due and planned lessons summed over the classes
     * @param participation the average lesson dose of every student who had a lesson; null when none had
     * @param attitude results with at least 5 pairs only; the others are left out entirely
     */
    public record SchoolFigures(long schoolId, String schoolName, @Nullable TermChoice term, DateRange range, int classes,
            int acts, List<LocalDate> weeks, List<Integer> actsPerWeek, LessonProgress lessons, @Nullable Double participation,
            List<SchoolAttitude> attitude) {

        public SchoolFigures {
            weeks = List.copyOf(weeks);
            actsPerWeek = List.copyOf(actsPerWeek);
            attitude = List.copyOf(attitude);
        }

        /** Lesson completion: delivered ÷ due, 0..1; null when nothing was due yet. */
        public @Nullable Double completion() {
            return lessons.completion();
        }
    }

    /**
     * The whole district: its open schools and totals over them. Participation over the district is the
     * average dose of every student with a lesson in any school (each school's term).
     */
    public record DistrictTotals(int schools, int classes, int acts, LessonProgress lessons, @Nullable Double participation) {
        public @Nullable Double completion() {
            return lessons.completion();
        }
    }

    public record DistrictOverview(Instant generatedAt, List<SchoolFigures> schools, DistrictTotals totals) {
        public DistrictOverview {
            schools = List.copyOf(schools);
        }
    }
}

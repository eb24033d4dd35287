package app.ripple.lesson;

import app.ripple.chart.ValueFormat;
import app.ripple.lesson.LessonRecords.LessonProgress;
import java.util.Locale;

/**
 * The two lesson figures as every page and the report word them, so "lesson completion" and
 * "term plan progress" read the same on the class page, the home card, the class dashboard, the
 * school overview and the report (texts in the lessons bundle).
 */
public final class LessonProgressText {

    /** Translates a key with arguments (a view's {@code getTranslation}, or the report's texts). */
    @FunctionalInterface
    public interface Translator {
        String t(String key, Object... args);
    }

    private LessonProgressText() {
    }

    /** "Lesson completion: 6 of 6 lessons due so far delivered (100%)". */
    public static String completion(LessonProgress p, Locale locale, Translator t) {
        Double c = p.completion();
        return c == null ? t.t("lessons.progress.completion.none")
                : t.t("lessons.progress.completion", p.delivered(), p.due(), percent(c, locale));
    }

    /** "Term plan: 6 of 9 lessons delivered (67%)". */
    public static String planProgress(LessonProgress p, Locale locale, Translator t) {
        Double c = p.planProgress();
        return c == null ? t.t("lessons.progress.plan.none")
                : t.t("lessons.progress.plan", p.delivered(), p.inPlan(), percent(c, locale));
    }

    /** Lesson completion as a table cell: "6 of 6 (100%)", or "–" when nothing was due yet. */
    public static String completionCell(LessonProgress p, Locale locale, Translator t) {
        return p.completion() == null ? "–" : t.t("lessons.progress.cell", p.delivered(), p.due(), percent(p.completion(), locale));
    }

    /** Term plan progress as a table cell: "6 of 9 (67%)", or "–" when nothing is planned. */
    public static String planProgressCell(LessonProgress p, Locale locale, Translator t) {
        return p.planProgress() == null ? "–"
                : t.t("lessons.progress.cell", p.delivered(), p.inPlan(), percent(p.planProgress(), locale));
    }

    /** A share as every lesson figure shows it; "–" when there is none. */
    public static String percent(@org.jspecify.annotations.Nullable Double fraction, Locale locale) {
        return fraction == null ? "–" : ValueFormat.PERCENT.format(fraction, locale);
    }
}

package app.ripple.lesson.library;

import java.util.List;

/**
 * One step of a lesson.
 *
 * @param kind       talk, activity, discussion or the closing reflection
 * @param titleKey   translation key of a short title
 * @param bodyKey    translation key of what the teacher says or does; for the reflection, the
 *                   question students may answer on the tablet
 * @param minutes    planned minutes, at least 1
 * @param promptKeys translation keys of discussion prompts, in order (may be empty)
 */
public record LessonStep(StepKind kind, String titleKey, String bodyKey, int minutes, List<String> promptKeys) {

    public LessonStep {
        if (minutes < 1) {
            throw new IllegalArgumentException("a step takes at least a minute: " + titleKey);
        }
        promptKeys = List.copyOf(promptKeys);
    }
}

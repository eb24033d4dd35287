package app.ripple.lesson.library;

import app.ripple.classroom.AgeBand;
import app.ripple.lesson.EvidenceComponent;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A read-only lesson shipped with Ripple. Teachers copy it to change it.
 *
 * @param id                    stable lowercase ASCII id, stored in the database
 * @param titleKey              translation key of the title
 * @param summaryKey            translation key of one or two sentences for the teacher
 * @param ageBands              the age bands it is written for
 * @param minutes               planned length: the sum of the steps’ minutes
 * @param objectiveKeys         translation keys of 2-4 learning objectives
 * @param steps                 4-7 steps; the last and only {@link StepKind#REFLECTION} closes the lesson
 * @param components            the evidence-based components the lesson covers
 * @param reflectionQuestionKey the closing reflection question (the body of the reflection step)
 * @param teacherNoteKey        facilitation notes for the teacher, always with a safeguarding reminder
 */
public record BuiltInLesson(
        String id,
        String titleKey,
        String summaryKey,
        Set<AgeBand> ageBands,
        int minutes,
        List<String> objectiveKeys,
        List<LessonStep> steps,
        Set<EvidenceComponent> components,
        String reflectionQuestionKey,
        String teacherNoteKey) {

    public BuiltInLesson {
        if (!id.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("lesson ids are lowercase ascii: " + id);
        }
        if (ageBands.isEmpty() || components.isEmpty() || steps.isEmpty()) {
            throw new IllegalArgumentException("a lesson needs age bands, components and steps: " + id);
        }
        if (minutes != steps.stream().mapToInt(LessonStep::minutes).sum()) {
            throw new IllegalArgumentException("minutes must be the sum of the steps: " + id);
        }
        LessonStep last = steps.getLast();
        if (last.kind() != StepKind.REFLECTION
                || steps.stream().filter(s -> s.kind() == StepKind.REFLECTION).count() != 1
                || !last.bodyKey().equals(reflectionQuestionKey)) {
            throw new IllegalArgumentException("a lesson ends with its one reflection question: " + id);
        }
        ageBands = Collections.unmodifiableSet(EnumSet.copyOf(ageBands));
        components = Collections.unmodifiableSet(EnumSet.copyOf(components));
        objectiveKeys = List.copyOf(objectiveKeys);
        steps = List.copyOf(steps);
    }

    public boolean suits(AgeBand band) {
        return ageBands.contains(band);
    }

    public boolean covers(EvidenceComponent component) {
        return components.contains(component);
    }
}

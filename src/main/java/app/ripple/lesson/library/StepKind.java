package app.ripple.lesson.library;

/** What happens in a lesson step. Every lesson ends with exactly one {@link #REFLECTION}. */
public enum StepKind {
    /** The teacher explains something, briefly and in plain words. */
    TALK,
    /** Students do something: in pairs, groups or on their own. */
    ACTIVITY,
    /** The class talks it over, guided by prompts. */
    DISCUSSION,
    /** The closing reflection question; students may answer it privately on the class tablet. */
    REFLECTION;

    public String nameKey() {
        return "lessonStep." + name();
    }
}

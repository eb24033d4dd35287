package app.ripple.lesson;

/**
 * The evidence-based parts of a mental-health anti-stigma lesson. A lesson lists the ones it covers;
 * a lesson delivery records the ones that were actually delivered.
 */
public enum EvidenceComponent {
    /** Accurate, simple facts about mental health (common, nobody’s fault, people get better). */
    FACTS,
    /** Contact with someone’s lived experience: a written story, a vetted video or a trained speaker. */
    LIVED_EXPERIENCE_CONTACT,
    /** Students talk and listen to each other about what they heard. */
    DISCUSSION,
    /** Where to get help: trusted adults at school and at home, and the school’s own support. */
    WHERE_TO_GET_HELP;

    public String nameKey() {
        return "component." + name();
    }

    public String descriptionKey() {
        return "component." + name() + ".description";
    }
}

package app.ripple.lesson.library;

import static app.ripple.classroom.AgeBand.AGES_12_14;
import static app.ripple.classroom.AgeBand.AGES_6_8;
import static app.ripple.classroom.AgeBand.AGES_9_11;
import static app.ripple.lesson.EvidenceComponent.DISCUSSION;
import static app.ripple.lesson.EvidenceComponent.FACTS;
import static app.ripple.lesson.EvidenceComponent.LIVED_EXPERIENCE_CONTACT;
import static app.ripple.lesson.EvidenceComponent.WHERE_TO_GET_HELP;

import app.ripple.classroom.AgeBand;
import app.ripple.lesson.EvidenceComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The built-in lessons: eight topics from the source article, every one written for ages 9-11, with
 * simpler versions of "what is mental health" and "words matter" for ages 6-8. Texts live in
 * {@code vaadin-i18n/lesson-library.properties} under {@code lesson.<id>.*}.
 */
public final class LessonLibrary {

    /** Title of every closing reflection step. */
    static final String REFLECTION_TITLE_KEY = "lesson.reflection.title";

    private static final EnumSet<AgeBand> ALL_AGES = EnumSet.allOf(AgeBand.class);
    private static final EnumSet<AgeBand> OLDER = EnumSet.of(AGES_9_11, AGES_12_14);
    private static final EnumSet<AgeBand> YOUNGEST = EnumSet.of(AGES_6_8);
    private static final EnumSet<EvidenceComponent> FACTS_TALK_HELP = EnumSet.of(FACTS, DISCUSSION, WHERE_TO_GET_HELP);

    private static final List<BuiltInLesson> ALL = List.of(
            // What mental health is
            lesson("what_is_mental_health", OLDER, 3, FACTS_TALK_HELP,
                    talk(8), activity(12, 1), discussion(10, 3), talk(6), reflection(4)),
            lesson("my_mind_matters", YOUNGEST, 2, FACTS_TALK_HELP,
                    talk(5), activity(10, 1), discussion(8, 3), activity(6, 0), reflection(3)),
            // Words matter: language and stigma
            lesson("words_matter", OLDER, 3, FACTS_TALK_HELP,
                    talk(7), activity(12, 1), discussion(10, 3), talk(5), reflection(4)),
            lesson("kind_words_about_feelings", YOUNGEST, 2, FACTS_TALK_HELP,
                    talk(5), activity(10, 1), discussion(8, 2), activity(5, 0), reflection(3)),
            // Myths and facts
            lesson("myths_and_facts", OLDER, 3, FACTS_TALK_HELP,
                    talk(5), activity(15, 0), discussion(10, 3), talk(5), reflection(5)),
            // Being kind to yourself
            lesson("being_kind_to_yourself", ALL_AGES, 3, FACTS_TALK_HELP,
                    talk(6), activity(10, 1), activity(8, 0), discussion(8, 3), reflection(4)),
            // Kindness and emotional resilience
            lesson("kindness_and_resilience", ALL_AGES, 3, FACTS_TALK_HELP,
                    talk(7), activity(12, 1), discussion(10, 3), talk(4), reflection(4)),
            // Being a good friend and asking for help
            lesson("good_friend_asking_for_help", ALL_AGES, 3, EnumSet.of(DISCUSSION, WHERE_TO_GET_HELP),
                    talk(6), activity(12, 0), discussion(10, 3), activity(8, 0), reflection(4)),
            // Empathy and emotional intelligence
            lesson("empathy_and_feelings", ALL_AGES, 3, FACTS_TALK_HELP,
                    talk(6), activity(12, 1), activity(8, 0), discussion(8, 3), reflection(4)),
            // A lived-experience story (contact)
            lesson("noas_story", OLDER, 3, EnumSet.of(FACTS, LIVED_EXPERIENCE_CONTACT, DISCUSSION, WHERE_TO_GET_HELP),
                    talk(4), talk(10), discussion(12, 4), talk(5), reflection(4)));

    private LessonLibrary() {
    }

    /** Every built-in lesson, in the order a class might meet them. */
    public static List<BuiltInLesson> all() {
        return ALL;
    }

    public static Optional<BuiltInLesson> byId(String id) {
        return ALL.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The lessons written for this age band, in library order. */
    public static List<BuiltInLesson> forAgeBand(AgeBand band) {
        return ALL.stream().filter(l -> l.suits(band)).toList();
    }

    private record Step(StepKind kind, int minutes, int prompts) {
    }

    private static Step talk(int minutes) {
        return new Step(StepKind.TALK, minutes, 0);
    }

    private static Step activity(int minutes, int prompts) {
        return new Step(StepKind.ACTIVITY, minutes, prompts);
    }

    private static Step discussion(int minutes, int prompts) {
        return new Step(StepKind.DISCUSSION, minutes, prompts);
    }

    private static Step reflection(int minutes) {
        return new Step(StepKind.REFLECTION, minutes, 0);
    }

    /** Builds a lesson whose keys all follow {@code lesson.<id>.*}; steps are numbered from 1. */
    private static BuiltInLesson lesson(String id, EnumSet<AgeBand> bands, int objectives,
            EnumSet<EvidenceComponent> components, Step... specs) {
        String prefix = "lesson." + id + ".";
        String reflectionKey = prefix + "reflection";
        List<LessonStep> steps = new ArrayList<>();
        for (int i = 0; i < specs.length; i++) {
            Step s = specs[i];
            if (s.kind() == StepKind.REFLECTION) {
                steps.add(new LessonStep(s.kind(), REFLECTION_TITLE_KEY, reflectionKey, s.minutes(), List.of()));
            } else {
                String step = prefix + "step." + (i + 1) + ".";
                steps.add(new LessonStep(s.kind(), step + "title", step + "body", s.minutes(),
                        IntStream.rangeClosed(1, s.prompts()).mapToObj(p -> step + "prompt." + p).toList()));
            }
        }
        return new BuiltInLesson(id, prefix + "title", prefix + "summary", bands,
                steps.stream().mapToInt(LessonStep::minutes).sum(),
                IntStream.rangeClosed(1, objectives).mapToObj(o -> prefix + "objective." + o).toList(),
                steps, components, reflectionKey, prefix + "teacherNote");
    }
}

package app.ripple.lesson.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.classroom.AgeBand;
import app.ripple.lesson.EvidenceComponent;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LessonLibraryTest {

    /** The eight topics of the issue and the lessons that teach each one. */
    private static final Map<String, Set<String>> TOPICS = Map.of(
            "what mental health is", Set.of("what_is_mental_health", "my_mind_matters"),
            "words matter", Set.of("words_matter", "kind_words_about_feelings"),
            "myths and facts", Set.of("myths_and_facts"),
            "being kind to yourself", Set.of("being_kind_to_yourself"),
            "kindness and emotional resilience", Set.of("kindness_and_resilience"),
            "being a good friend and asking for help", Set.of("good_friend_asking_for_help"),
            "empathy and emotional intelligence", Set.of("empathy_and_feelings"),
            "a lived-experience story", Set.of("noas_story"));

    private static final List<BuiltInLesson> ALL = LessonLibrary.all();

    @Test
    void idsArePinnedUniqueAndLowercaseAscii() {
        // Ids are stored in the database: add new ones, never rename or remove these.
        assertThat(ALL).extracting(BuiltInLesson::id).containsExactly(
                "what_is_mental_health", "my_mind_matters", "words_matter", "kind_words_about_feelings",
                "myths_and_facts", "being_kind_to_yourself", "kindness_and_resilience",
                "good_friend_asking_for_help", "empathy_and_feelings", "noas_story");
        assertThat(ALL).hasSizeGreaterThanOrEqualTo(8);
        assertThat(new HashSet<>(ALL.stream().map(BuiltInLesson::id).toList())).hasSameSizeAs(ALL);
        assertThat(ALL).allSatisfy(l -> assertThat(l.id()).matches("[a-z0-9_]+"));
    }

    @Test
    void everyLessonHasTheRightShape() {
        for (BuiltInLesson l : ALL) {
            assertThat(l.ageBands()).as(l.id()).isNotEmpty();
            assertThat(l.objectiveKeys()).as(l.id()).hasSizeBetween(2, 4);
            assertThat(l.steps()).as(l.id()).hasSizeBetween(4, 7);
            assertThat(l.steps().stream().filter(s -> s.kind() == StepKind.REFLECTION)).as(l.id()).hasSize(1);
            assertThat(l.steps().getLast().kind()).as(l.id()).isEqualTo(StepKind.REFLECTION);
            assertThat(l.steps().getLast().bodyKey()).as(l.id()).isEqualTo(l.reflectionQuestionKey());
            assertThat(l.minutes()).as(l.id()).isEqualTo(l.steps().stream().mapToInt(LessonStep::minutes).sum())
                    .isBetween(25, 50);
            assertThat(l.steps()).as(l.id()).allSatisfy(s -> assertThat(s.minutes()).isPositive());
        }
    }

    @Test
    void everyLessonTalksAndDiscussesAndSaysWhereToGetHelp() {
        for (BuiltInLesson l : ALL) {
            assertThat(l.components()).as(l.id())
                    .contains(EvidenceComponent.DISCUSSION, EvidenceComponent.WHERE_TO_GET_HELP);
            assertThat(l.steps()).as(l.id()).anyMatch(s -> s.kind() == StepKind.DISCUSSION && s.promptKeys().size() >= 2);
            assertThat(l.steps()).as(l.id()).anyMatch(s -> s.kind() == StepKind.TALK);
            assertThat(l.steps()).as(l.id()).anyMatch(s -> s.kind() == StepKind.ACTIVITY || l.covers(EvidenceComponent.LIVED_EXPERIENCE_CONTACT));
        }
        assertThat(ALL.stream().flatMap(l -> l.components().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(EvidenceComponent.values());
    }

    @Test
    void everyTopicIsCoveredAndAvailableForAges9To11() {
        assertThat(TOPICS.values().stream().flatMap(Set::stream).collect(Collectors.toSet()))
                .as("every lesson belongs to a topic")
                .isEqualTo(ALL.stream().map(BuiltInLesson::id).collect(Collectors.toSet()));
        TOPICS.forEach((topic, ids) -> assertThat(ids.stream().map(id -> LessonLibrary.byId(id).orElseThrow()))
                .as(topic).anyMatch(l -> l.suits(AgeBand.AGES_9_11)));
    }

    @Test
    void theLivedExperienceLessonIsContact() {
        BuiltInLesson story = LessonLibrary.byId("noas_story").orElseThrow();
        assertThat(story.components()).contains(EvidenceComponent.LIVED_EXPERIENCE_CONTACT, EvidenceComponent.FACTS);
        assertThat(ALL).filteredOn(l -> l.covers(EvidenceComponent.LIVED_EXPERIENCE_CONTACT)).containsExactly(story);
    }

    @ParameterizedTest
    @EnumSource(AgeBand.class)
    void eachAgeBandHasAtLeastSixLessons(AgeBand band) {
        assertThat(LessonLibrary.forAgeBand(band)).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(l -> assertThat(l.ageBands()).contains(band));
        assertThat(LessonLibrary.forAgeBand(band)).isEqualTo(ALL.stream().filter(l -> l.suits(band)).toList());
    }

    @Test
    void byIdFindsEveryLessonAndNothingElse() {
        ALL.forEach(l -> assertThat(LessonLibrary.byId(l.id())).contains(l));
        assertThat(LessonLibrary.byId("no_such_lesson")).isEmpty();
    }

    @Test
    void lessonsAreReadOnly() {
        BuiltInLesson l = ALL.getFirst();
        assertThatThrownBy(() -> l.steps().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> l.objectiveKeys().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> l.components().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> l.ageBands().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> l.steps().getFirst().promptKeys().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ALL.clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aLessonMustAddUpAndEndWithItsReflection() {
        LessonStep talk = new LessonStep(StepKind.TALK, "t", "b", 10, List.of());
        LessonStep reflection = new LessonStep(StepKind.REFLECTION, "r", "q", 5, List.of());
        EnumSet<AgeBand> bands = EnumSet.of(AgeBand.AGES_9_11);
        EnumSet<EvidenceComponent> components = EnumSet.of(EvidenceComponent.DISCUSSION);
        assertThatThrownBy(() -> new BuiltInLesson("x", "t", "s", bands, 20, List.of(), List.of(talk, reflection),
                components, "q", "n")).hasMessageContaining("sum");
        assertThatThrownBy(() -> new BuiltInLesson("x", "t", "s", bands, 15, List.of(), List.of(reflection, talk),
                components, "q", "n")).hasMessageContaining("reflection");
        assertThatThrownBy(() -> new BuiltInLesson("x", "t", "s", bands, 15, List.of(), List.of(talk, reflection),
                components, "other", "n")).hasMessageContaining("reflection");
        assertThatThrownBy(() -> new BuiltInLesson("Bad Id", "t", "s", bands, 15, List.of(), List.of(talk, reflection),
                components, "q", "n")).hasMessageContaining("lowercase");
        assertThat(new BuiltInLesson("x", "t", "s", bands, 15, List.of(), List.of(talk, reflection), components, "q", "n")
                .minutes()).isEqualTo(15);
    }
}

package app.ripple.lesson.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.lesson.EvidenceComponent;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LessonLibraryTextsTest {

    private static final Properties EN = load("lesson-library.properties");
    private static final Properties ES = load("lesson-library_es.properties");

    static List<String> allKeys() {
        List<String> keys = new ArrayList<>();
        for (EvidenceComponent c : EvidenceComponent.values()) {
            keys.add(c.nameKey());
            keys.add(c.descriptionKey());
        }
        for (StepKind k : StepKind.values()) {
            keys.add(k.nameKey());
        }
        for (BuiltInLesson l : LessonLibrary.all()) {
            keys.add(l.titleKey());
            keys.add(l.summaryKey());
            keys.add(l.reflectionQuestionKey());
            keys.add(l.teacherNoteKey());
            keys.addAll(l.objectiveKeys());
            for (LessonStep s : l.steps()) {
                keys.add(s.titleKey());
                keys.add(s.bodyKey());
                keys.addAll(s.promptKeys());
            }
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyKeyExistsAndIsNotBlank(String language) {
        Properties texts = language.equals("es") ? ES : EN;
        assertThat(allKeys()).allSatisfy(k -> assertThat(texts.getProperty(k)).as(language + " " + k).isNotBlank());
    }

    @Test
    void theBundleHoldsNoUnusedKeys() {
        assertThat(EN.stringPropertyNames()).isEqualTo(new HashSet<>(allKeys()));
        assertThat(ES.stringPropertyNames()).isEqualTo(EN.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void textsHaveNoArgumentsNoStraightApostrophesAndNoContactsThatCouldBeWrong(String language) {
        Properties texts = language.equals("es") ? ES : EN;
        for (String k : texts.stringPropertyNames()) {
            String v = texts.getProperty(k);
            assertThat(v).as(language + " " + k)
                    .doesNotContain("{", "}", "'", "http", "www.", "@")
                    .doesNotContainPattern("\\d{3}"); // no phone numbers (the teacher adds local contacts)
        }
    }

    @Test
    void spanishIsNotACopyOfEnglish() {
        for (BuiltInLesson l : LessonLibrary.all()) {
            Stream.of(l.titleKey(), l.summaryKey(), l.reflectionQuestionKey(), l.teacherNoteKey())
                    .forEach(k -> assertThat(ES.getProperty(k)).as(k).isNotEqualTo(EN.getProperty(k)));
        }
    }

    @Test
    void everyTeacherNoteHasASafeguardingReminder() {
        for (BuiltInLesson l : LessonLibrary.all()) {
            assertThat(EN.getProperty(l.teacherNoteKey())).as(l.id()).contains("school’s safeguarding procedure");
            assertThat(ES.getProperty(l.teacherNoteKey())).as(l.id()).contains("protocolo de protección");
        }
    }

    @Test
    void everyLessonSaysWhoToTurnToAndTheTeacherAddsLocalContacts() {
        for (BuiltInLesson l : LessonLibrary.all()) {
            assertThat(text(EN, l)).as(l.id()).containsPattern("trusted (adult|grown-up)");
            assertThat(text(ES, l)).as(l.id()).containsPattern("(persona adulta|persona mayor|personas adultas|personas mayores) de confianza");
        }
        assertThat(EN.getProperty(EvidenceComponent.WHERE_TO_GET_HELP.descriptionKey())).contains("teacher adds");
    }

    @Test
    void reflectionsAreQuestions() {
        for (BuiltInLesson l : LessonLibrary.all()) {
            assertThat(EN.getProperty(l.reflectionQuestionKey())).as(l.id()).endsWith("?");
            assertThat(ES.getProperty(l.reflectionQuestionKey())).as(l.id()).contains("¿").endsWith("?");
        }
    }

    @Test
    void theStoryIsFictionalFirstPersonAndTheTeacherMayUseAVideoOrSpeakerInstead() {
        BuiltInLesson story = LessonLibrary.byId("noas_story").orElseThrow();
        String storyEn = EN.getProperty(story.steps().get(1).bodyKey());
        assertThat(storyEn).contains(" I ", "My friend", "asked my mum for help", "better").containsIgnoringCase("tell someone you trust");
        assertThat(ES.getProperty(story.steps().get(1).bodyKey())).contains("le pedí ayuda", "cuéntaselo a alguien de confianza");
        assertThat(EN.getProperty(story.teacherNoteKey())).contains("fictional", "vetted video", "trained speaker");
        assertThat(ES.getProperty(story.teacherNoteKey())).contains("inventada", "vídeo revisado", "persona formada");
        assertThat(EN.getProperty(story.steps().getFirst().bodyKey())).contains("not a real person");
    }

    @Test
    void theMythsLessonTeachesTheKeyFacts() {
        BuiltInLesson myths = LessonLibrary.byId("myths_and_facts").orElseThrow();
        String en = text(EN, myths);
        assertThat(en).contains("common", "can and do get better", "talking to someone you trust usually helps",
                "nobody’s fault", "brave");
    }

    private static String text(Properties texts, BuiltInLesson l) {
        List<String> keys = new ArrayList<>(List.of(l.summaryKey(), l.reflectionQuestionKey()));
        keys.addAll(l.objectiveKeys());
        l.steps().forEach(s -> {
            keys.add(s.bodyKey());
            keys.addAll(s.promptKeys());
        });
        return String.join("\n", keys.stream().map(texts::getProperty).toList());
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = LessonLibraryTextsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}

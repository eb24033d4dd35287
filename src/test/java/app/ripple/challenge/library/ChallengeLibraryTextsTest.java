package app.ripple.challenge.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.challenge.Category;
import app.ripple.challenge.Recipient;
import app.ripple.classroom.pictures.Picture;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ChallengeLibraryTextsTest {

    private static final Properties EN = load("challenge-library.properties");
    private static final Properties ES = load("challenge-library_es.properties");

    static List<String> allKeys() {
        List<String> keys = new ArrayList<>();
        for (Category c : Category.values()) {
            keys.add(c.nameKey());
            keys.add(c.descriptionKey());
        }
        for (Recipient r : Recipient.values()) {
            keys.add(r.nameKey());
        }
        ActLibrary.all().forEach(a -> keys.add(a.textKey()));
        Stream.of(ActPictures.all(), ActPictures.recipients(), FeelingFaces.all()).flatMap(List::stream)
                .map(Picture::nameKey).forEach(keys::add);
        for (ChallengeTemplate t : ChallengeTemplates.all()) {
            keys.add(t.titleKey());
            keys.add(t.descriptionKey());
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

    @Test
    void actTextsAreShortAndSpanishIsNotACopyOfEnglish() {
        for (SuggestedAct a : ActLibrary.all()) {
            String en = EN.getProperty(a.textKey());
            String es = ES.getProperty(a.textKey());
            // first person: "I held the door…", "In group work, I made sure…"
            assertThat(en).as(a.id()).containsPattern("(^| )I ").doesNotEndWith(".").hasSizeLessThanOrEqualTo(80);
            assertThat(es).as(a.id()).isNotEqualTo(en).hasSizeLessThanOrEqualTo(90);
        }
        // two acts never read the same
        assertThat(new HashSet<>(ActLibrary.all().stream().map(a -> EN.getProperty(a.textKey())).toList()))
                .hasSameSizeAs(ActLibrary.all());
        assertThat(new HashSet<>(ActLibrary.all().stream().map(a -> ES.getProperty(a.textKey())).toList()))
                .hasSameSizeAs(ActLibrary.all());
    }

    @Test
    void feelingNamesAreOneToFive() {
        Set<String> keys = new HashSet<>(FeelingFaces.all().stream().map(Picture::nameKey).toList());
        assertThat(keys).containsExactlyInAnyOrder("feeling.1", "feeling.2", "feeling.3", "feeling.4", "feeling.5");
    }

    @Test
    void templateDescriptionsMentionTheSharedClassGoal() {
        for (ChallengeTemplate t : ChallengeTemplates.all()) {
            assertThat(EN.getProperty(t.descriptionKey())).as(t.id()).containsIgnoringCase("whole class");
            assertThat(ES.getProperty(t.descriptionKey())).as(t.id()).containsIgnoringCase("toda la clase");
        }
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = ChallengeLibraryTextsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}

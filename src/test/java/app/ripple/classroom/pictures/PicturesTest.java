package app.ripple.classroom.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PicturesTest {

    /** Ids are stored in the database: this list may only ever grow at the end. */
    private static final List<String> AVATAR_IDS = List.of("fox", "owl", "cat", "dog", "bear", "rabbit", "frog",
            "penguin", "lion", "panda", "koala", "tiger", "elephant", "monkey", "pig", "mouse", "duck", "turtle", "bee",
            "ladybird", "whale", "octopus", "hedgehog", "unicorn");
    private static final List<String> PASSWORD_IDS = List.of("sun", "moon", "star", "heart", "tree", "flower", "fish",
            "apple", "house", "car", "ball", "boat");

    @Test
    void idsAreStable() {
        assertThat(Pictures.avatars()).extracting(Picture::id).startsWith(AVATAR_IDS.toArray(String[]::new));
        assertThat(Pictures.passwordPictures()).extracting(Picture::id).containsExactlyElementsOf(PASSWORD_IDS);
    }

    @Test
    void exactlyTwelvePasswordPicturesAndAtLeast24Avatars() {
        assertThat(Pictures.passwordPictures()).hasSize(12);
        assertThat(Pictures.avatars()).hasSizeGreaterThanOrEqualTo(24);
    }

    @Test
    void idsAreUniqueLowercaseAsciiAndNameKeysFollowThem() {
        List<Picture> all = Stream.concat(Pictures.avatars().stream(), Pictures.passwordPictures().stream()).toList();
        assertThat(all).extracting(Picture::id).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][a-z0-9_]*"));
        assertThat(Pictures.avatars()).allSatisfy(p -> assertThat(p.nameKey()).isEqualTo("picture.avatar." + p.id()));
        assertThat(Pictures.passwordPictures()).allSatisfy(p -> assertThat(p.nameKey()).isEqualTo("picture.password." + p.id()));
        assertThat(all).allSatisfy(p -> assertThat(p.shapes()).isNotEmpty());
    }

    @Test
    void lookUpById() {
        assertThat(Pictures.avatar("fox")).get().extracting(Picture::nameKey).isEqualTo("picture.avatar.fox");
        assertThat(Pictures.passwordPicture("boat")).get().extracting(Picture::id).isEqualTo("boat");
        assertThat(Pictures.avatar("sun")).isEmpty();
        assertThat(Pictures.passwordPicture("fox")).isEmpty();
        assertThat(Pictures.avatar("FOX")).isEmpty();
    }

    @Test
    void everyPictureHasANameInEnglishAndSpanish() throws IOException {
        Properties en = bundle("vaadin-i18n/pictures.properties");
        Properties es = bundle("vaadin-i18n/pictures_es.properties");
        Stream.concat(Pictures.avatars().stream(), Pictures.passwordPictures().stream()).forEach(p -> {
            assertThat(en.getProperty(p.nameKey())).as("English " + p.nameKey()).isNotBlank();
            assertThat(es.getProperty(p.nameKey())).as("Spanish " + p.nameKey()).isNotBlank();
        });
    }

    @Test
    void avatarsHaveDifferentBackgroundColours() {
        // the first shape of every avatar is its background disc, a tint of its main colour;
        // the ringed second set differs from its animal by the ring (the last shape)
        assertThat(Pictures.avatars().subList(0, 24)).extracting(p -> p.shapes().getFirst().paint().fill()).doesNotHaveDuplicates();
        assertThat(Pictures.avatars()).hasSize(48);
        assertThat(Pictures.avatars()).extracting(p -> p.shapes().getFirst().paint().fill() + "/" + p.shapes().getLast().paint().stroke())
                .doesNotHaveDuplicates();
    }

    static Properties bundle(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PicturesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}

package app.ripple.classroom.pictures;

import java.util.List;
import java.util.Optional;

/** TEMPORARY stand-in until the pictures branch lands (same API). */
public final class Pictures {

    public record Picture(String id, String nameKey) {
    }

    private static final List<Picture> AVATARS = List.of("fox", "owl", "cat", "dog", "bear", "rabbit", "frog", "penguin",
            "lion", "panda", "koala", "tiger", "elephant", "monkey", "pig", "mouse", "duck", "turtle", "bee", "ladybird",
            "whale", "octopus", "hedgehog", "unicorn").stream().map(i -> new Picture(i, "picture.avatar." + i)).toList();
    private static final List<Picture> PASSWORD = List.of("sun", "moon", "star", "heart", "tree", "flower", "fish",
            "apple", "house", "car", "ball", "boat").stream().map(i -> new Picture(i, "picture.password." + i)).toList();

    private Pictures() {
    }

    public static List<Picture> avatars() {
        return AVATARS;
    }

    public static List<Picture> passwordPictures() {
        return PASSWORD;
    }

    public static Optional<Picture> avatar(String id) {
        return AVATARS.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public static Optional<Picture> passwordPicture(String id) {
        return PASSWORD.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}

package app.ripple.challenge.library;

import app.ripple.classroom.pictures.Picture;
import java.util.List;
import java.util.Optional;

/** TEMPORARY stand-in until the act-library branch lands (same API). */
public final class ActPictures {

    private ActPictures() {
    }

    public static Optional<Picture> picture(String id) {
        return Optional.empty();
    }

    public static List<Picture> all() {
        return List.of();
    }
}

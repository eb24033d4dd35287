package app.ripple.challenge.library;

import app.ripple.classroom.pictures.Picture;
import java.util.List;

/** TEMPORARY stand-in until the act-library branch lands (same API). */
public final class FeelingFaces {

    private FeelingFaces() {
    }

    public static List<Picture> all() {
        return List.of();
    }
}

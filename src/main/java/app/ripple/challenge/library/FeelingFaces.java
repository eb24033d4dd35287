package app.ripple.challenge.library;

import app.ripple.classroom.pictures.Sketch;

import static app.ripple.classroom.pictures.Sketch.INK;

import app.ripple.classroom.pictures.Picture;
import java.util.List;
import java.util.Optional;

/**
 * "How did it feel?": five faces from {@code feeling_1} (not so good) to {@code feeling_5}
 * (great). Names: {@code feeling.1} … {@code feeling.5}. Colours are soft and never alarming: a
 * child who felt "not so good" has done nothing wrong.
 */
public final class FeelingFaces {

    private static final List<Picture> ALL = List.of(
            face(1, "#90caf9")
                    .eyes(38, 62, 44, 4)
                    .line("M 30 36 L 40 33 M 70 36 L 60 33", INK, 2)
                    .line("M 38 68 C 44 61 56 61 62 68", INK, 3)
                    .path("M 67 50 C 64 55 63 58 65 60 C 67 62 70 61 70 58 C 70 56 69 54 67 50 Z", "#e3f2fd")
                    .build(),
            face(2, "#b39ddb")
                    .eyes(38, 62, 44, 4)
                    .line("M 40 66 C 46 63 54 63 60 66", INK, 3)
                    .build(),
            face(3, "#fff59d")
                    .eyes(38, 62, 44, 4)
                    .line("M 40 64 L 60 64", INK, 3)
                    .build(),
            face(4, "#a5d6a7")
                    .eyes(38, 62, 44, 4)
                    .circleNo(29, 56, 5, "#f8bbd0").circleNo(71, 56, 5, "#f8bbd0")
                    .line("M 37 60 C 43 68 57 68 63 60", INK, 3)
                    .build(),
            face(5, "#ffca28")
                    .line("M 32 45 C 34 38 42 38 44 45 M 56 45 C 58 38 66 38 68 45", INK, 3)
                    .circleNo(28, 56, 5.5, "#ff8a65").circleNo(72, 56, 5.5, "#ff8a65")
                    .path("M 33 57 L 67 57 C 67 70 59 77 50 77 C 41 77 33 70 33 57 Z", "#8d3b3b")
                    .pathNo("M 42 72 C 46 68 54 68 58 72 C 55 75 45 75 42 72 Z", "#f06292")
                    .sparkle(86, 16, 7, "#ff9800").sparkle(14, 18, 5, "#ff9800")
                    .build());

    private FeelingFaces() {
    }

    /** Exactly five faces, from "not so good" to "great". */
    public static List<Picture> all() {
        return ALL;
    }

    public static Optional<Picture> picture(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The face for a rating of 1 (not so good) to 5 (great). */
    public static Picture forRating(int rating) {
        if (rating < 1 || rating > ALL.size()) {
            throw new IllegalArgumentException("a feeling is rated 1 to 5: " + rating);
        }
        return ALL.get(rating - 1);
    }

    private static Sketch face(int rating, String colour) {
        return new Sketch("feeling_" + rating, "feeling." + rating).circle(50, 50, 44, colour);
    }
}

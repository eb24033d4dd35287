package app.ripple.classroom.pictures;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A picture on a 100×100 canvas. {@code id} is stored in the database (lowercase ASCII, stable);
 * {@code nameKey} is the translation key of its name, e.g. {@code picture.avatar.fox}.
 */
public record Picture(String id, String nameKey, List<Shape> shapes) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    public Picture {
        Objects.requireNonNull(nameKey, "nameKey");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("picture ids are lowercase ascii: " + id);
        }
        shapes = List.copyOf(shapes);
    }
}

package app.ripple.challenge.library;

import app.ripple.challenge.Category;
import app.ripple.classroom.AgeBand;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One suggested act, written in the first person ("I held the door for someone").
 *
 * @param id        stable lowercase ASCII id, stored in the database
 * @param category  the kind of kindness
 * @param ageBands  the ages the wording suits (at least one)
 * @param textKey   translation key of the text, {@code act.<id>}
 * @param pictureId an id in {@link ActPictures}
 */
public record SuggestedAct(String id, Category category, Set<AgeBand> ageBands, String textKey, String pictureId) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    public SuggestedAct {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("act ids are lowercase ascii: " + id);
        }
        Objects.requireNonNull(category, "category");
        if (ageBands.isEmpty()) {
            throw new IllegalArgumentException("an act needs at least one age band: " + id);
        }
        ageBands = Collections.unmodifiableSet(EnumSet.copyOf(ageBands));
        Objects.requireNonNull(textKey, "textKey");
        Objects.requireNonNull(pictureId, "pictureId");
    }

    public boolean suits(AgeBand band) {
        return ageBands.contains(band);
    }
}

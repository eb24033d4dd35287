package app.ripple.lesson.attitude;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An attitude-check questionnaire.
 *
 * @param id stable id, stored with every answer ({@code [a-z0-9][a-z0-9._-]*}, at most 64 characters)
 * @param title per language ({@code "en"}, {@code "es"})
 * @param citation the credit that must be printed wherever the instrument is used (for a
 *        Ripple-written instrument, a statement that Ripple wrote it)
 * @param validated {@code false} for anything not published and validated; the UI then shows
 *        {@link AttitudeTexts#NOT_VALIDATED}
 * @param rippleTranslations languages whose text Ripple translated (not the authors); the UI then
 *        shows {@link AttitudeTexts#RIPPLE_TRANSLATION}
 * @param origin built in, or imported by a school
 */
public record Instrument(
        String id,
        Map<String, String> title,
        String citation,
        boolean validated,
        Set<String> rippleTranslations,
        Origin origin,
        ResponseScale scale,
        List<Item> items) {

    public enum Origin { BUILT_IN, IMPORTED }

    public static final int MIN_ITEMS = 2;
    public static final int MAX_ITEMS = 60;

    public Instrument {
        if (!InstrumentChecks.validId(id)) {
            throw new IllegalArgumentException("bad instrument id: " + id);
        }
        if (title.isEmpty() || citation.isBlank()) {
            throw new IllegalArgumentException("instrument " + id + " needs a title and a citation");
        }
        if (items.size() < MIN_ITEMS || items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("instrument " + id + " has " + items.size() + " items");
        }
        Set<String> ids = new HashSet<>();
        for (Item item : items) {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("duplicate item id " + item.id() + " in " + id);
            }
        }
        title = Map.copyOf(title);
        rippleTranslations = Set.copyOf(rippleTranslations);
        items = List.copyOf(items);
    }

    /** The title in a language, falling back to English, then to any language. */
    public String title(String language) {
        String t = title.get(language);
        if (t == null) {
            t = title.get("en");
        }
        return t != null ? t : title.values().iterator().next();
    }

    /** Whether each item is reverse-scored, in item order. */
    public List<Boolean> reverseFlags() {
        return items.stream().map(Item::reverseScored).toList();
    }
}

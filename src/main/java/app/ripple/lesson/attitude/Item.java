package app.ripple.lesson.attitude;

import java.util.Map;

/**
 * One statement of an instrument. {@code text} maps a language ({@code "en"}, {@code "es"}) to the
 * statement; {@code reverseScored} items are scored {@code min + max - response}, so that a higher
 * score always means a kinder or more accepting attitude. {@code id} is stable: answers are stored
 * under it.
 */
public record Item(String id, Map<String, String> text, boolean reverseScored) {

    public Item {
        if (id.isBlank()) {
            throw new IllegalArgumentException("item id is blank");
        }
        if (text.isEmpty() || text.values().stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("item " + id + " has no text");
        }
        text = Map.copyOf(text);
    }

    /** The statement in a language, falling back to English, then to any language. */
    public String text(String language) {
        String t = text.get(language);
        if (t == null) {
            t = text.get("en");
        }
        return t != null ? t : text.values().iterator().next();
    }
}

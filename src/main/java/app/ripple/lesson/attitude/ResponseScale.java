package app.ripple.lesson.attitude;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answers an item allows: every whole number from {@code min} to {@code max}, for example 1–5.
 * {@code labels} maps a language ({@code "en"}, {@code "es"}) to one label per point, lowest first
 * (so {@code max - min + 1} labels); a language may be missing, then the points are shown as
 * numbers.
 */
public record ResponseScale(int min, int max, Map<String, List<String>> labels) {

    /** Smallest and largest allowed {@code min}/{@code max}, and most points on one scale. */
    public static final int LOWEST = 0;
    public static final int HIGHEST = 10;

    public ResponseScale {
        if (min < LOWEST || max > HIGHEST || min >= max) {
            throw new IllegalArgumentException("scale must satisfy " + LOWEST + " <= min < max <= " + HIGHEST
                    + ", was " + min + ".." + max);
        }
        Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
        labels.forEach((language, list) -> copy.put(language, List.copyOf(list)));
        labels = java.util.Collections.unmodifiableMap(copy);
        for (var e : labels.entrySet()) {
            if (e.getValue().size() != max - min + 1) {
                throw new IllegalArgumentException("scale " + min + ".." + max + " needs " + (max - min + 1)
                        + " labels in " + e.getKey() + ", has " + e.getValue().size());
            }
        }
    }

    /** Number of points, for example 5 for 1–5. */
    public int points() {
        return max - min + 1;
    }

    public boolean contains(int response) {
        return response >= min && response <= max;
    }

    /** The reverse of a response: {@code min + max - r}; applying it twice gives {@code r} back. */
    public int reverse(int response) {
        if (!contains(response)) {
            throw new IllegalArgumentException("response " + response + " outside " + min + ".." + max);
        }
        return min + max - response;
    }

    /** The label of one point in a language, falling back to English, or {@code null} if none. */
    public @Nullable String label(int response, String language) {
        List<String> l = labels.getOrDefault(language, labels.get("en"));
        return l == null || !contains(response) ? null : l.get(response - min);
    }
}

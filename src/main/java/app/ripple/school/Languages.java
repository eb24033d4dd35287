package app.ripple.school;

import java.util.List;
import java.util.Locale;

/** The languages Ripple's bundles cover completely. */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("en", "es");

    private Languages() {
    }

    public static boolean isSupported(String tag) {
        return SUPPORTED.contains(tag);
    }

    public static Locale locale(String tag) {
        return Locale.forLanguageTag(isSupported(tag) ? tag : "en");
    }
}

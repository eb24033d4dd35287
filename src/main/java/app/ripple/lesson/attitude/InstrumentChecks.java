package app.ripple.lesson.attitude;

import java.util.regex.Pattern;

/** Checks shared by {@link Instrument} and {@link InstrumentImporter}. */
final class InstrumentChecks {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private InstrumentChecks() {
    }

    static boolean validId(String id) {
        return ID.matcher(id).matches();
    }

    /**
     * Whether a text holds characters that have no place in a one-line statement: control
     * characters (including line breaks and tabs), invisible format characters such as
     * right-to-left overrides (the zero-width joiner of emoji sequences is allowed), unpaired
     * surrogates and non-characters.
     */
    static boolean hasInvalidCharacters(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.SURROGATE
                    || (type == Character.FORMAT && cp != 0x200D)
                    || cp == 0xFFFE || cp == 0xFFFF || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}

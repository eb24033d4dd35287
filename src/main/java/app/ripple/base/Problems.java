package app.ripple.base;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem with a form before throwing, so the user sees all of them at once. */
public final class Problems {

    private final List<InvalidInputException.Problem> list = new ArrayList<>();

    public Problems add(String field, String messageKey, Object... args) {
        list.add(new InvalidInputException.Problem(field, messageKey, args));
        return this;
    }

    public Problems require(boolean condition, String field, String messageKey, Object... args) {
        if (!condition) {
            add(field, messageKey, args);
        }
        return this;
    }

    /**
     * Refuses text that would be stored or shown as something else than it looks: control characters
     * (NUL, escapes; line breaks unless {@code multiLine}), line/paragraph separators, the invisible
     * bidi override/isolate controls, and lone UTF-16 surrogates (PostgreSQL cannot store them).
     */
    public Problems requirePlainText(String value, String field, boolean multiLine) {
        return require(isPlainText(value, multiLine), field, "validation.controlCharacters");
    }

    public static boolean isPlainText(String s, boolean multiLine) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return false;
            }
            boolean lineBreak = c == '\n'; // what a browser's text area sends
            if (Character.isISOControl(c) && !(multiLine && lineBreak) || c == 0x2028 || c == 0x2029
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                return false;
            }
        }
        return true;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }
}

package app.ripple.classroom.roster;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;

/** Cleaning, checking and shortening of names and ids. */
final class Names {

    private Names() {
    }

    /** Surrounding whitespace stripped, NFC-normalised. */
    static String clean(String raw) {
        String s = raw.strip();
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /**
     * True when the text holds a character that must not be in a name or id: C0/C1 controls (tabs
     * and line breaks included), Unicode line/paragraph separators and the invisible bidi
     * embedding/override/isolate controls (which can make a name display as something else).
     * Letters of any script, marks, emoji (with joiners) and punctuation are fine.
     */
    static boolean hasForbiddenCharacters(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.getType(cp) == Character.CONTROL || cp == 0x2028 || cp == 0x2029
                    || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    static String displayName(String firstName, String lastName) {
        String first = clean(firstName);
        String last = clean(lastName);
        int max = RosterLimits.MAX_DISPLAY_NAME_LENGTH;
        String suffix = last.isEmpty() ? "" : " " + initial(last) + ".";
        int room = Math.max(0, max - length(suffix));
        String shortFirst = cut(first, room).strip();
        String result = (shortFirst + suffix).strip();
        return length(result) <= max ? result : cut(result, max).strip();
    }

    /** The first letter (or digit) of a last name as a whole user-perceived character: "Ö" of "Öz", "O" of "’O’Neil". */
    private static String initial(String last) {
        int start = 0;
        for (int i = 0; i < last.length(); ) {
            int cp = last.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                start = i;
                break;
            }
            i += Character.charCount(cp);
        }
        BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
        it.setText(last);
        int end = it.following(start);
        if (end == BreakIterator.DONE || end <= start) {
            end = last.length();
        }
        String cluster = last.substring(start, end);
        // a letter followed by dozens of combining marks stays one letter
        return length(cluster) <= 4 ? cluster : last.substring(start, last.offsetByCodePoints(start, 1));
    }

    /** At most {@code max} code points, cut at a character (grapheme) boundary when possible. */
    static String cut(String s, int max) {
        if (length(s) <= max) {
            return s;
        }
        int hardEnd = s.offsetByCodePoints(0, max);
        BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
        it.setText(s);
        int boundary = it.preceding(hardEnd + 1);
        if (boundary == BreakIterator.DONE || boundary <= 0 || boundary > hardEnd) {
            boundary = hardEnd;
        }
        return s.substring(0, boundary);
    }
}

package app.ripple.classroom.roster;

import org.jspecify.annotations.Nullable;

/**
 * One student of an import preview.
 *
 * @param line        1-based physical line of the row start (plain CSV: the row; OneRoster: the user's line in users.csv)
 * @param firstName   stripped, NFC-normalised first name (at most {@value RosterLimits#MAX_NAME_LENGTH} characters)
 * @param lastName    stripped, NFC-normalised last name, possibly empty
 * @param displayName see {@link #displayNameOf(String, String)}
 * @param studentId   optional school student id (plain CSV third column; OneRoster users.identifier)
 * @param sourcedId   OneRoster users.sourcedId; {@code null} for plain CSV
 * @param active      {@code false} when OneRoster marks the enrolment or the user {@code tobedeleted}
 */
public record RosterRow(int line, String firstName, String lastName, String displayName,
        @Nullable String studentId, @Nullable String sourcedId, boolean active) {

    /**
     * First name, a space, the first letter of the last name and a dot ("Zoë K."), stripped and at
     * most {@value RosterLimits#MAX_DISPLAY_NAME_LENGTH} characters (code points): the first name is
     * cut if needed. Just the first name when the last name is empty.
     */
    public static String displayNameOf(String firstName, String lastName) {
        return Names.displayName(firstName, lastName);
    }
}

package app.ripple.classroom.roster;

import org.jspecify.annotations.Nullable;

/**
 * A row of an import file that is read fine but deliberately not imported.
 *
 * @param line        1-based line of the row (OneRoster: the user's line in users.csv)
 * @param displayName the name the student would have had, for the preview
 * @param sourcedId   OneRoster users.sourcedId, so a student already on the roster can leave the class
 * @param reasonKey   translation key of the reason shown in the preview
 */
public record SkippedRow(int line, String displayName, @Nullable String sourcedId, String reasonKey) {

    /** OneRoster {@code enabledUser=false}: the school system has switched the account off. */
    public static final String DISABLED = "roster.import.skipped.disabled";
}

package app.ripple.classroom.roster;

/** Limits that make the importers refuse a file or a row. */
public final class RosterLimits {

    /** A CSV file (plain, or one file of a OneRoster package) may be at most this many bytes: 5 MiB. */
    public static final int MAX_CSV_BYTES = 5 * 1024 * 1024;
    /** A OneRoster zip may be at most this many bytes: 20 MiB. */
    public static final int MAX_ZIP_BYTES = 20 * 1024 * 1024;
    /** A CSV file may have at most this many data rows (not counting header and blank lines). */
    public static final int MAX_ROWS = 10_000;
    /** A zip may have at most this many entries (folders included). */
    public static final int MAX_ZIP_ENTRIES = 100;
    /** All entries of a zip together may unpack to at most this many bytes (zip bomb guard): 100 MiB. */
    public static final long MAX_ZIP_UNCOMPRESSED_BYTES = 100L * 1024 * 1024;
    /** First and last names may have at most this many characters (Unicode code points). */
    public static final int MAX_NAME_LENGTH = 40;
    /** A student id may have at most this many characters. */
    public static final int MAX_STUDENT_ID_LENGTH = 40;
    /** A display name has at most this many characters. */
    public static final int MAX_DISPLAY_NAME_LENGTH = 40;

    static final String MAX_CSV_MEGABYTES = "5";
    static final String MAX_ZIP_MEGABYTES = "20";

    private RosterLimits() {
    }
}

package app.ripple.classroom.roster;

/**
 * Every message key the importers produce; texts are in {@code vaadin-i18n/import.properties}
 * (English) and {@code import_es.properties} (Spanish). The arguments of each key are listed here.
 */
public final class RosterMessages {

    // ---- whole file refused (ImportPreview.fileProblemKey), plain CSV ----
    /** The file is empty. */
    public static final String FILE_EMPTY = "import.file.empty";
    /** {0} = limit in MB. */
    public static final String FILE_TOO_LARGE = "import.file.tooLarge";
    /** {0} = limit of rows. */
    public static final String FILE_TOO_MANY_ROWS = "import.file.tooManyRows";
    /** Binary content (NUL bytes), for example a spreadsheet file instead of CSV. */
    public static final String FILE_BINARY = "import.file.binary";
    /** The bytes are not valid UTF-8 (or the file is UTF-16). */
    public static final String FILE_NOT_UTF8 = "import.file.notUtf8";
    /** {0} = the line of the first byte that is not valid UTF-8. */
    public static final String FILE_NOT_UTF8_AT_LINE = "import.file.notUtf8AtLine";
    /** A zip file was given to the plain CSV importer. */
    public static final String FILE_IS_ZIP = "import.file.isZip";
    /** The file has no student rows (maybe only a header). */
    public static final String FILE_NO_ROWS = "import.file.noRows";
    /** {0} = the header cell that is not a known column. */
    public static final String FILE_UNKNOWN_COLUMN = "import.file.unknownColumn";
    /** {0} = the header cell that appears twice. */
    public static final String FILE_DUPLICATE_COLUMN = "import.file.duplicateColumn";
    /** The header has no first-name column. */
    public static final String FILE_FIRST_NAME_COLUMN_MISSING = "import.file.firstNameColumnMissing";
    /** Unexpected internal failure (should never happen; the input is refused rather than throwing). */
    public static final String FILE_UNREADABLE = "import.file.unreadable";

    // ---- bad rows, plain CSV ----
    public static final String FIRST_NAME_MISSING = "import.problem.firstNameMissing";
    /** {0} = limit of characters. */
    public static final String FIRST_NAME_TOO_LONG = "import.problem.firstNameTooLong";
    /** {0} = limit of characters. */
    public static final String LAST_NAME_TOO_LONG = "import.problem.lastNameTooLong";
    /** {0} = limit of characters. */
    public static final String STUDENT_ID_TOO_LONG = "import.problem.studentIdTooLong";
    public static final String FIRST_NAME_INVALID_CHARACTERS = "import.problem.firstNameInvalidCharacters";
    public static final String LAST_NAME_INVALID_CHARACTERS = "import.problem.lastNameInvalidCharacters";
    public static final String STUDENT_ID_INVALID_CHARACTERS = "import.problem.studentIdInvalidCharacters";
    /** {0} = columns found, {1} = columns allowed. */
    public static final String TOO_MANY_COLUMNS = "import.problem.tooManyColumns";
    /** {0} = the student id, {1} = line where it first appeared. */
    public static final String DUPLICATE_STUDENT_ID = "import.problem.duplicateStudentId";
    /** A quoted field is never closed: the rest of the file could not be read. */
    public static final String UNCLOSED_QUOTE = "import.problem.unclosedQuote";

    // ---- whole package refused (OneRosterPackage / ImportPreview fileProblemKey), OneRoster ----
    public static final String OR_NOT_ZIP = "import.oneroster.notZip";
    public static final String OR_CORRUPT_ZIP = "import.oneroster.corruptZip";
    /** {0} = limit in MB. */
    public static final String OR_ZIP_TOO_LARGE = "import.oneroster.zipTooLarge";
    /** {0} = limit of entries. */
    public static final String OR_ZIP_TOO_MANY_ENTRIES = "import.oneroster.zipTooManyEntries";
    /** Unpacks to too much data (zip bomb guard). {0} = limit in MB. */
    public static final String OR_ZIP_TOO_MUCH_DATA = "import.oneroster.zipTooMuchData";
    /** {0} = entry name (absolute path, drive letter or "..") . */
    public static final String OR_UNSAFE_ENTRY = "import.oneroster.unsafeEntry";
    /** {0} = file name found twice. */
    public static final String OR_DUPLICATE_FILE = "import.oneroster.duplicateFile";
    /** {0} = required file name (users.csv, classes.csv or enrollments.csv). */
    public static final String OR_FILE_MISSING = "import.oneroster.fileMissing";
    /** {0} = file name. */
    public static final String OR_FILE_EMPTY = "import.oneroster.fileEmpty";
    /** {0} = file name, {1} = limit in MB. */
    public static final String OR_FILE_TOO_LARGE = "import.oneroster.fileTooLarge";
    /** {0} = file name, {1} = limit of rows. */
    public static final String OR_FILE_TOO_MANY_ROWS = "import.oneroster.fileTooManyRows";
    /** {0} = file name. */
    public static final String OR_FILE_BINARY = "import.oneroster.fileBinary";
    /** {0} = file name. */
    public static final String OR_FILE_NOT_UTF8 = "import.oneroster.fileNotUtf8";
    /** {0} = file name, {1} = the line of the first byte that is not valid UTF-8. */
    public static final String OR_FILE_NOT_UTF8_AT_LINE = "import.oneroster.fileNotUtf8AtLine";
    /** {0} = file name. */
    public static final String OR_MISSING_HEADER = "import.oneroster.missingHeader";
    /** {0} = file name, {1} = column. */
    public static final String OR_MISSING_COLUMN = "import.oneroster.missingColumn";
    /** classes.csv lists no (active) class. */
    public static final String OR_NO_CLASSES = "import.oneroster.noClasses";
    /** {0} = class sourcedId asked for. */
    public static final String OR_CLASS_NOT_FOUND = "import.oneroster.classNotFound";
    /** {0} = class title. */
    public static final String OR_NO_STUDENTS = "import.oneroster.noStudents";

    // ---- bad rows, OneRoster ({0} is always the file name) ----
    /** {0} = file name. */
    public static final String OR_UNCLOSED_QUOTE = "import.oneroster.problem.unclosedQuote";
    /** {0} = file name. */
    public static final String OR_SOURCED_ID_MISSING = "import.oneroster.problem.sourcedIdMissing";
    /** {0} = file name, {1} = sourcedId, {2} = line where it first appeared. */
    public static final String OR_DUPLICATE_SOURCED_ID = "import.oneroster.problem.duplicateSourcedId";
    /** {0} = file name. */
    public static final String OR_TITLE_MISSING = "import.oneroster.problem.titleMissing";
    /** {0} = file name. */
    public static final String OR_CLASS_ID_MISSING = "import.oneroster.problem.classIdMissing";
    /** {0} = file name. */
    public static final String OR_USER_ID_MISSING = "import.oneroster.problem.userIdMissing";
    /** {0} = file name, {1} = userSourcedId that users.csv does not have. */
    public static final String OR_UNKNOWN_USER = "import.oneroster.problem.unknownUser";
    /** {0} = file name, {1} = userSourcedId, {2} = the user’s role. */
    public static final String OR_NOT_A_STUDENT = "import.oneroster.problem.notAStudent";
    /** {0} = file name. */
    public static final String OR_GIVEN_NAME_MISSING = "import.oneroster.problem.givenNameMissing";
    /** {0} = file name, {1} = column, {2} = limit of characters. */
    public static final String OR_TOO_LONG = "import.oneroster.problem.tooLong";
    /** {0} = file name, {1} = column. */
    public static final String OR_INVALID_CHARACTERS = "import.oneroster.problem.invalidCharacters";
    /** {0} = file name, {1} = identifier, {2} = line where it first appeared. */
    public static final String OR_DUPLICATE_IDENTIFIER = "import.oneroster.problem.duplicateIdentifier";

    private RosterMessages() {
    }
}

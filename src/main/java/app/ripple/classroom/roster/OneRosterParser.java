package app.ripple.classroom.roster;

import static app.ripple.classroom.roster.OneRosterPackage.CLASSES;
import static app.ripple.classroom.roster.OneRosterPackage.ENROLLMENTS;
import static app.ripple.classroom.roster.OneRosterPackage.USERS;
import static app.ripple.classroom.roster.RosterMessages.*;

import app.ripple.base.CsvInput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a OneRoster 1.1 CSV package (users.csv, classes.csv, enrollments.csv; other files such as
 * orgs.csv or academicSessions.csv are allowed and ignored).
 *
 * <ul>
 * <li>Header names as in the 1.1 spec, in any order; extra columns ignored; names matched exactly
 * first, then ignoring case. Only the columns Ripple needs must be present: users
 * {@code sourcedId, role, givenName, familyName}; classes {@code sourcedId, title}; enrollments
 * {@code classSourcedId, userSourcedId, role}. {@code status}, {@code identifier} and
 * {@code classCode} are read when present. E-mail, phone, sms, username, password, grades and
 * every other column are never read into memory beyond the raw upload.</li>
 * <li>A zip may hold the files at its root or inside folders; {@code __MACOSX/} and {@code ._*}
 * entries are ignored. Absolute paths, drive letters or {@code ..} in entry names refuse the zip.</li>
 * <li>Classes with status {@code tobedeleted} are not offered.</li>
 * <li>Users with {@code enabledUser=false} are skipped (listed as skipped in the preview); one already
 * on the roster leaves the class, as with {@code tobedeleted}.</li>
 * </ul>
 */
public final class OneRosterParser {

    private static final List<String> REQUIRED = List.of(USERS, CLASSES, ENROLLMENTS);

    private OneRosterParser() {
    }

    /** Never throws. */
    public static OneRosterPackage parseZip(byte[] zip) {
        try {
            return parseZipUnguarded(zip);
        } catch (RuntimeException | StackOverflowError e) {
            return OneRosterPackage.refused(OR_CORRUPT_ZIP);
        }
    }

    /** Never throws. Keys are file names ("users.csv"); a folder in front and letter case are ignored. */
    public static OneRosterPackage parseFiles(Map<String, byte[]> filesByName) {
        try {
            return parseFilesUnguarded(filesByName);
        } catch (RuntimeException | StackOverflowError e) {
            return OneRosterPackage.refused(FILE_UNREADABLE);
        }
    }

    static OneRosterPackage parseZipUnguarded(byte[] zip) {
        if (zip.length == 0) {
            return OneRosterPackage.refused(FILE_EMPTY);
        }
        if (zip.length > RosterLimits.MAX_ZIP_BYTES) {
            return OneRosterPackage.refused(OR_ZIP_TOO_LARGE, RosterLimits.MAX_ZIP_MEGABYTES);
        }
        boolean localHeader = zip.length >= 4 && zip[0] == 'P' && zip[1] == 'K' && zip[2] == 3 && zip[3] == 4;
        boolean emptyZip = zip.length >= 4 && zip[0] == 'P' && zip[1] == 'K' && zip[2] == 5 && zip[3] == 6;
        if (!localHeader && !emptyZip) {
            return OneRosterPackage.refused(OR_NOT_ZIP);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            int entries = 0;
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > RosterLimits.MAX_ZIP_ENTRIES) {
                    return OneRosterPackage.refused(OR_ZIP_TOO_MANY_ENTRIES, String.valueOf(RosterLimits.MAX_ZIP_ENTRIES));
                }
                String name = entry.getName().replace('\\', '/');
                if (isUnsafe(name)) {
                    return OneRosterPackage.refused(OR_UNSAFE_ENTRY, Names.cut(name, 80));
                }
                String base = baseName(name);
                boolean ignored = entry.isDirectory() || name.startsWith("__MACOSX/") || base.startsWith("._");
                String wanted = ignored ? null : wantedFile(base);
                ByteArrayOutputStream out = wanted == null ? null : new ByteArrayOutputStream();
                long entryBytes = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    entryBytes += n;
                    if (total > RosterLimits.MAX_ZIP_UNCOMPRESSED_BYTES) {
                        return OneRosterPackage.refused(OR_ZIP_TOO_MUCH_DATA,
                                String.valueOf(RosterLimits.MAX_ZIP_UNCOMPRESSED_BYTES / (1024 * 1024)));
                    }
                    if (out != null) {
                        if (entryBytes > RosterLimits.MAX_CSV_BYTES) {
                            return OneRosterPackage.refused(OR_FILE_TOO_LARGE, wanted, RosterLimits.MAX_CSV_MEGABYTES);
                        }
                        out.write(buffer, 0, n);
                    }
                }
                if (wanted != null && out != null) {
                    if (files.putIfAbsent(wanted, out.toByteArray()) != null) {
                        return OneRosterPackage.refused(OR_DUPLICATE_FILE, wanted);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return OneRosterPackage.refused(OR_CORRUPT_ZIP);
        }
        return parseFilesUnguarded(files);
    }

    private static boolean isUnsafe(String name) {
        if (name.startsWith("/") || name.indexOf(':') >= 0 || name.indexOf('\0') >= 0) {
            return true;
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static String baseName(String name) {
        String n = name.replace('\\', '/');
        while (n.endsWith("/")) {
            n = n.substring(0, n.length() - 1);
        }
        return n.substring(n.lastIndexOf('/') + 1);
    }

    private static @Nullable String wantedFile(String baseName) {
        String lower = baseName.strip().toLowerCase(Locale.ROOT);
        return REQUIRED.contains(lower) ? lower : null;
    }

    static OneRosterPackage parseFilesUnguarded(Map<String, byte[]> filesByName) {
        Map<String, byte[]> files = new HashMap<>();
        for (Map.Entry<String, byte[]> e : filesByName.entrySet()) {
            String wanted = wantedFile(baseName(e.getKey()));
            if (wanted != null && e.getValue() != null && files.putIfAbsent(wanted, e.getValue()) != null) {
                return OneRosterPackage.refused(OR_DUPLICATE_FILE, wanted);
            }
        }
        for (String required : REQUIRED) {
            if (!files.containsKey(required)) {
                return OneRosterPackage.refused(OR_FILE_MISSING, required);
            }
        }
        Map<String, Table> tables = new HashMap<>();
        for (String name : REQUIRED) {
            Object read = readTable(name, files.get(name));
            if (read instanceof OneRosterPackage refused) {
                return refused;
            }
            tables.put(name, (Table) read);
        }
        return build(tables.get(USERS), tables.get(CLASSES), tables.get(ENROLLMENTS));
    }

    /** The rows of one file and where its columns are (-1 when an optional column is absent). */
    private record Table(String file, List<CsvInput.Row> rows, Map<String, Integer> columns) {

        String get(CsvInput.Row row, String column) {
            return Names.clean(row.field(columns.getOrDefault(column, -1)));
        }
    }

    private static final Map<String, List<String>> REQUIRED_COLUMNS = Map.of(
            USERS, List.of("sourcedId", "role", "givenName", "familyName"),
            CLASSES, List.of("sourcedId", "title"),
            ENROLLMENTS, List.of("classSourcedId", "userSourcedId", "role"));
    private static final Map<String, List<String>> OPTIONAL_COLUMNS = Map.of(
            USERS, List.of("status", "identifier", "enabledUser"),
            CLASSES, List.of("status", "classCode"),
            ENROLLMENTS, List.of("status", "sourcedId"));

    /** A {@link Table}, or a refused {@link OneRosterPackage}. */
    private static Object readTable(String file, byte[] content) {
        TextDecoder.Result decoded = TextDecoder.decode(content);
        String text = decoded.text();
        if (decoded.problem() != null || text == null) {
            return switch (decoded.problem()) {
                case EMPTY -> OneRosterPackage.refused(OR_FILE_EMPTY, file);
                case TOO_LARGE -> OneRosterPackage.refused(OR_FILE_TOO_LARGE, file, RosterLimits.MAX_CSV_MEGABYTES);
                case BINARY, ZIP -> OneRosterPackage.refused(OR_FILE_BINARY, file);
                case NOT_UTF8 -> decoded.line() > 0
                        ? OneRosterPackage.refused(OR_FILE_NOT_UTF8_AT_LINE, file, String.valueOf(decoded.line()))
                        : OneRosterPackage.refused(OR_FILE_NOT_UTF8, file);
                case null -> OneRosterPackage.refused(FILE_UNREADABLE);
            };
        }
        CsvInput.Result read = RosterCsv.read(text);
        if (read.tooManyRows()) {
            return OneRosterPackage.refused(OR_FILE_TOO_MANY_ROWS, file, String.valueOf(RosterLimits.MAX_ROWS));
        }
        if (read.rows().isEmpty()) {
            return OneRosterPackage.refused(OR_FILE_EMPTY, file);
        }
        List<String> header = read.rows().getFirst().fields();
        Map<String, Integer> columns = new HashMap<>();
        List<String> required = REQUIRED_COLUMNS.get(file);
        String firstMissing = null;
        for (String column : required) {
            int index = columnIndex(header, column);
            if (index < 0 && firstMissing == null) {
                firstMissing = column;
            }
            columns.put(column, index);
        }
        if (firstMissing != null) {
            boolean anyKnown = columns.values().stream().anyMatch(i -> i >= 0) || columnIndex(header, "sourcedId") >= 0;
            return anyKnown ? OneRosterPackage.refused(OR_MISSING_COLUMN, file, firstMissing)
                    : OneRosterPackage.refused(OR_MISSING_HEADER, file);
        }
        for (String column : OPTIONAL_COLUMNS.get(file)) {
            columns.put(column, columnIndex(header, column));
        }
        return new Table(file, read.rows().subList(1, read.rows().size()), columns);
    }

    private static int columnIndex(List<String> header, String column) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equals(column)) {
                return i;
            }
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean toBeDeleted(String status) {
        return status.equalsIgnoreCase("tobedeleted");
    }

    private static OneRosterPackage build(Table userTable, Table classTable, Table enrolmentTable) {
        List<RowProblem> problems = new ArrayList<>();
        List<RowProblem> everyClass = new ArrayList<>();
        Map<String, List<RowProblem>> byClass = new HashMap<>();
        Map<String, List<RowProblem>> byUser = new HashMap<>();

        Map<String, OneRosterPackage.User> users = new HashMap<>();
        for (CsvInput.Row row : userTable.rows()) {
            if (unclosed(row, USERS, problems, everyClass)) {
                continue;
            }
            String id = userTable.get(row, "sourcedId");
            if (id.isEmpty()) {
                problems.add(RowProblem.of(row.line(), OR_SOURCED_ID_MISSING, USERS));
                continue;
            }
            OneRosterPackage.User user = new OneRosterPackage.User(row.line(), id, userTable.get(row, "givenName"),
                    userTable.get(row, "familyName"), userTable.get(row, "identifier"), userTable.get(row, "role"),
                    toBeDeleted(userTable.get(row, "status")), userTable.get(row, "enabledUser").equalsIgnoreCase("false"));
            OneRosterPackage.User earlier = users.putIfAbsent(id, user);
            if (earlier != null) {
                RowProblem p = RowProblem.of(row.line(), OR_DUPLICATE_SOURCED_ID, USERS, Names.cut(id, 60),
                        String.valueOf(earlier.line()));
                problems.add(p);
                byUser.computeIfAbsent(id, k -> new ArrayList<>()).add(p);
            }
        }

        List<OneRosterClass> classes = new ArrayList<>();
        Map<String, Integer> classLines = new HashMap<>();
        for (CsvInput.Row row : classTable.rows()) {
            if (unclosed(row, CLASSES, problems, everyClass)) {
                continue;
            }
            String id = classTable.get(row, "sourcedId");
            String title = classTable.get(row, "title");
            if (id.isEmpty()) {
                problems.add(RowProblem.of(row.line(), OR_SOURCED_ID_MISSING, CLASSES));
                continue;
            }
            Integer earlier = classLines.putIfAbsent(id, row.line());
            if (earlier != null) {
                RowProblem p = RowProblem.of(row.line(), OR_DUPLICATE_SOURCED_ID, CLASSES, Names.cut(id, 60),
                        String.valueOf(earlier));
                problems.add(p);
                byClass.computeIfAbsent(id, k -> new ArrayList<>()).add(p);
                continue;
            }
            if (title.isEmpty()) {
                problems.add(RowProblem.of(row.line(), OR_TITLE_MISSING, CLASSES));
                continue;
            }
            if (!toBeDeleted(classTable.get(row, "status"))) {
                String code = classTable.get(row, "classCode");
                classes.add(new OneRosterClass(id, title, code.isEmpty() ? null : code));
            }
        }

        Map<String, List<OneRosterPackage.Enrolment>> enrolments = new HashMap<>();
        for (CsvInput.Row row : enrolmentTable.rows()) {
            if (unclosed(row, ENROLLMENTS, problems, everyClass)) {
                continue;
            }
            if (!enrolmentTable.get(row, "role").equalsIgnoreCase("student")) {
                continue;
            }
            String classId = enrolmentTable.get(row, "classSourcedId");
            String userId = enrolmentTable.get(row, "userSourcedId");
            if (classId.isEmpty()) {
                RowProblem p = RowProblem.of(row.line(), OR_CLASS_ID_MISSING, ENROLLMENTS);
                problems.add(p);
                everyClass.add(p);
                continue;
            }
            if (userId.isEmpty()) {
                RowProblem p = RowProblem.of(row.line(), OR_USER_ID_MISSING, ENROLLMENTS);
                problems.add(p);
                byClass.computeIfAbsent(classId, k -> new ArrayList<>()).add(p);
                continue;
            }
            enrolments.computeIfAbsent(classId, k -> new ArrayList<>())
                    .add(new OneRosterPackage.Enrolment(row.line(), userId, toBeDeleted(enrolmentTable.get(row, "status"))));
        }
        if (classes.isEmpty()) {
            return OneRosterPackage.refused(OR_NO_CLASSES);
        }
        return new OneRosterPackage(classes, problems, users, enrolments, everyClass, byClass, byUser);
    }

    private static boolean unclosed(CsvInput.Row row, String file, List<RowProblem> problems, List<RowProblem> everyClass) {
        if (!row.unclosedQuote()) {
            return false;
        }
        RowProblem p = RowProblem.of(row.line(), OR_UNCLOSED_QUOTE, file);
        problems.add(p);
        everyClass.add(p);
        return true;
    }
}

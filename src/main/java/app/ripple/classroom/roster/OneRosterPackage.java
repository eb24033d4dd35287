package app.ripple.classroom.roster;

import static app.ripple.classroom.roster.RosterMessages.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A read OneRoster 1.1 CSV package: the classes to choose from, or why the package was refused,
 * plus row problems that belong to no single class (for example a users.csv row without
 * sourcedId). {@link #previewFor(String)} gives the students of one class.
 *
 * <p>Not a record (unlike the other result types) because it also holds the parsed users and
 * enrolments needed by {@link #previewFor(String)}; the accessors have record-style names. Only
 * sourcedId, status, role, givenName, familyName and identifier of users are kept.
 */
public final class OneRosterPackage {

    static final String USERS = "users.csv";
    static final String CLASSES = "classes.csv";
    static final String ENROLLMENTS = "enrollments.csv";

    record User(int line, String sourcedId, String givenName, String familyName, String identifier, String role,
            boolean toBeDeleted, boolean disabled) {
        @Override
        public String toString() {
            return "User[line=" + line + "]"; // no personal data in logs
        }
    }

    record Enrolment(int line, String userSourcedId, boolean toBeDeleted) {
    }

    private final List<OneRosterClass> classes;
    private final @Nullable String fileProblemKey;
    private final List<String> fileProblemArgs;
    private final List<RowProblem> problems;
    private final Map<String, OneRosterClass> classById;
    private final Map<String, User> users;
    private final Map<String, List<Enrolment>> studentEnrolmentsByClass;
    /** Problems that may hide students of any class (a never-closed quote, an enrolment without class). */
    private final List<RowProblem> everyClassProblems;
    private final Map<String, List<RowProblem>> problemsByClass;
    private final Map<String, List<RowProblem>> problemsByUser;

    OneRosterPackage(List<OneRosterClass> classes, List<RowProblem> problems, Map<String, User> users,
            Map<String, List<Enrolment>> studentEnrolmentsByClass, List<RowProblem> everyClassProblems,
            Map<String, List<RowProblem>> problemsByClass, Map<String, List<RowProblem>> problemsByUser) {
        this.classes = List.copyOf(classes);
        this.fileProblemKey = null;
        this.fileProblemArgs = List.of();
        this.problems = sorted(problems);
        this.classById = new LinkedHashMap<>();
        classes.forEach(c -> classById.putIfAbsent(c.sourcedId(), c));
        this.users = users;
        this.studentEnrolmentsByClass = studentEnrolmentsByClass;
        this.everyClassProblems = List.copyOf(everyClassProblems);
        this.problemsByClass = problemsByClass;
        this.problemsByUser = problemsByUser;
    }

    private OneRosterPackage(String fileProblemKey, List<String> fileProblemArgs) {
        this.classes = List.of();
        this.fileProblemKey = fileProblemKey;
        this.fileProblemArgs = List.copyOf(fileProblemArgs);
        this.problems = List.of();
        this.classById = Map.of();
        this.users = Map.of();
        this.studentEnrolmentsByClass = Map.of();
        this.everyClassProblems = List.of();
        this.problemsByClass = Map.of();
        this.problemsByUser = Map.of();
    }

    static OneRosterPackage refused(String fileProblemKey, String... args) {
        return new OneRosterPackage(fileProblemKey, List.of(args));
    }

    /** The classes of classes.csv that are not {@code tobedeleted}, in file order. */
    public List<OneRosterClass> classes() {
        return classes;
    }

    /** Why the whole package was refused, or {@code null}. */
    public @Nullable String fileProblemKey() {
        return fileProblemKey;
    }

    /** Arguments of {@link #fileProblemKey()} (usually the file name first). */
    public List<String> fileProblemArgs() {
        return fileProblemArgs;
    }

    /** Row problems found while reading the files, sorted by file and line. */
    public List<RowProblem> problems() {
        return problems;
    }

    /**
     * The students (enrolments with role {@code student}) of one class. Rows carry the users.csv
     * line; problems name their file in the first argument. Problems that may concern any class
     * (an unclosed quote, an enrolment without classSourcedId) are included, so such a package is
     * never imported with students silently missing.
     */
    public ImportPreview previewFor(String classSourcedId) {
        try {
            return previewUnguarded(classSourcedId);
        } catch (RuntimeException | StackOverflowError e) {
            return ImportPreview.refused(FILE_UNREADABLE);
        }
    }

    ImportPreview previewUnguarded(String classSourcedId) {
        if (fileProblemKey != null) {
            return new ImportPreview(List.of(), List.of(), fileProblemKey, fileProblemArgs);
        }
        OneRosterClass chosen = classById.get(classSourcedId);
        if (chosen == null) {
            return ImportPreview.refused(OR_CLASS_NOT_FOUND, classSourcedId);
        }
        List<RowProblem> found = new ArrayList<>(everyClassProblems);
        found.addAll(problemsByClass.getOrDefault(classSourcedId, List.of()));
        List<Enrolment> enrolments = studentEnrolmentsByClass.getOrDefault(classSourcedId, List.of());
        if (enrolments.isEmpty() && found.isEmpty()) {
            return ImportPreview.refused(OR_NO_STUDENTS, chosen.title());
        }
        // one row per user; a user enrolled twice is active when any enrolment is
        Map<String, Boolean> activeByUser = new LinkedHashMap<>();
        for (Enrolment e : enrolments) {
            User user = users.get(e.userSourcedId());
            if (user == null) {
                found.add(RowProblem.of(e.line(), OR_UNKNOWN_USER, ENROLLMENTS, e.userSourcedId()));
                continue;
            }
            boolean active = !e.toBeDeleted() && !user.toBeDeleted();
            activeByUser.merge(user.sourcedId(), active, Boolean::logicalOr);
        }
        List<RosterRow> rows = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>();
        Map<String, Integer> firstLineOfIdentifier = new HashMap<>();
        for (Map.Entry<String, Boolean> entry : activeByUser.entrySet()) {
            User user = users.get(entry.getKey());
            if (user == null) {
                continue;
            }
            boolean active = entry.getValue();
            if (user.disabled()) {
                // The school system switched the account off: never a student here, whatever its enrolment says.
                skipped.add(new SkippedRow(user.line(), Names.displayName(user.givenName(), user.familyName()), user.sourcedId(),
                        SkippedRow.DISABLED));
                continue;
            }
            int before = found.size();
            found.addAll(problemsByUser.getOrDefault(user.sourcedId(), List.of()));
            int line = user.line();
            if (!user.role().isEmpty() && !user.role().equalsIgnoreCase("student")) {
                found.add(RowProblem.of(line, OR_NOT_A_STUDENT, USERS, user.sourcedId(), Names.cut(user.role(), 40)));
            }
            if (active && user.givenName().isEmpty()) {
                found.add(RowProblem.of(line, OR_GIVEN_NAME_MISSING, USERS));
            }
            check(user.givenName(), "givenName", RosterLimits.MAX_NAME_LENGTH, line, found);
            check(user.familyName(), "familyName", RosterLimits.MAX_NAME_LENGTH, line, found);
            check(user.identifier(), "identifier", RosterLimits.MAX_STUDENT_ID_LENGTH, line, found);
            if (!user.identifier().isEmpty()) {
                Integer seen = firstLineOfIdentifier.putIfAbsent(user.identifier(), line);
                if (seen != null) {
                    found.add(RowProblem.of(line, OR_DUPLICATE_IDENTIFIER, USERS, user.identifier(), String.valueOf(seen)));
                }
            }
            if (found.size() == before) {
                rows.add(new RosterRow(line, user.givenName(), user.familyName(),
                        Names.displayName(user.givenName(), user.familyName()),
                        user.identifier().isEmpty() ? null : user.identifier(), user.sourcedId(), active));
            }
        }
        return new ImportPreview(rows, sorted(found), null, List.of(), skipped);
    }

    private static void check(String value, String column, int max, int line, List<RowProblem> found) {
        if (Names.length(value) > max) {
            found.add(RowProblem.of(line, OR_TOO_LONG, USERS, column, String.valueOf(max)));
        }
        if (Names.hasForbiddenCharacters(value)) {
            found.add(RowProblem.of(line, OR_INVALID_CHARACTERS, USERS, column));
        }
    }

    private static List<RowProblem> sorted(List<RowProblem> problems) {
        List<RowProblem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparing((RowProblem p) -> p.args().isEmpty() ? "" : p.args().getFirst())
                .thenComparingInt(RowProblem::line));
        return List.copyOf(copy);
    }

    @Override
    public String toString() {
        return "OneRosterPackage[classes=" + classes.size() + ", fileProblemKey=" + fileProblemKey
                + ", fileProblemArgs=" + fileProblemArgs + ", problems=" + problems.size() + "]";
    }
}

package app.ripple.classroom.roster;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import would do. {@code rows} holds only the rows without problems; {@code problems}
 * lists every bad row (in file order). When the whole file is refused, {@code fileProblemKey} says
 * why (with {@code fileProblemArgs} for its {0}, {1}, ...) and {@code rows} and {@code problems}
 * are empty. {@code skipped} lists rows that are read fine but deliberately not imported (with the
 * reason), for example OneRoster users with {@code enabledUser=false}.
 */
public record ImportPreview(List<RosterRow> rows, List<RowProblem> problems, @Nullable String fileProblemKey,
        List<String> fileProblemArgs, List<SkippedRow> skipped) {

    public ImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        fileProblemArgs = List.copyOf(fileProblemArgs);
        skipped = List.copyOf(skipped);
    }

    public ImportPreview(List<RosterRow> rows, List<RowProblem> problems, @Nullable String fileProblemKey,
            List<String> fileProblemArgs) {
        this(rows, problems, fileProblemKey, fileProblemArgs, List.of());
    }

    /** Students who join or stay (the leaving ones are not counted). */
    public long joiningOrStaying() {
        return rows.stream().filter(RosterRow::active).count();
    }

    /** Students whose enrolment the file ends. */
    public long leaving() {
        return rows.stream().filter(r -> !r.active()).count();
    }

    public ImportPreview(List<RosterRow> rows, List<RowProblem> problems, @Nullable String fileProblemKey) {
        this(rows, problems, fileProblemKey, List.of());
    }

    static ImportPreview refused(String fileProblemKey, String... args) {
        return new ImportPreview(List.of(), List.of(), fileProblemKey, List.of(args));
    }

    /** True when the file was readable, no row has a problem and there is at least one student. */
    public boolean canImport() {
        return fileProblemKey == null && problems.isEmpty() && !rows.isEmpty();
    }
}

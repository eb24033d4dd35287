package app.ripple.lesson.attitude;

import java.util.List;

/** Either the imported instrument or every problem found (never both, never an exception). */
public sealed interface ImportResult permits ImportResult.Imported, ImportResult.Refused {

    record Imported(Instrument instrument) implements ImportResult {
    }

    record Refused(List<ImportProblem> problems) implements ImportResult {
        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one problem");
            }
        }
    }
}

package app.ripple.lesson.attitude;

import java.util.List;

/**
 * Why an instrument file was refused. {@code line} is the 1-based physical line (0 when the
 * problem concerns the whole file); {@code field} names the place, for example {@code scale.max},
 * {@code items[3].text} (JSON, items counted from 1) or {@code item} (CSV); {@code messageKey} is
 * one of the {@code attitude.import.*} keys of {@link InstrumentImporter}, {@code args} fill its
 * {0}, {1}, ...
 */
public record ImportProblem(int line, String field, String messageKey, List<String> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    static ImportProblem of(int line, String field, String messageKey, Object... args) {
        return new ImportProblem(line, field, messageKey,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}

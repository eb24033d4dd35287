package app.ripple.classroom.roster;

import java.util.List;

/**
 * A bad row. {@code line} is the 1-based physical line where the row starts (the header is line 1).
 * {@code messageKey} is one of {@link RosterMessages}; {@code args} fill its {0}, {1}, ... For
 * OneRoster problems the first argument is always the file name (for example {@code users.csv}).
 */
public record RowProblem(int line, String messageKey, List<String> args) {

    public RowProblem {
        args = List.copyOf(args);
    }

    static RowProblem of(int line, String messageKey, String... args) {
        return new RowProblem(line, messageKey, List.of(args));
    }
}

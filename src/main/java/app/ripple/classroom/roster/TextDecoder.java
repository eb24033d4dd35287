package app.ripple.classroom.roster;

import app.ripple.base.Utf8;
import org.jspecify.annotations.Nullable;

/** Turns uploaded bytes into text, or says why it cannot. */
final class TextDecoder {

    enum Problem { EMPTY, TOO_LARGE, BINARY, NOT_UTF8, ZIP }

    /** {@code line}: for NOT_UTF8, the 1-based line of the first broken byte (0 for a UTF-16 file). */
    record Result(@Nullable String text, @Nullable Problem problem, int line) {

        Result(@Nullable String text, @Nullable Problem problem) {
            this(text, problem, 0);
        }
    }

    private TextDecoder() {
    }

    static Result decode(byte[] content) {
        if (content.length == 0) {
            return new Result(null, Problem.EMPTY);
        }
        if (content.length > RosterLimits.MAX_CSV_BYTES) {
            return new Result(null, Problem.TOO_LARGE);
        }
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return new Result(null, Problem.ZIP);
        }
        if (content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
            return new Result(null, Problem.NOT_UTF8); // UTF-16 ("Unicode text" from a spreadsheet)
        }
        for (byte b : content) {
            if (b == 0) {
                return new Result(null, Problem.BINARY);
            }
        }
        Utf8.Decoded decoded = Utf8.decode(content);
        String text = decoded.text();
        if (text == null) {
            return new Result(null, Problem.NOT_UTF8, decoded.badLine());
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new Result(null, Problem.EMPTY);
        }
        return new Result(text, null);
    }
}

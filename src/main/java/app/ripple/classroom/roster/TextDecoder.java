package app.ripple.classroom.roster;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Turns uploaded bytes into text, or says why it cannot. */
final class TextDecoder {

    enum Problem { EMPTY, TOO_LARGE, BINARY, NOT_UTF8, ZIP }

    record Result(@Nullable String text, @Nullable Problem problem) {
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
        String text;
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            return new Result(null, Problem.NOT_UTF8);
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

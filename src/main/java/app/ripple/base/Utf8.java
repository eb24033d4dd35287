package app.ripple.base;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Strict UTF-8 for uploaded files: either the whole text, or the line of the first byte that is
 * not valid UTF-8 (broken or overlong sequences, lone continuation bytes, encoded surrogates), so an
 * importer can say where the problem is instead of turning it into U+FFFD.
 */
public final class Utf8 {

    /** {@code text} when every byte is valid UTF-8; otherwise null and {@code badLine} (1-based) says where. */
    public record Decoded(@Nullable String text, int badLine) {
    }

    private Utf8() {
    }

    public static Decoded decode(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        // UTF-8 never has more characters than bytes.
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Decoded(null, lineAt(content, in.position()));
        }
        result = decoder.flush(out);
        if (result.isError()) {
            return new Decoded(null, lineAt(content, content.length));
        }
        return new Decoded(out.flip().toString(), 0);
    }

    /** The 1-based line of the first {@code b} in {@code content}, or 0 when there is none. */
    public static int lineOfFirst(byte[] content, byte b) {
        for (int i = 0; i < content.length; i++) {
            if (content[i] == b) {
                return lineAt(content, i);
            }
        }
        return 0;
    }

    /** The 1-based line that the byte at {@code offset} is on (lines end with LF; CR LF works too). */
    public static int lineAt(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}

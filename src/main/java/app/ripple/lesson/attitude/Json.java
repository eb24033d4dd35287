package app.ripple.lesson.attitude;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small, strict JSON reader (RFC 8259) for instrument files. Every value remembers the line it
 * starts on; nesting is limited to {@link #MAX_DEPTH}; a duplicate key is an error. It never throws
 * on bad input: {@link #parse} returns either a value or an error with its line.
 */
final class Json {

    static final int MAX_DEPTH = 16;

    sealed interface Value permits Obj, Arr, Str, Num, Bool, Null {
        int line();
    }

    /** Members in file order, each with the line of its key. */
    record Obj(int line, Map<String, Value> members) implements Value {
    }

    record Arr(int line, List<Value> elements) implements Value {
    }

    record Str(int line, String value) implements Value {
    }

    /** The number as written; {@link #intValue} says whether it is a whole number that fits an int. */
    record Num(int line, String text) implements Value {
        @Nullable Integer intValue() {
            if (!text.matches("-?(0|[1-9][0-9]{0,8})")) {
                return null;
            }
            return Integer.parseInt(text);
        }
    }

    record Bool(int line, boolean value) implements Value {
    }

    record Null(int line) implements Value {
    }

    /** {@code error} is a message key of {@link InstrumentImporter}; {@code arg} fills its {0}. */
    record Result(@Nullable Value value, int errorLine, @Nullable String error, String arg) {
    }

    private static final class Failure extends Exception {
        final int line;
        final String key;
        final String arg;

        Failure(int line, String key, String arg) {
            super(key, null, false, false);
            this.line = line;
            this.key = key;
            this.arg = arg;
        }
    }

    private final String s;
    private int i;
    private int line = 1;

    private Json(String s) {
        this.s = s;
    }

    static Result parse(String text) {
        Json p = new Json(text);
        try {
            p.skipWhitespace();
            Value v = p.value(0);
            p.skipWhitespace();
            if (p.i < p.s.length()) {
                throw new Failure(p.line, InstrumentImporter.JSON_SYNTAX, "");
            }
            return new Result(v, 0, null, "");
        } catch (Failure f) {
            return new Result(null, f.line, f.key, f.arg);
        }
    }

    private Value value(int depth) throws Failure {
        if (depth > MAX_DEPTH) {
            throw new Failure(line, InstrumentImporter.JSON_TOO_DEEP, "");
        }
        if (i >= s.length()) {
            throw new Failure(line, InstrumentImporter.JSON_SYNTAX, "");
        }
        char c = s.charAt(i);
        int start = line;
        switch (c) {
            case '{' -> {
                i++;
                Map<String, Value> members = new LinkedHashMap<>();
                skipWhitespace();
                if (peek('}')) {
                    i++;
                    return new Obj(start, members);
                }
                while (true) {
                    skipWhitespace();
                    int keyLine = line;
                    if (!peek('"')) {
                        throw new Failure(line, InstrumentImporter.JSON_SYNTAX, "");
                    }
                    String key = string();
                    skipWhitespace();
                    expect(':');
                    skipWhitespace();
                    Value v = value(depth + 1);
                    if (members.containsKey(key)) {
                        throw new Failure(keyLine, InstrumentImporter.JSON_DUPLICATE_FIELD, key);
                    }
                    members.put(key, v);
                    skipWhitespace();
                    if (peek(',')) {
                        i++;
                    } else {
                        expect('}');
                        return new Obj(start, members);
                    }
                }
            }
            case '[' -> {
                i++;
                List<Value> elements = new ArrayList<>();
                skipWhitespace();
                if (peek(']')) {
                    i++;
                    return new Arr(start, elements);
                }
                while (true) {
                    skipWhitespace();
                    elements.add(value(depth + 1));
                    skipWhitespace();
                    if (peek(',')) {
                        i++;
                    } else {
                        expect(']');
                        return new Arr(start, elements);
                    }
                }
            }
            case '"' -> {
                return new Str(start, string());
            }
            case 't' -> {
                literal("true");
                return new Bool(start, true);
            }
            case 'f' -> {
                literal("false");
                return new Bool(start, false);
            }
            case 'n' -> {
                literal("null");
                return new Null(start);
            }
            default -> {
                return number();
            }
        }
    }

    private Num number() throws Failure {
        int start = i;
        if (peek('-')) {
            i++;
        }
        if (peek('0')) {
            i++;
        } else if (i < s.length() && s.charAt(i) >= '1' && s.charAt(i) <= '9') {
            digits();
        } else {
            throw new Failure(line, InstrumentImporter.JSON_SYNTAX, "");
        }
        if (peek('.')) {
            i++;
            if (digits() == 0) {
                throw new Failure(line, InstrumentImporter.JSON_SYNTAX, "");
            }
        }
        if (peek('e') || peek('E')) {
            i++;
            if (peek('+') || peek('-')) {
                i++;
            }
            if (digits() == 0) {
                throw new Failure(line, InstrumentImporter.JSON_SYNTAX, "");
            }
        }
        return new Num(line, s.substring(start, i));
    }

    private int digits() {
        int start = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - start;
    }

    private String string() throws Failure {
        int startLine = line;
        i++; // opening quote
        StringBuilder b = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                return b.toString();
            }
            if (c < 0x20) {
                throw new Failure(line, InstrumentImporter.JSON_SYNTAX, ""); // raw control character or line break
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (i >= s.length()) {
                break;
            }
            char e = s.charAt(i++);
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (i + 4 > s.length()) {
                        throw new Failure(line, InstrumentImporter.JSON_SYNTAX, "");
                    }
                    int code = 0;
                    for (int k = 0; k < 4; k++) {
                        int d = Character.digit(s.charAt(i + k), 16);
                        if (d < 0) {
                            throw new Failure(line, InstrumentImporter.JSON_SYNTAX, "");
                        }
                        code = code * 16 + d;
                    }
                    i += 4;
                    b.append((char) code);
                }
                default -> throw new Failure(line, InstrumentImporter.JSON_SYNTAX, "");
            }
        }
        throw new Failure(startLine, InstrumentImporter.JSON_SYNTAX, "");
    }

    private void literal(String word) throws Failure {
        if (!s.startsWith(word, i)) {
            throw new Failure(line, InstrumentImporter.JSON_SYNTAX, "");
        }
        i += word.length();
    }

    private boolean peek(char c) {
        return i < s.length() && s.charAt(i) == c;
    }

    private void expect(char c) throws Failure {
        if (!peek(c)) {
            throw new Failure(line, InstrumentImporter.JSON_SYNTAX, "");
        }
        i++;
    }

    private void skipWhitespace() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '\r') {
                if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                    line++;
                }
            } else if (c != ' ' && c != '\t') {
                return;
            }
            i++;
        }
    }
}

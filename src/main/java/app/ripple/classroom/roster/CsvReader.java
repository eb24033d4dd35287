package app.ripple.classroom.roster;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: fields separated by comma or semicolon, optionally quoted with
 * {@code "}, doubled quotes inside quotes, separators and line breaks inside quotes; CRLF, LF or
 * CR line ends. Every record remembers the physical line it starts on. Lenient where RFC 4180 is
 * strict: spaces before an opening quote are skipped, text after a closing quote is kept, a quote
 * inside an unquoted field is a plain character. Blank records (every field blank) are dropped.
 */
final class CsvReader {

    record Row(int line, List<String> fields, boolean unclosedQuote) {

        String field(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index) : "";
        }
    }

    /** {@code tooManyRows}: reading stopped because there were more than the allowed rows. */
    record Result(List<Row> rows, boolean tooManyRows) {
    }

    private CsvReader() {
    }

    /** Semicolon when the first line that has any separator (outside quotes) has more semicolons than commas. */
    static char detectSeparator(String s) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas + semicolons > 0) {
                    break;
                }
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Reads at most {@code maxRows} non-blank records (the header counts as one). */
    static Result read(String s, char separator, int maxRows) {
        List<Row> rows = new ArrayList<>();
        int n = s.length();
        int i = 0;
        int line = 1;
        StringBuilder field = new StringBuilder();
        while (i < n) {
            int startLine = line;
            List<String> fields = new ArrayList<>(4);
            boolean unclosed = false;
            boolean endOfRecord = false;
            while (!endOfRecord) {
                field.setLength(0);
                int j = i;
                while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                    j++;
                }
                if (j < n && s.charAt(j) == '"') {
                    i = j + 1;
                    boolean closed = false;
                    while (i < n) {
                        char c = s.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && s.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                            } else {
                                i++;
                                closed = true;
                                break;
                            }
                        } else {
                            if (c == '\n' || (c == '\r' && (i + 1 >= n || s.charAt(i + 1) != '\n'))) {
                                line++;
                            }
                            field.append(c);
                            i++;
                        }
                    }
                    unclosed |= !closed;
                }
                while (i < n) {
                    char c = s.charAt(i);
                    if (c == separator || c == '\n' || c == '\r') {
                        break;
                    }
                    field.append(c);
                    i++;
                }
                fields.add(field.toString());
                if (i >= n) {
                    endOfRecord = true;
                } else {
                    char c = s.charAt(i++);
                    if (c == separator) {
                        if (i >= n) {
                            fields.add("");
                            endOfRecord = true;
                        }
                    } else {
                        if (c == '\r' && i < n && s.charAt(i) == '\n') {
                            i++;
                        }
                        line++;
                        endOfRecord = true;
                    }
                }
            }
            if (!unclosed && fields.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (rows.size() >= maxRows) {
                return new Result(rows, true);
            }
            rows.add(new Row(startLine, fields, unclosed));
        }
        return new Result(rows, false);
    }
}

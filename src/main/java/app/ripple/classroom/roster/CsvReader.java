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

    /**
     * Comma or semicolon, judged from the first lines (at most 10 with any separator outside quotes):
     * a separator found the same number of times on every such line wins over one that is not; then
     * the one found more often; comma on a tie. Reliable with a header row; a single header-less
     * line such as {@code Ana,Luz;Kim} stays ambiguous.
     */
    static char detectSeparator(String s) {
        int[] commas = new int[10];
        int[] semicolons = new int[10];
        int lines = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length() && lines < 10; i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas[lines] + semicolons[lines] > 0) {
                    lines++;
                }
            } else if (!quoted && c == ',') {
                commas[lines]++;
            } else if (!quoted && c == ';') {
                semicolons[lines]++;
            }
        }
        if (lines < 10 && commas[lines] + semicolons[lines] > 0) {
            lines++; // last line without line end
        }
        boolean commaSteady = steady(commas, lines);
        boolean semicolonSteady = steady(semicolons, lines);
        if (commaSteady != semicolonSteady) {
            return semicolonSteady ? ';' : ',';
        }
        return sum(semicolons, lines) > sum(commas, lines) ? ';' : ',';
    }

    private static boolean steady(int[] counts, int lines) {
        if (lines == 0 || counts[0] == 0) {
            return false;
        }
        for (int i = 1; i < lines; i++) {
            if (counts[i] != counts[0]) {
                return false;
            }
        }
        return true;
    }

    private static int sum(int[] counts, int lines) {
        int total = 0;
        for (int i = 0; i < lines; i++) {
            total += counts[i];
        }
        return total;
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

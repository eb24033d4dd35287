package app.ripple.lesson.attitude;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for instrument files: comma-separated (or semicolon-separated when the
 * first line has a semicolon and no comma, as spreadsheets in many European locales save it),
 * fields optionally quoted with {@code "}, doubled quotes inside quotes, CRLF, LF or CR line ends.
 * Every record remembers the physical line it starts on; blank records are dropped. Never throws.
 */
final class Csv {

    record Row(int line, List<String> fields, boolean unclosedQuote) {
        String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    private Csv() {
    }

    static char separator(String s) {
        int end = 0;
        while (end < s.length() && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
            end++;
        }
        String first = s.substring(0, end);
        return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
    }

    static List<Row> read(String s) {
        char sep = separator(s);
        List<Row> rows = new ArrayList<>();
        int n = s.length();
        int i = 0;
        int line = 1;
        while (i < n) {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            boolean unclosed = false;
            StringBuilder field = new StringBuilder();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                field.setLength(0);
                if (i < n && s.charAt(i) == '"') {
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char c = s.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && s.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        if (c == '\n' || (c == '\r' && (i + 1 >= n || s.charAt(i + 1) != '\n'))) {
                            line++;
                        }
                        field.append(c);
                        i++;
                    }
                    unclosed |= !closed;
                }
                while (i < n) {
                    char c = s.charAt(i);
                    if (c == sep || c == '\n' || c == '\r') {
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
                    if (c == sep) {
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
            if (unclosed || !fields.stream().allMatch(String::isBlank)) {
                rows.add(new Row(startLine, fields, unclosed));
            }
            if (unclosed) {
                break; // the rest of the file was swallowed by the open quote
            }
        }
        return rows;
    }
}

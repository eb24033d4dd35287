package app.ripple.base;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads uploaded CSV (roster files, OneRoster tables, attitude instruments) with Apache Commons
 * CSV: RFC 4180 with the leniency spreadsheets need (spaces before an opening quote are skipped,
 * text after a closing quote is kept, a quote inside an unquoted field is a plain character), comma
 * or semicolon, CRLF, LF or lone CR line ends. Every record knows the physical line it starts on
 * (counted here, so a quoted line break moves the next record's line), blank records are dropped,
 * and an unclosed quote ends the reading with a last record marked {@code unclosedQuote} at the
 * line where that record starts. Never throws on bad input.
 */
public final class CsvInput {

    public record Row(int line, List<String> fields, boolean unclosedQuote) {

        public String field(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index) : "";
        }
    }

    /** {@code tooManyRows}: reading stopped because there were more than the allowed rows. */
    public record Result(List<Row> rows, boolean tooManyRows) {
    }

    private CsvInput() {
    }

    /** Reads at most {@code maxRows} non-blank records (a header counts as one). The text has no BOM. */
    public static Result read(String text, char separator, int maxRows) {
        Lines lines = new Lines(text);
        List<Row> rows = new ArrayList<>();
        int records = 0; // every record the parser returned, blank ones too
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format(separator, false))) {
            for (CSVRecord record : parser) {
                records++;
                List<String> fields = record.toList();
                if (fields.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() >= maxRows) {
                    return new Result(rows, true);
                }
                rows.add(new Row(lines.of(record.getCharacterPosition()), fields, false));
            }
        } catch (IOException | UncheckedIOException e) {
            // Only an open quote at the end of the text fails (the reader is a String): read that last
            // record again with a lenient end of file to learn where it starts and what it holds.
            Row open = unclosed(text, separator, records, lines);
            if (open != null && rows.size() < maxRows) {
                rows.add(open);
            }
        }
        return new Result(rows, false);
    }

    private static Row unclosed(String text, char separator, int index, Lines lines) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format(separator, true))) {
            int k = 0;
            for (CSVRecord record : parser) {
                if (k++ == index) {
                    return new Row(lines.of(record.getCharacterPosition()), record.toList(), true);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // cannot happen with a lenient end of file; fall through
        }
        return new Row(lines.count(), List.of(), true);
    }

    private static CSVFormat format(char separator, boolean lenientEof) {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                .setIgnoreSurroundingSpaces(true)
                .setTrailingData(true)
                .setIgnoreEmptyLines(false) // a record per line, so every record's start position is exact
                .setLenientEof(lenientEof)
                .get();
    }

    /** Line numbers (1-based) of character positions; CRLF, LF and a lone CR each end a line. */
    private static final class Lines {
        private final int[] starts;
        private final int count;

        Lines(String text) {
            int[] s = new int[16];
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    if (n == s.length) {
                        s = Arrays.copyOf(s, n * 2);
                    }
                    s[n++] = i + 1;
                }
            }
            this.starts = s;
            this.count = n;
        }

        int of(long position) {
            int at = Arrays.binarySearch(starts, 0, count, (int) position);
            return (at >= 0 ? at : -at - 2) + 1;
        }

        int count() {
            return count;
        }
    }
}

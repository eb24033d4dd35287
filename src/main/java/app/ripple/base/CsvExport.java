package app.ripple.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Every CSV that Ripple hands out (reports, school overview, audit log): RFC 4180 written by Apache
 * Commons CSV, CRLF line ends, UTF-8 with a byte-order mark so spreadsheet programs read accents.
 * Each cell goes through {@link #neutralise}: a cell a spreadsheet would run as a formula gets a
 * leading apostrophe. The one place that decides this, so no export can forget it.
 */
public final class CsvExport {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final Writer writer;
    private final CSVPrinter printer;

    private CsvExport(Writer writer) throws IOException {
        this.writer = writer;
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, FORMAT);
    }

    /** Starts a CSV on {@code out} (writes the byte-order mark). {@link #flush} when done; the stream stays open. */
    public static CsvExport to(OutputStream out) throws IOException {
        return new CsvExport(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** A whole CSV in memory, for small exports. */
    public static byte[] bytes(List<? extends List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CsvExport csv = to(out);
            for (List<String> row : rows) {
                csv.row(row);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen in memory
        }
        return out.toByteArray();
    }

    public void row(List<? extends @Nullable String> cells) throws IOException {
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            safe.add(neutralise(cell));
        }
        printer.printRecord(safe);
    }

    public void row(@Nullable String... cells) throws IOException {
        row(java.util.Arrays.asList(cells));
    }

    public void flush() throws IOException {
        printer.flush();
        writer.flush();
    }

    /**
     * The cell as a spreadsheet may safely open it: text starting with {@code = + - @}, a tab or a
     * carriage return gets a leading {@code '} (OWASP "CSV injection"), except a plain number such
     * as {@code -1.5}, which stays a number. {@code null} is an empty cell.
     */
    public static String neutralise(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if ("=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(value).matches()) {
            return "'" + value;
        }
        return value;
    }
}

package app.ripple.classroom.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Generated test data. */
final class RosterFixtures {

    private static final List<String> FIRST = List.of("Zoë", "Sam", "أمل", "O'Brien", "Martín", "李", "Chloé \"Coco\"",
            "Anne-Marie", "Łukasz", "🦊 Fox", "Ana, María");
    private static final List<String> LAST = List.of("Kowalski", "Kim", "حداد", "D’Arcy", "Pérez; Gómez", "", "Nguyễn",
            "<b>x</b>", "Øster", "van der Berg");

    private RosterFixtures() {
    }

    static String firstName(int i) {
        return FIRST.get(i % FIRST.size()) + (i / FIRST.size());
    }

    static String lastName(int i) {
        return LAST.get(i % LAST.size());
    }

    static String quote(String field, char separator) {
        if (field.indexOf('"') >= 0 || field.indexOf(separator) >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0
                || !field.equals(field.strip())) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }

    /** Header, then {@code count} rows, with a blank line after every 100 rows. */
    static String plainCsv(int count, char separator) {
        StringBuilder sb = new StringBuilder("\uFEFFfirst_name").append(separator).append("last_name").append(separator)
                .append("student_id\r\n");
        for (int i = 0; i < count; i++) {
            sb.append(quote(firstName(i), separator)).append(separator).append(quote(lastName(i), separator))
                    .append(separator).append("ID-").append(i).append("\r\n");
            if (i % 100 == 99) {
                sb.append("\r\n");
            }
        }
        return sb.toString();
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

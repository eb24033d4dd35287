package app.ripple.base;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk inserts through {@link JdbcClient}: many rows in one {@code insert ... values (...), (...)}
 * statement per chunk, for loaders that write thousands of rows (the demo school).
 */
public final class MultiRowInsert {

    /** PostgreSQL allows 65,535 bind parameters per statement; stay well below. */
    private static final int MAX_PARAMETERS = 20_000;

    private MultiRowInsert() {
    }

    /**
     * Inserts the rows in chunks. {@code insertInto} is the statement up to {@code values}
     * (e.g. {@code "insert into t (a, b)"}), {@code row} one row's placeholders (e.g. {@code "(?, ?)"}),
     * and every row has as many values as {@code row} has placeholders.
     *
     * @return the number of rows inserted
     */
    public static int insert(JdbcClient jdbc, String insertInto, String row, List<Object[]> rows) {
        int width = (int) row.chars().filter(c -> c == '?').count();
        int perChunk = Math.max(1, MAX_PARAMETERS / Math.max(1, width));
        int inserted = 0;
        for (int from = 0; from < rows.size(); from += perChunk) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + perChunk));
            List<Object> params = new ArrayList<>(chunk.size() * width);
            for (Object[] values : chunk) {
                if (values.length != width) {
                    throw new IllegalArgumentException("a row has " + values.length + " values for " + width + " placeholders");
                }
                Collections.addAll(params, values);
            }
            inserted += jdbc.sql(insertInto + " values " + String.join(", ", Collections.nCopies(chunk.size(), row)))
                    .params(params).update();
        }
        return inserted;
    }
}

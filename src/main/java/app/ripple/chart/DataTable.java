package app.ripple.chart;

import java.util.List;

/**
 * The numbers of a chart as a table of already formatted texts: the accessible alternative to
 * the drawing (and what a CSV or a PDF table can print). The first column labels the rows.
 */
public record DataTable(String caption, List<String> headers, List<List<String>> rows) {

    public DataTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("every row needs " + headers.size() + " cells");
            }
        }
    }
}

package app.ripple.chart;

import java.util.List;
import java.util.Locale;

/**
 * A mix of parts of a whole (e.g. acts per category) drawn as a ring with a legend; the total is
 * written in the middle.
 *
 * @param labelHeader first table header (e.g. "Category")
 * @param valueHeader second table header (e.g. "Acts"); the table adds each slice's share
 */
public record DonutChart(String title, String summary, String labelHeader, String valueHeader,
        List<Slice> slices, ValueFormat format, Locale locale) implements Chart {

    public DonutChart {
        slices = List.copyOf(slices);
    }

    public double total() {
        return slices.stream().mapToDouble(Slice::value).sum();
    }

    /** The slice's share of the total, 0..1 (0 when the total is 0). */
    public double share(Slice slice) {
        double total = total();
        return total <= 0 ? 0 : slice.value() / total;
    }

    @Override
    public boolean isEmpty() {
        return total() <= 0;
    }

    @Override
    public DataTable table() {
        List<List<String>> rows = slices.stream()
                .map(s -> List.of(s.label(), format.format(s.value(), locale) + " ("
                        + ValueFormat.PERCENT.format(share(s), locale) + ")"))
                .toList();
        return new DataTable(title, List.of(labelHeader, valueHeader), rows);
    }
}

package app.ripple.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Values per category (e.g. acts per week, completion per class) for one or more series, drawn
 * as vertical bars, horizontal bars or lines. Every series has one value per category.
 *
 * @param categoryAxisLabel names the categories (e.g. "Week"); also the first table header
 * @param valueAxisLabel    names the values (e.g. "Acts")
 */
public record CategoryChart(Kind kind, String title, String summary, String categoryAxisLabel,
        String valueAxisLabel, List<String> categories, List<Series> series, ValueFormat format,
        Locale locale) implements Chart {

    public enum Kind {
        /** Vertical bars, series side by side within a category. */
        BAR,
        /** Horizontal bars, one row per category: for long category names such as class names. */
        HORIZONTAL_BAR,
        /** One line per series through the categories (with a dot per value). */
        LINE
    }

    public CategoryChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** The largest value of any series (0 when there is none). */
    public double maxValue() {
        double max = 0;
        for (Series s : series) {
            for (double v : s.values()) {
                max = Math.max(max, v);
            }
        }
        return max;
    }

    @Override
    public boolean isEmpty() {
        return categories.isEmpty() || series.isEmpty() || maxValue() <= 0;
    }

    @Override
    public DataTable table() {
        List<String> headers = new ArrayList<>();
        headers.add(categoryAxisLabel);
        if (series.size() == 1 && !valueAxisLabel.isBlank()) {
            headers.add(valueAxisLabel);
        } else {
            series.forEach(s -> headers.add(s.name()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(categories.get(i));
            for (Series s : series) {
                row.add(format.format(s.values().get(i), locale));
            }
            rows.add(row);
        }
        return new DataTable(title, headers, rows);
    }
}

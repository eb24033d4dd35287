package app.ripple.chart;

import java.util.List;

/**
 * One named row of values of a {@link CategoryChart}, one value per category, drawn in palette
 * colour {@code color} (see {@link ChartPalette}).
 */
public record Series(String name, List<Double> values, int color) {

    public Series {
        values = List.copyOf(values);
        if (color < 0) {
            throw new IllegalArgumentException("color must be >= 0");
        }
    }

    public static Series of(String name, int color, List<? extends Number> values) {
        return new Series(name, values.stream().map(Number::doubleValue).toList(), color);
    }
}

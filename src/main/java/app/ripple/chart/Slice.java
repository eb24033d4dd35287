package app.ripple.chart;

/** One part of a {@link DonutChart}, drawn in palette colour {@code color} (see {@link ChartPalette}). */
public record Slice(String label, double value, int color) {

    public Slice {
        if (value < 0 || Double.isNaN(value)) {
            throw new IllegalArgumentException("slice value must be >= 0");
        }
        if (color < 0) {
            throw new IllegalArgumentException("color must be >= 0");
        }
    }
}

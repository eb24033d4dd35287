package app.ripple.chart;

import java.util.List;

/**
 * Colours of the charts. Data colours follow the Okabe–Ito palette (distinguishable with the
 * common colour-vision deficiencies), ordered so that the first ones have at least 3:1 contrast
 * on white. In the browser every mark also carries a CSS class ({@code rc-s0}…, {@code rc-text},
 * {@code rc-grid}, {@code rc-axis}) so the app stylesheet can restyle charts (dark mode).
 */
public final class ChartPalette {

    /** Data colours; index with {@link #color(int)}. */
    public static final List<String> DATA = List.of(
            "#0072B2", // blue
            "#D55E00", // vermillion
            "#009E73", // bluish green
            "#CC79A7", // reddish purple
            "#E69F00", // orange
            "#56B4E9", // sky blue
            "#7A5195", // purple
            "#5F6B73"); // slate

    public static final String TEXT = "#1F2933";
    public static final String MUTED_TEXT = "#52606D";
    public static final String GRID = "#E4E7EB";
    public static final String AXIS = "#9AA5B1";
    /** The ring of a donut with nothing in it. */
    public static final String EMPTY = "#E4E7EB";
    public static final String BACKGROUND = "#FFFFFF";

    private ChartPalette() {
    }

    public static String color(int index) {
        return DATA.get(Math.floorMod(index, DATA.size()));
    }
}

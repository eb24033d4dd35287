package app.ripple.chart;

import java.util.Locale;

/**
 * A chart, independent of how it is drawn. Texts (title, labels, summary) are already translated
 * by the caller; numbers are formatted with {@link #format()} for {@link #locale()}.
 */
public sealed interface Chart permits CategoryChart, DonutChart {

    /** Short title, also the accessible name of the drawn chart. */
    String title();

    /** One or two plain sentences saying what the chart shows (the text alternative). */
    String summary();

    ValueFormat format();

    Locale locale();

    /** The same numbers as an accessible table (the data-table alternative). */
    DataTable table();

    /** True when there is nothing to draw (no categories, or every value is zero). */
    boolean isEmpty();
}

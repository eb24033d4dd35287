package app.ripple.chart;

import java.text.NumberFormat;
import java.util.Locale;

/** How a chart's values are written in tick labels, value labels and the data table. */
public enum ValueFormat {
    /** Whole numbers (counts), with the locale's grouping. */
    INTEGER,
    /** One decimal place (averages). */
    DECIMAL,
    /** The value is a fraction 0..1, written as a whole percentage. */
    PERCENT;

    public String format(double value, Locale locale) {
        NumberFormat f = switch (this) {
            case INTEGER -> NumberFormat.getIntegerInstance(locale);
            case DECIMAL -> {
                NumberFormat n = NumberFormat.getNumberInstance(locale);
                n.setMinimumFractionDigits(1);
                n.setMaximumFractionDigits(1);
                yield n;
            }
            case PERCENT -> NumberFormat.getPercentInstance(locale);
        };
        return f.format(value);
    }
}

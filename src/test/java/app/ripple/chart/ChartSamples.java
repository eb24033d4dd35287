package app.ripple.chart;

import java.util.List;
import java.util.Locale;

/** Small charts for the chart tests (and to look at: see {@code ChartRenderingTest}). */
final class ChartSamples {

    private ChartSamples() {
    }

    static CategoryChart actsPerWeek() {
        return new CategoryChart(CategoryChart.Kind.BAR, "Acts per week", "12 acts in 4 weeks, most in week 3.",
                "Week", "Acts", List.of("W45", "W46", "W47", "W48"),
                List.of(Series.of("Acts", 0, List.of(2, 3, 6, 1))), ValueFormat.INTEGER, Locale.ENGLISH);
    }

    static CategoryChart actsPerWeekPerClass() {
        return new CategoryChart(CategoryChart.Kind.LINE, "Acts per week per class", "Two classes.", "Week", "Acts",
                List.of("W45", "W46", "W47"),
                List.of(Series.of("Class 2 Robins", 0, List.of(10, 12, 9)),
                        Series.of("Class 3 <Owls> & \"Co\"", 1, List.of(4, 0, 7))),
                ValueFormat.INTEGER, Locale.ENGLISH);
    }

    static CategoryChart completionPerClass() {
        return new CategoryChart(CategoryChart.Kind.HORIZONTAL_BAR, "Lesson completion", "Delivered of planned.",
                "Class", "Completion", List.of("Class 2 Robins", "Class 3 Owls", "A class with a very long name indeed"),
                List.of(Series.of("Completion", 2, List.of(0.75, 1.0, 0.0))), ValueFormat.PERCENT, Locale.ENGLISH);
    }

    static DonutChart categoryMix() {
        return new DonutChart("Category mix", "Most acts were kind to others.", "Category", "Acts",
                List.of(new Slice("Kind to others", 6, 0), new Slice("Kind to myself", 2, 1),
                        new Slice("Connection", 2, 2), new Slice("Empathy", 0, 3),
                        new Slice("Standing up to stigma", 2, 4)),
                ValueFormat.INTEGER, Locale.ENGLISH);
    }
}

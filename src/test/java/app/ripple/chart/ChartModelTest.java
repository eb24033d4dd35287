package app.ripple.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartModelTest {

    @Test
    void aCategoryChartsTableHasOneRowPerCategoryAndFormattedValues() {
        DataTable table = ChartSamples.actsPerWeek().table();
        assertThat(table.caption()).isEqualTo("Acts per week");
        assertThat(table.headers()).containsExactly("Week", "Acts");
        assertThat(table.rows()).containsExactly(List.of("W45", "2"), List.of("W46", "3"), List.of("W47", "6"),
                List.of("W48", "1"));
    }

    @Test
    void aChartWithSeveralSeriesHasOneColumnPerSeries() {
        DataTable table = ChartSamples.actsPerWeekPerClass().table();
        assertThat(table.headers()).containsExactly("Week", "Class 2 Robins", "Class 3 <Owls> & \"Co\"");
        assertThat(table.rows().get(1)).containsExactly("W46", "12", "0");
    }

    @Test
    void percentagesAreWrittenForTheLocale() {
        assertThat(ChartSamples.completionPerClass().table().rows().getFirst()).containsExactly("Class 2 Robins", "75%");
        assertThat(ValueFormat.PERCENT.format(0.75, Locale.forLanguageTag("es"))).isEqualTo("75\u00a0%");
        assertThat(ValueFormat.INTEGER.format(12345, Locale.forLanguageTag("es"))).isIn("12.345", "12345");
        assertThat(ValueFormat.DECIMAL.format(0.8333, Locale.forLanguageTag("es"))).isEqualTo("0,8");
    }

    @Test
    void aDonutsTableShowsEachSlicesShareOfTheTotal() {
        DonutChart donut = ChartSamples.categoryMix();
        assertThat(donut.total()).isEqualTo(12);
        assertThat(donut.table().rows()).contains(List.of("Kind to others", "6 (50%)"), List.of("Empathy", "0 (0%)"));
    }

    @Test
    void emptyChartsAreRecognised() {
        assertThat(ChartSamples.actsPerWeek().isEmpty()).isFalse();
        var empty = new CategoryChart(CategoryChart.Kind.BAR, "t", "s", "Week", "Acts", List.of("W1"),
                List.of(Series.of("Acts", 0, List.of(0))), ValueFormat.INTEGER, Locale.ENGLISH);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(new DonutChart("t", "s", "c", "v", List.of(), ValueFormat.INTEGER, Locale.ENGLISH).isEmpty()).isTrue();
    }

    @Test
    void aSeriesMustHaveOneValuePerCategory() {
        assertThatThrownBy(() -> new CategoryChart(CategoryChart.Kind.BAR, "t", "s", "Week", "Acts", List.of("W1", "W2"),
                List.of(Series.of("Acts", 0, List.of(1))), ValueFormat.INTEGER, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Slice("x", -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ticksRunFromZeroToANiceMaximum() {
        assertThat(ChartLayout.ticks(0, ValueFormat.INTEGER)).containsExactly(0.0, 1.0);
        assertThat(ChartLayout.ticks(6, ValueFormat.INTEGER)).containsExactly(0.0, 2.0, 4.0, 6.0);
        assertThat(ChartLayout.ticks(7, ValueFormat.INTEGER)).containsExactly(0.0, 2.0, 4.0, 6.0, 8.0);
        assertThat(ChartLayout.ticks(1234, ValueFormat.INTEGER)).containsExactly(0.0, 500.0, 1000.0, 1500.0);
        assertThat(ChartLayout.ticks(0.4, ValueFormat.PERCENT)).containsExactly(0.0, 0.25, 0.5, 0.75, 1.0);
        assertThat(ChartLayout.ticks(2.3, ValueFormat.DECIMAL)).containsExactly(0.0, 1.0, 2.0, 3.0);
    }

    @Test
    void barsAreAsTallAsTheirValuesOnTheAxis() {
        Scene scene = ChartLayout.layout(ChartSamples.actsPerWeek());
        List<Scene.Rect> bars = scene.marks().stream().filter(m -> m instanceof Scene.Rect).map(m -> (Scene.Rect) m)
                .toList();
        assertThat(bars).hasSize(4);
        // axis runs to 6: the W47 bar (6) is three times the W45 bar (2) and twice the W46 bar (3)
        assertThat(bars.get(2).height()).isCloseTo(3 * bars.get(0).height(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(bars.get(2).height()).isCloseTo(2 * bars.get(1).height(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(bars).allSatisfy(b -> assertThat(b.tip()).isNotBlank());
    }

    @Test
    void donutWedgesCloseTheRing() {
        Scene scene = ChartLayout.layout(ChartSamples.categoryMix());
        long wedges = scene.marks().stream().filter(m -> m instanceof Scene.Shape).count();
        assertThat(wedges).isEqualTo(4); // the empty "Empathy" slice draws no wedge
        var first = (Scene.Shape) scene.marks().stream().filter(m -> m instanceof Scene.Shape).findFirst().orElseThrow();
        var move = (Scene.MoveTo) first.segments().getFirst();
        // starts at 12 o'clock
        assertThat(move.y()).isLessThan(scene.marks().stream().filter(m -> m instanceof Scene.Text).map(m -> (Scene.Text) m)
                .filter(t -> t.text().equals("12")).findFirst().orElseThrow().y());
    }

    @Test
    void longLabelsAreShortened() {
        assertThat(ChartLayout.ellipsize("A class with a very long name indeed", 11, 60)).endsWith("…").hasSizeLessThan(12);
        assertThat(ChartLayout.ellipsize("Short", 11, 60)).isEqualTo("Short");
    }
}

package app.ripple.dashboard;

import app.ripple.chart.CategoryChart;
import app.ripple.chart.DonutChart;
import app.ripple.chart.Series;
import app.ripple.chart.Slice;
import app.ripple.chart.ValueFormat;
import app.ripple.dashboard.DashboardRecords.CategoryCount;
import app.ripple.dashboard.DashboardRecords.ClassDashboard;
import app.ripple.dashboard.DashboardRecords.ClassRow;
import app.ripple.dashboard.DashboardRecords.SchoolOverview;
import app.ripple.dashboard.DashboardRecords.WeekCount;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Turns dashboard records into chart models with translated texts and summaries. */
final class DashboardCharts {

    /** More classes than this get one line for the whole school instead of a line each. */
    static final int MAX_LINES = 8;

    private final Component i18n;
    private final Locale locale;
    private final DateTimeFormatter weekFormat;
    private final DateTimeFormatter dateFormat;

    DashboardCharts(Component i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
        this.weekFormat = DateTimeFormatter.ofPattern("d MMM", locale);
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    private String t(String key, Object... params) {
        return i18n.getTranslation(key, params);
    }

    String week(LocalDate monday) {
        return weekFormat.format(monday);
    }

    String date(LocalDate day) {
        return dateFormat.format(day);
    }

    CategoryChart actsPerWeek(ClassDashboard d) {
        List<String> labels = d.weeks().stream().map(w -> week(w.weekStart())).toList();
        List<Integer> values = d.weeks().stream().map(WeekCount::acts).toList();
        String summary;
        if (d.acts() == 0) {
            summary = t("dashboard.chart.weeks.none");
        } else {
            WeekCount top = d.weeks().stream().max(Comparator.comparingInt(WeekCount::acts)).orElseThrow();
            summary = t("dashboard.chart.weeks.summary", d.acts(), d.weeks().size(), date(top.weekStart()), top.acts());
        }
        return new CategoryChart(CategoryChart.Kind.BAR, t("dashboard.chart.weeks.title"), summary,
                t("dashboard.chart.weekStarting"), t("dashboard.chart.acts"), labels,
                List.of(Series.of(t("dashboard.chart.acts"), 0, values)), ValueFormat.INTEGER, locale);
    }

    DonutChart categoryMix(ClassDashboard d) {
        List<Slice> slices = new ArrayList<>();
        for (CategoryCount c : d.categories()) {
            slices.add(new Slice(t(c.category().nameKey()), c.acts(), c.category().ordinal()));
        }
        String summary;
        if (d.acts() == 0) {
            summary = t("dashboard.chart.mix.none");
        } else {
            CategoryCount top = d.categories().stream().max(Comparator.comparingInt(CategoryCount::acts)).orElseThrow();
            summary = t("dashboard.chart.mix.summary", t(top.category().nameKey()), top.acts(), d.acts());
        }
        return new DonutChart(t("dashboard.chart.mix.title"), summary, t("dashboard.chart.category"),
                t("dashboard.chart.acts"), slices, ValueFormat.INTEGER, locale);
    }

    CategoryChart schoolActsPerWeek(SchoolOverview o) {
        List<String> labels = o.weeks().stream().map(this::week).toList();
        List<Series> series = new ArrayList<>();
        int total = o.classes().stream().mapToInt(ClassRow::acts).sum();
        String summary;
        if (o.classes().size() <= MAX_LINES) {
            for (int i = 0; i < o.classes().size(); i++) {
                ClassRow c = o.classes().get(i);
                series.add(Series.of(c.className(), i, c.actsPerWeek()));
            }
            summary = t("dashboard.school.chart.weeks.summary", total, o.classes().size(), o.weeks().size());
        } else {
            List<Integer> sums = new ArrayList<>();
            for (int w = 0; w < o.weeks().size(); w++) {
                int sum = 0;
                for (ClassRow c : o.classes()) {
                    sum += c.actsPerWeek().get(w);
                }
                sums.add(sum);
            }
            series.add(Series.of(t("dashboard.school.allClasses"), 0, sums));
            summary = t("dashboard.school.chart.weeks.summaryTotal", total, o.classes().size(), o.weeks().size(), MAX_LINES);
        }
        return new CategoryChart(CategoryChart.Kind.LINE, t("dashboard.school.chart.weeks.title"), summary,
                t("dashboard.chart.weekStarting"), t("dashboard.chart.acts"), labels, series, ValueFormat.INTEGER, locale);
    }

    CategoryChart schoolCompletion(SchoolOverview o) {
        List<ClassRow> planned = o.classes().stream().filter(c -> c.lessons().completion() != null).toList();
        int without = o.classes().size() - planned.size();
        String summary = planned.isEmpty() ? t("dashboard.school.chart.completion.none")
                : t("dashboard.school.chart.completion.summary", planned.size(), without);
        return new CategoryChart(CategoryChart.Kind.HORIZONTAL_BAR, t("dashboard.school.chart.completion.title"), summary,
                t("dashboard.school.class"), t("dashboard.lessons.completion"),
                planned.stream().map(ClassRow::className).toList(),
                List.of(Series.of(t("dashboard.lessons.completion"), 2,
                        planned.stream().map(c -> c.lessons().completion()).toList())),
                ValueFormat.PERCENT, locale);
    }

    String percent(double fraction) {
        return ValueFormat.PERCENT.format(fraction, locale);
    }
}

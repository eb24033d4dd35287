package app.ripple.chart;

import app.ripple.chart.Scene.Anchor;
import app.ripple.chart.Scene.Close;
import app.ripple.chart.Scene.CurveTo;
import app.ripple.chart.Scene.Dot;
import app.ripple.chart.Scene.Line;
import app.ripple.chart.Scene.LineTo;
import app.ripple.chart.Scene.Mark;
import app.ripple.chart.Scene.MoveTo;
import app.ripple.chart.Scene.Point;
import app.ripple.chart.Scene.Polyline;
import app.ripple.chart.Scene.Rect;
import app.ripple.chart.Scene.Segment;
import app.ripple.chart.Scene.Shape;
import app.ripple.chart.Scene.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides all geometry of a chart once (ticks, bars, lines, arcs, legend) and returns it as a
 * {@link Scene}, which the SVG and PDF renderers draw mark by mark.
 *
 * <p>Text widths are estimated (average glyph width of a sans-serif font) so layout needs no font
 * metrics; labels that would not fit are thinned out or shortened with an ellipsis.
 */
public final class ChartLayout {

    public static final double DEFAULT_WIDTH = 640;
    public static final double DEFAULT_HEIGHT = 280;

    static final double FONT = 12;
    static final double SMALL_FONT = 11;
    static final double TITLE_FONT = 14;
    private static final double GLYPH = 0.58;
    private static final double ROW = 24;
    private static final double LEGEND_ROW = 18;

    private ChartLayout() {
    }

    /** Lays out the chart at the default size without a drawn title (the page shows a heading). */
    public static Scene layout(Chart chart) {
        return layout(chart, DEFAULT_WIDTH, DEFAULT_HEIGHT, false);
    }

    /**
     * Lays out the chart in {@code width} × {@code height} units. Horizontal bar charts grow taller
     * when their rows need it. With {@code drawTitle} the title is drawn at the top (for PDFs).
     */
    public static Scene layout(Chart chart, double width, double height, boolean drawTitle) {
        List<Mark> marks = new ArrayList<>();
        double top = 8;
        if (drawTitle) {
            marks.add(new Text(0, TITLE_FONT, chart.title(), TITLE_FONT, Anchor.START, true, ChartPalette.TEXT, 0,
                    "rc-title"));
            top += TITLE_FONT + 8;
        }
        double usedHeight = switch (chart) {
            case CategoryChart c when c.kind() == CategoryChart.Kind.HORIZONTAL_BAR ->
                    horizontal(c, marks, width, height, top);
            case CategoryChart c -> vertical(c, marks, width, height, top);
            case DonutChart d -> donut(d, marks, width, height, top);
        };
        return new Scene(width, usedHeight, chart.title(), chart.summary(), marks);
    }

    // ---------------------------------------------------------------- value axis

    /** Tick values from 0 to a "nice" maximum (1, 2 or 5 times a power of ten per step). */
    public static List<Double> ticks(double max, ValueFormat format) {
        if (format == ValueFormat.PERCENT) {
            return List.of(0.0, 0.25, 0.5, 0.75, 1.0);
        }
        double target = Math.max(max, format == ValueFormat.INTEGER ? 1 : 0.1);
        double rough = target / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double step;
        double r = rough / magnitude;
        if (r <= 1) {
            step = magnitude;
        } else if (r <= 2) {
            step = 2 * magnitude;
        } else if (r <= 5) {
            step = 5 * magnitude;
        } else {
            step = 10 * magnitude;
        }
        if (format == ValueFormat.INTEGER) {
            step = Math.max(1, Math.round(step));
        }
        List<Double> ticks = new ArrayList<>();
        int n = (int) Math.ceil(target / step - 1e-9);
        for (int i = 0; i <= n; i++) {
            ticks.add(i * step);
        }
        return ticks;
    }

    // ---------------------------------------------------------------- vertical bars and lines

    private static double vertical(CategoryChart c, List<Mark> marks, double width, double height, double top) {
        List<Double> ticks = ticks(c.maxValue(), c.format());
        double axisMax = ticks.getLast();
        double tickLabelWidth = ticks.stream()
                .mapToDouble(t -> textWidth(c.format().format(t, c.locale()), SMALL_FONT)).max().orElse(10);
        boolean hasValueLabel = !c.valueAxisLabel().isBlank();
        double left = tickLabelWidth + 8 + (hasValueLabel ? FONT + 8 : 0);
        double right = 12;
        List<String> legend = c.series().size() > 1 ? c.series().stream().map(Series::name).toList() : List.of();
        double legendHeight = legendRows(legend, width) * LEGEND_ROW;
        double bottom = SMALL_FONT + 8 + (c.categoryAxisLabel().isBlank() ? 0 : FONT + 8)
                + (legendHeight > 0 ? legendHeight + 6 : 0);
        double plotTop = top + 6;
        double plotBottom = height - bottom;
        double plotLeft = left;
        double plotRight = width - right;
        double plotHeight = plotBottom - plotTop;
        double plotWidth = plotRight - plotLeft;

        // grid and tick labels
        for (double t : ticks) {
            double y = plotBottom - t / axisMax * plotHeight;
            marks.add(new Line(plotLeft, y, plotRight, y, t == 0 ? ChartPalette.AXIS : ChartPalette.GRID, 1,
                    t == 0 ? "rc-axis" : "rc-grid"));
            marks.add(new Text(plotLeft - 6, y + SMALL_FONT * 0.35, c.format().format(t, c.locale()), SMALL_FONT,
                    Anchor.END, false, ChartPalette.MUTED_TEXT, 0, "rc-muted"));
        }
        if (hasValueLabel) {
            marks.add(new Text(FONT, plotTop + plotHeight / 2, c.valueAxisLabel(), FONT, Anchor.MIDDLE, false,
                    ChartPalette.MUTED_TEXT, -90, "rc-muted"));
        }

        int n = c.categories().size();
        double band = n == 0 ? plotWidth : plotWidth / n;
        // thin out category labels that would overlap
        double widest = c.categories().stream().mapToDouble(s -> textWidth(s, SMALL_FONT)).max().orElse(0);
        int every = Math.max(1, (int) Math.ceil((widest + 6) / Math.max(band, 1)));
        for (int i = 0; i < n; i++) {
            if (i % every != 0) {
                continue;
            }
            double cx = plotLeft + band * (i + 0.5);
            marks.add(new Text(cx, plotBottom + SMALL_FONT + 4, c.categories().get(i), SMALL_FONT, Anchor.MIDDLE,
                    false, ChartPalette.MUTED_TEXT, 0, "rc-muted"));
        }
        double y = plotBottom + SMALL_FONT + 8;
        if (!c.categoryAxisLabel().isBlank()) {
            y += FONT + 4;
            marks.add(new Text(plotLeft + plotWidth / 2, y, c.categoryAxisLabel(), FONT, Anchor.MIDDLE, false,
                    ChartPalette.MUTED_TEXT, 0, "rc-muted"));
            y += 4;
        }

        int seriesCount = c.series().size();
        if (c.kind() == CategoryChart.Kind.BAR) {
            double groupWidth = band * 0.72;
            double barWidth = seriesCount == 0 ? 0 : groupWidth / seriesCount;
            for (int s = 0; s < seriesCount; s++) {
                Series series = c.series().get(s);
                String fill = ChartPalette.color(series.color());
                for (int i = 0; i < n; i++) {
                    double v = series.values().get(i);
                    double h = axisMax <= 0 ? 0 : v / axisMax * plotHeight;
                    double x = plotLeft + band * i + (band - groupWidth) / 2 + barWidth * s;
                    if (h > 0) {
                        marks.add(new Rect(x + 0.5, plotBottom - h, Math.max(barWidth - 1, 1), h, fill,
                                "rc-s" + series.color(), tip(c, series, i)));
                    }
                }
            }
        } else {
            for (Series series : c.series()) {
                String stroke = ChartPalette.color(series.color());
                List<Point> points = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    double v = series.values().get(i);
                    points.add(new Point(plotLeft + band * (i + 0.5), plotBottom - v / axisMax * plotHeight));
                }
                if (points.size() > 1) {
                    marks.add(new Polyline(points, stroke, 2.5, "rc-line rc-s" + series.color()));
                }
                double r = n > 30 ? 2 : 3.5;
                for (int i = 0; i < points.size(); i++) {
                    marks.add(new Dot(points.get(i).x(), points.get(i).y(), r, stroke, "rc-s" + series.color(),
                            tip(c, series, i)));
                }
            }
        }
        if (!legend.isEmpty()) {
            legend(c.series().stream().map(s -> new Slice(s.name(), 1, s.color())).toList(), marks, 0, y + 6,
                    width);
        }
        return height;
    }

    private static String tip(CategoryChart c, Series s, int i) {
        String value = c.format().format(s.values().get(i), c.locale());
        return c.series().size() > 1 ? s.name() + ", " + c.categories().get(i) + ": " + value
                : c.categories().get(i) + ": " + value;
    }

    // ---------------------------------------------------------------- horizontal bars

    private static double horizontal(CategoryChart c, List<Mark> marks, double width, double height, double top) {
        List<Double> ticks = ticks(c.maxValue(), c.format());
        double axisMax = ticks.getLast();
        int n = c.categories().size();
        int seriesCount = Math.max(1, c.series().size());
        double rowHeight = Math.max(ROW, seriesCount * 10 + 8);
        double labelWidth = Math.min(width * 0.32,
                c.categories().stream().mapToDouble(s -> textWidth(s, SMALL_FONT)).max().orElse(20) + 8);
        List<String> legend = c.series().size() > 1 ? c.series().stream().map(Series::name).toList() : List.of();
        double legendHeight = legendRows(legend, width) * LEGEND_ROW;
        double valueLabelRoom = textWidth(c.format().format(axisMax, c.locale()), SMALL_FONT) + 8;
        double plotLeft = labelWidth + 4;
        double plotRight = width - valueLabelRoom;
        double plotTop = top + 4;
        double plotBottom = plotTop + Math.max(n, 1) * rowHeight;
        double plotWidth = plotRight - plotLeft;
        double total = plotBottom + SMALL_FONT + 8 + (c.valueAxisLabel().isBlank() ? 0 : FONT + 8)
                + (legendHeight > 0 ? legendHeight + 6 : 0);

        for (double t : ticks) {
            double x = plotLeft + t / axisMax * plotWidth;
            marks.add(new Line(x, plotTop, x, plotBottom, t == 0 ? ChartPalette.AXIS : ChartPalette.GRID, 1,
                    t == 0 ? "rc-axis" : "rc-grid"));
            marks.add(new Text(x, plotBottom + SMALL_FONT + 4, c.format().format(t, c.locale()), SMALL_FONT,
                    Anchor.MIDDLE, false, ChartPalette.MUTED_TEXT, 0, "rc-muted"));
        }
        double y = plotBottom + SMALL_FONT + 8;
        if (!c.valueAxisLabel().isBlank()) {
            y += FONT + 4;
            marks.add(new Text(plotLeft + plotWidth / 2, y, c.valueAxisLabel(), FONT, Anchor.MIDDLE, false,
                    ChartPalette.MUTED_TEXT, 0, "rc-muted"));
            y += 4;
        }
        double barHeight = (rowHeight - 8) / seriesCount;
        for (int i = 0; i < n; i++) {
            double rowTop = plotTop + i * rowHeight;
            marks.add(new Text(labelWidth, rowTop + rowHeight / 2 + SMALL_FONT * 0.35,
                    ellipsize(c.categories().get(i), SMALL_FONT, labelWidth - 4), SMALL_FONT, Anchor.END, false,
                    ChartPalette.TEXT, 0, "rc-text"));
            for (int s = 0; s < c.series().size(); s++) {
                Series series = c.series().get(s);
                double v = series.values().get(i);
                double w = v / axisMax * plotWidth;
                double by = rowTop + 4 + s * barHeight;
                if (w > 0) {
                    marks.add(new Rect(plotLeft, by + 0.5, w, Math.max(barHeight - 1, 1),
                            ChartPalette.color(series.color()), "rc-s" + series.color(), tip(c, series, i)));
                }
                marks.add(new Text(plotLeft + w + 4, by + barHeight / 2 + SMALL_FONT * 0.35,
                        c.format().format(v, c.locale()), SMALL_FONT, Anchor.START, false, ChartPalette.TEXT, 0,
                        "rc-text"));
            }
        }
        if (!legend.isEmpty()) {
            legend(c.series().stream().map(s -> new Slice(s.name(), 1, s.color())).toList(), marks, 0, y + 6,
                    width);
        }
        return Math.max(height, total);
    }

    // ---------------------------------------------------------------- donut

    private static double donut(DonutChart d, List<Mark> marks, double width, double height, double top) {
        double size = Math.min(height - top - 4, width * 0.45);
        double cx = size / 2 + 4;
        double cy = top + size / 2;
        double outer = size / 2 - 2;
        double inner = outer * 0.58;
        double total = d.total();
        if (total <= 0) {
            marks.add(new Shape(ring(cx, cy, outer, inner, -90, 270), ChartPalette.EMPTY, "rc-empty", null));
        } else {
            double angle = -90;
            for (Slice s : d.slices()) {
                if (s.value() <= 0) {
                    continue;
                }
                double sweep = s.value() / total * 360;
                String tip = s.label() + ": " + d.format().format(s.value(), d.locale()) + " ("
                        + ValueFormat.PERCENT.format(d.share(s), d.locale()) + ")";
                marks.add(new Shape(ring(cx, cy, outer, inner, angle, angle + sweep), ChartPalette.color(s.color()),
                        "rc-s" + s.color(), tip));
                angle += sweep;
            }
        }
        marks.add(new Text(cx, cy + TITLE_FONT * 0.35, d.format().format(total, d.locale()), TITLE_FONT + 4,
                Anchor.MIDDLE, true, ChartPalette.TEXT, 0, "rc-text"));
        double legendX = size + 24;
        double rowsHeight = d.slices().size() * (LEGEND_ROW + 4);
        double legendTop = Math.max(top, cy - rowsHeight / 2);
        for (int i = 0; i < d.slices().size(); i++) {
            Slice s = d.slices().get(i);
            double y = legendTop + i * (LEGEND_ROW + 4);
            marks.add(new Rect(legendX, y + 2, 12, 12, ChartPalette.color(s.color()), "rc-s" + s.color(), null));
            String text = s.label() + " — " + d.format().format(s.value(), d.locale()) + " ("
                    + ValueFormat.PERCENT.format(d.share(s), d.locale()) + ")";
            marks.add(new Text(legendX + 18, y + 12, ellipsize(text, FONT, width - legendX - 20), FONT, Anchor.START,
                    false, ChartPalette.TEXT, 0, "rc-text"));
        }
        return Math.max(height, legendTop + rowsHeight);
    }

    /** A ring segment from {@code from} to {@code to} degrees (0 = 3 o'clock, clockwise, y down). */
    static List<Segment> ring(double cx, double cy, double outer, double inner, double from, double to) {
        List<Segment> segments = new ArrayList<>();
        Point start = polar(cx, cy, outer, from);
        segments.add(new MoveTo(start.x(), start.y()));
        arc(segments, cx, cy, outer, from, to);
        Point innerEnd = polar(cx, cy, inner, to);
        segments.add(new LineTo(innerEnd.x(), innerEnd.y()));
        arc(segments, cx, cy, inner, to, from);
        segments.add(new Close());
        return segments;
    }

    /** Appends cubic Béziers approximating a circular arc, at most 90° each. */
    private static void arc(List<Segment> out, double cx, double cy, double r, double from, double to) {
        int pieces = Math.max(1, (int) Math.ceil(Math.abs(to - from) / 90 - 1e-9));
        double step = (to - from) / pieces;
        for (int i = 0; i < pieces; i++) {
            double a1 = Math.toRadians(from + i * step);
            double a2 = Math.toRadians(from + (i + 1) * step);
            double k = 4.0 / 3.0 * Math.tan((a2 - a1) / 4);
            double x0 = cx + r * Math.cos(a1);
            double y0 = cy + r * Math.sin(a1);
            double x3 = cx + r * Math.cos(a2);
            double y3 = cy + r * Math.sin(a2);
            out.add(new CurveTo(x0 - k * r * Math.sin(a1), y0 + k * r * Math.cos(a1),
                    x3 + k * r * Math.sin(a2), y3 - k * r * Math.cos(a2), x3, y3));
        }
    }

    private static Point polar(double cx, double cy, double r, double degrees) {
        double a = Math.toRadians(degrees);
        return new Point(cx + r * Math.cos(a), cy + r * Math.sin(a));
    }

    // ---------------------------------------------------------------- legend and text

    private static int legendRows(List<String> names, double width) {
        if (names.isEmpty()) {
            return 0;
        }
        int rows = 1;
        double x = 0;
        for (String name : names) {
            double w = legendItemWidth(name, width);
            if (x > 0 && x + w > width) {
                rows++;
                x = 0;
            }
            x += w;
        }
        return rows;
    }

    private static double legendItemWidth(String name, double width) {
        return Math.min(textWidth(name, SMALL_FONT), width / 2) + 16 + 14;
    }

    private static void legend(List<Slice> items, List<Mark> marks, double x0, double y0, double width) {
        double x = x0;
        double y = y0;
        for (Slice item : items) {
            double w = legendItemWidth(item.label(), width);
            if (x > x0 && x + w > width) {
                x = x0;
                y += LEGEND_ROW;
            }
            marks.add(new Rect(x, y, 10, 10, ChartPalette.color(item.color()), "rc-s" + item.color(), null));
            marks.add(new Text(x + 14, y + 9, ellipsize(item.label(), SMALL_FONT, width / 2), SMALL_FONT,
                    Anchor.START, false, ChartPalette.TEXT, 0, "rc-text"));
            x += w;
        }
    }

    /** Estimated width of a text in a sans-serif font of the given size. */
    static double textWidth(String text, double size) {
        return text.codePointCount(0, text.length()) * size * GLYPH;
    }

    static String ellipsize(String text, double size, double maxWidth) {
        if (textWidth(text, size) <= maxWidth) {
            return text;
        }
        int keep = Math.max(1, (int) (maxWidth / (size * GLYPH)) - 1);
        int end = text.offsetByCodePoints(0, Math.min(keep, text.codePointCount(0, text.length())));
        return text.substring(0, end).stripTrailing() + "…";
    }
}

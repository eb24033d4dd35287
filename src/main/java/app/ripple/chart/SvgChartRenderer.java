package app.ripple.chart;

import app.ripple.base.Xml;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Writes a chart as a standalone, accessible SVG document: {@code role="img"} named by the title,
 * the summary as {@code <desc>}, a scalable {@code viewBox} (the element is as wide as its
 * container) and default colours, with every mark also carrying its role as a CSS class so the
 * app's stylesheet can theme it. Data marks carry a {@code <title>} shown on hover.
 */
public final class SvgChartRenderer {

    private SvgChartRenderer() {
    }

    /** The chart laid out at the default size. */
    public static String render(Chart chart) {
        return render(ChartLayout.layout(chart));
    }

    /** The chart laid out at the given size (units of the viewBox). */
    public static String render(Chart chart, double width, double height) {
        return render(ChartLayout.layout(chart, width, height, false));
    }

    public static String render(Scene scene) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ripple-chart\" viewBox=\"0 0 ")
                .append(n(scene.width())).append(' ').append(n(scene.height()))
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-label=\"")
                .append(Xml.escape(scene.title())).append("\" font-family=\"")
                .append("DejaVu Sans, Verdana, system-ui, sans-serif\"><title>").append(Xml.escape(scene.title()))
                .append("</title><desc>").append(Xml.escape(scene.summary())).append("</desc>");
        for (Mark mark : scene.marks()) {
            switch (mark) {
                case Rect r -> {
                    svg.append("<rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y()))
                            .append("\" width=\"").append(n(r.width())).append("\" height=\"").append(n(r.height()))
                            .append("\" fill=\"").append(r.fill()).append('"');
                    role(svg, r.role());
                    close(svg, "rect", r.tip());
                }
                case Line l -> {
                    svg.append("<line x1=\"").append(n(l.x1())).append("\" y1=\"").append(n(l.y1()))
                            .append("\" x2=\"").append(n(l.x2())).append("\" y2=\"").append(n(l.y2()))
                            .append("\" stroke=\"").append(l.stroke()).append("\" stroke-width=\"")
                            .append(n(l.strokeWidth())).append('"');
                    role(svg, l.role());
                    svg.append("/>");
                }
                case Polyline p -> {
                    svg.append("<polyline fill=\"none\" stroke=\"").append(p.stroke()).append("\" stroke-width=\"")
                            .append(n(p.strokeWidth())).append("\" stroke-linejoin=\"round\" points=\"");
                    for (int i = 0; i < p.points().size(); i++) {
                        Point pt = p.points().get(i);
                        svg.append(i == 0 ? "" : " ").append(n(pt.x())).append(',').append(n(pt.y()));
                    }
                    svg.append('"');
                    role(svg, p.role());
                    svg.append("/>");
                }
                case Dot d -> {
                    svg.append("<circle cx=\"").append(n(d.cx())).append("\" cy=\"").append(n(d.cy()))
                            .append("\" r=\"").append(n(d.r())).append("\" fill=\"").append(d.fill()).append('"');
                    role(svg, d.role());
                    close(svg, "circle", d.tip());
                }
                case Shape s -> {
                    svg.append("<path d=\"");
                    boolean first = true;
                    for (Segment seg : s.segments()) {
                        if (!first) {
                            svg.append(' ');
                        }
                        first = false;
                        switch (seg) {
                            case MoveTo m -> svg.append('M').append(n(m.x())).append(' ').append(n(m.y()));
                            case LineTo l -> svg.append('L').append(n(l.x())).append(' ').append(n(l.y()));
                            case CurveTo c -> svg.append('C').append(n(c.x1())).append(' ').append(n(c.y1()))
                                    .append(' ').append(n(c.x2())).append(' ').append(n(c.y2())).append(' ')
                                    .append(n(c.x())).append(' ').append(n(c.y()));
                            case Close ignored -> svg.append('Z');
                        }
                    }
                    svg.append("\" fill=\"").append(s.fill()).append('"');
                    role(svg, s.role());
                    close(svg, "path", s.tip());
                }
                case Text t -> {
                    svg.append("<text x=\"").append(n(t.x())).append("\" y=\"").append(n(t.y()))
                            .append("\" font-size=\"").append(n(t.size())).append("\" fill=\"").append(t.fill())
                            .append('"');
                    switch (t.anchor()) {
                        case MIDDLE -> svg.append(" text-anchor=\"middle\"");
                        case END -> svg.append(" text-anchor=\"end\"");
                        case START -> {
                        }
                    }
                    if (t.bold()) {
                        svg.append(" font-weight=\"bold\"");
                    }
                    if (t.rotation() != 0) {
                        svg.append(" transform=\"rotate(").append(n(t.rotation())).append(' ').append(n(t.x()))
                                .append(' ').append(n(t.y())).append(")\"");
                    }
                    role(svg, t.role());
                    // texts repeat what the data table says; hide them from the accessibility tree
                    svg.append(" aria-hidden=\"true\">").append(Xml.escape(t.text())).append("</text>");
                }
            }
        }
        return svg.append("</svg>").toString();
    }

    private static void role(StringBuilder svg, String role) {
        if (!role.isEmpty()) {
            svg.append(" class=\"").append(Xml.escape(role)).append('"');
        }
    }

    private static void close(StringBuilder svg, String element, @Nullable String tip) {
        if (tip == null) {
            svg.append("/>");
        } else {
            svg.append("><title>").append(Xml.escape(tip)).append("</title></").append(element).append('>');
        }
    }

    static String n(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }
}

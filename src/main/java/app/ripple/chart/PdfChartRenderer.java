package app.ripple.chart;

import app.ripple.base.PdfShapes;
import app.ripple.base.PdfText;
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
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws a chart as PDFBox vector graphics: the same {@link Scene} the web shows, scaled into a box
 * on the page. Fonts are the caller's (e.g. DejaVu Sans loaded as {@code PDType0Font}); text goes
 * through {@link PdfText}, so a character the font cannot encode is printed as "?".
 */
public final class PdfChartRenderer {

    /** The fonts to write chart texts with. */
    public record Fonts(PdfText regular, PdfText bold) {
        public Fonts(PDFont regular, PDFont bold) {
            this(new PdfText(regular), new PdfText(bold));
        }
    }

    private PdfChartRenderer() {
    }

    /**
     * Lays out the chart {@code width} points wide (the height is {@code height} points or more for
     * horizontal bar charts with many rows, see {@link #height}) with its title drawn, and draws it
     * with its top-left corner at ({@code x}, {@code top}) in PDF user space (y up).
     *
     * @return the height in points actually used
     */
    public static float draw(PDPageContentStream cs, Fonts fonts, Chart chart, float x, float top, float width,
            float height) {
        Scene scene = ChartLayout.layout(chart, width, height, true);
        draw(cs, fonts, scene, x, top, 1f);
        return (float) scene.height();
    }

    /** The height in points the chart will take when drawn {@code width} wide with its title. */
    public static float height(Chart chart, float width, float height) {
        return (float) ChartLayout.layout(chart, width, height, true).height();
    }

    /**
     * Draws a laid-out scene with its top-left corner at ({@code x}, {@code top}) in PDF user space,
     * scaled by {@code scale} (scene units to points). The graphics state is restored afterwards.
     */
    public static void draw(PDPageContentStream cs, Fonts fonts, Scene scene, float x, float top, float scale) {
        Page page = new Page(x, top, scale);
        Map<String, Color> colors = new HashMap<>();
        try {
            cs.saveGraphicsState();
            for (Mark mark : scene.marks()) {
                switch (mark) {
                    case Rect r -> {
                        cs.setNonStrokingColor(colors.computeIfAbsent(r.fill(), PdfChartRenderer::color));
                        cs.addRect(page.x(r.x()), page.y(r.y() + r.height()), page.len(r.width()),
                                page.len(r.height()));
                        cs.fill();
                    }
                    case Line l -> {
                        cs.setStrokingColor(colors.computeIfAbsent(l.stroke(), PdfChartRenderer::color));
                        cs.setLineWidth(page.len(l.strokeWidth()));
                        cs.moveTo(page.x(l.x1()), page.y(l.y1()));
                        cs.lineTo(page.x(l.x2()), page.y(l.y2()));
                        cs.stroke();
                    }
                    case Polyline p -> {
                        cs.setStrokingColor(colors.computeIfAbsent(p.stroke(), PdfChartRenderer::color));
                        cs.setLineWidth(page.len(p.strokeWidth()));
                        cs.setLineJoinStyle(1);
                        for (int i = 0; i < p.points().size(); i++) {
                            Point pt = p.points().get(i);
                            if (i == 0) {
                                cs.moveTo(page.x(pt.x()), page.y(pt.y()));
                            } else {
                                cs.lineTo(page.x(pt.x()), page.y(pt.y()));
                            }
                        }
                        cs.stroke();
                    }
                    case Dot d -> {
                        cs.setNonStrokingColor(colors.computeIfAbsent(d.fill(), PdfChartRenderer::color));
                        circle(cs, page, d.cx(), d.cy(), d.r());
                        cs.fill();
                    }
                    case Shape s -> {
                        cs.setNonStrokingColor(colors.computeIfAbsent(s.fill(), PdfChartRenderer::color));
                        for (Segment seg : s.segments()) {
                            switch (seg) {
                                case MoveTo m -> cs.moveTo(page.x(m.x()), page.y(m.y()));
                                case LineTo l -> cs.lineTo(page.x(l.x()), page.y(l.y()));
                                case CurveTo c -> cs.curveTo(page.x(c.x1()), page.y(c.y1()), page.x(c.x2()),
                                        page.y(c.y2()), page.x(c.x()), page.y(c.y()));
                                case Close ignored -> cs.closePath();
                            }
                        }
                        cs.fill();
                    }
                    case Text t -> text(cs, fonts, page, t, colors);
                }
            }
            cs.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream cs, Fonts fonts, Page page, Text t, Map<String, Color> colors)
            throws IOException {
        PdfText font = t.bold() ? fonts.bold() : fonts.regular();
        float size = page.len(t.size());
        float width = font.width(t.text(), size);
        float shift = switch (t.anchor()) {
            case START -> 0;
            case MIDDLE -> -width / 2;
            case END -> -width;
        };
        double angle = Math.toRadians(-t.rotation()); // y up on the page: turn the other way
        float px = page.x(t.x());
        float py = page.y(t.y());
        float dx = (float) (shift * Math.cos(angle));
        float dy = (float) (shift * Math.sin(angle));
        cs.beginText();
        cs.setNonStrokingColor(colors.computeIfAbsent(t.fill(), PdfChartRenderer::color));
        cs.setFont(font.font(), size);
        cs.setTextMatrix(Matrix.getRotateInstance(angle, px + dx, py + dy));
        cs.showText(font.printable(t.text()));
        cs.endText();
    }

    private static void circle(PDPageContentStream cs, Page page, double cx, double cy, double r) throws IOException {
        PdfShapes.circle(cs, page.x(cx), page.y(cy), page.len(r));
    }

    private static Color color(String hex) {
        return Color.decode(hex);
    }

    /** Scene units (y down) to page points (y up). */
    private record Page(float left, float top, float scale) {
        float x(double sx) {
            return left + (float) sx * scale;
        }

        float y(double sy) {
            return top - (float) sy * scale;
        }

        float len(double d) {
            return (float) d * scale;
        }
    }
}

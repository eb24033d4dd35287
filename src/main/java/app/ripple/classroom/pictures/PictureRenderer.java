package app.ripple.classroom.pictures;

import app.ripple.base.Xml;
import app.ripple.classroom.pictures.Shape.Circle;
import app.ripple.classroom.pictures.Shape.Close;
import app.ripple.classroom.pictures.Shape.CurveTo;
import app.ripple.classroom.pictures.Shape.Ellipse;
import app.ripple.classroom.pictures.Shape.LineTo;
import app.ripple.classroom.pictures.Shape.MoveTo;
import app.ripple.classroom.pictures.Shape.Paint;
import app.ripple.classroom.pictures.Shape.Path;
import app.ripple.classroom.pictures.Shape.Point;
import app.ripple.classroom.pictures.Shape.Polygon;
import app.ripple.classroom.pictures.Shape.RoundRect;
import app.ripple.classroom.pictures.Shape.Segment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.jspecify.annotations.Nullable;

/** Draws a {@link Picture} as standalone SVG (web) or as vectors into a PDF page (printing). */
public final class PictureRenderer {

    /** Bézier control distance for a quarter circle. */
    private static final double KAPPA = 0.5522847498;

    private PictureRenderer() {
    }

    // ---------------------------------------------------------------- SVG

    /**
     * A standalone SVG document. With an accessible name it is an {@code role="img"} with a
     * {@code <title>} (escaped); without one it is decorative ({@code aria-hidden="true"}).
     */
    public static String toSvg(Picture p, @Nullable String accessibleName) {
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\"");
        if (accessibleName != null && !accessibleName.isBlank()) {
            svg.append(" role=\"img\"><title>").append(Xml.escape(accessibleName)).append("</title>");
        } else {
            svg.append(" aria-hidden=\"true\" focusable=\"false\">");
        }
        svg.append("<g stroke-linecap=\"round\" stroke-linejoin=\"round\">");
        for (Shape s : p.shapes()) {
            switch (s) {
                case Circle c -> svg.append("<circle cx=\"").append(n(c.cx())).append("\" cy=\"").append(n(c.cy()))
                        .append("\" r=\"").append(n(c.r())).append('"');
                case Ellipse e -> {
                    svg.append("<ellipse cx=\"").append(n(e.cx())).append("\" cy=\"").append(n(e.cy()))
                            .append("\" rx=\"").append(n(e.rx())).append("\" ry=\"").append(n(e.ry())).append('"');
                    if (e.rotation() != 0) {
                        svg.append(" transform=\"rotate(").append(n(e.rotation())).append(' ').append(n(e.cx()))
                                .append(' ').append(n(e.cy())).append(")\"");
                    }
                }
                case RoundRect r -> {
                    svg.append("<rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y()))
                            .append("\" width=\"").append(n(r.width())).append("\" height=\"").append(n(r.height())).append('"');
                    if (r.radius() > 0) {
                        svg.append(" rx=\"").append(n(r.radius())).append('"');
                    }
                }
                case Polygon poly -> {
                    svg.append("<polygon points=\"");
                    for (int i = 0; i < poly.points().size(); i++) {
                        Point pt = poly.points().get(i);
                        svg.append(i == 0 ? "" : " ").append(n(pt.x())).append(',').append(n(pt.y()));
                    }
                    svg.append('"');
                }
                case Path path -> svg.append("<path d=\"").append(pathData(path)).append('"');
            }
            paint(svg, s.paint());
            svg.append("/>");
        }
        svg.append("</g></svg>");
        return svg.toString();
    }

    private static void paint(StringBuilder svg, Paint paint) {
        svg.append(" fill=\"").append(paint.fill() == null ? "none" : paint.fill()).append('"');
        if (paint.stroke() != null) {
            svg.append(" stroke=\"").append(paint.stroke()).append("\" stroke-width=\"").append(n(paint.strokeWidth())).append('"');
        }
    }

    private static String pathData(Path path) {
        StringBuilder d = new StringBuilder();
        for (Segment seg : path.segments()) {
            if (!d.isEmpty()) {
                d.append(' ');
            }
            switch (seg) {
                case MoveTo m -> d.append('M').append(n(m.x())).append(' ').append(n(m.y()));
                case LineTo l -> d.append('L').append(n(l.x())).append(' ').append(n(l.y()));
                case CurveTo c -> d.append('C').append(n(c.x1())).append(' ').append(n(c.y1())).append(' ')
                        .append(n(c.x2())).append(' ').append(n(c.y2())).append(' ').append(n(c.x())).append(' ').append(n(c.y()));
                case Close ignored -> d.append('Z');
            }
        }
        return d.toString();
    }

    private static String n(double v) {
        double rounded = Math.round(v * 100) / 100.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
    }

    // ---------------------------------------------------------------- PDF

    /**
     * Draws the picture as vectors into a square whose lower-left corner is ({@code x}, {@code y})
     * in PDF user space (points, y up), {@code size} points wide and high. The graphics state is
     * restored afterwards.
     */
    public static void drawPdf(PDPageContentStream cs, Picture p, float x, float y, float size) {
        try {
            cs.saveGraphicsState();
            float scale = size / 100f;
            // picture space (y down, 0..100) -> page space (y up)
            cs.transform(new Matrix(scale, 0, 0, -scale, x, y + size));
            cs.setLineCapStyle(1);
            cs.setLineJoinStyle(1);
            for (Shape s : p.shapes()) {
                outline(cs, s);
                Paint paint = s.paint();
                if (paint.fill() != null) {
                    setColour(cs, paint.fill(), false);
                }
                if (paint.stroke() != null) {
                    setColour(cs, paint.stroke(), true);
                    cs.setLineWidth((float) paint.strokeWidth());
                }
                if (paint.fill() != null && paint.stroke() != null) {
                    cs.fillAndStroke();
                } else if (paint.fill() != null) {
                    cs.fill();
                } else {
                    cs.stroke();
                }
            }
            cs.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void setColour(PDPageContentStream cs, String hex, boolean stroking) throws IOException {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        float r = ((rgb >> 16) & 0xff) / 255f;
        float g = ((rgb >> 8) & 0xff) / 255f;
        float b = (rgb & 0xff) / 255f;
        if (stroking) {
            cs.setStrokingColor(r, g, b);
        } else {
            cs.setNonStrokingColor(r, g, b);
        }
    }

    private static void outline(PDPageContentStream cs, Shape s) throws IOException {
        switch (s) {
            case Circle c -> ellipse(cs, c.cx(), c.cy(), c.r(), c.r(), 0);
            case Ellipse e -> ellipse(cs, e.cx(), e.cy(), e.rx(), e.ry(), e.rotation());
            case RoundRect r -> roundRect(cs, r);
            case Polygon poly -> {
                List<Point> pts = poly.points();
                cs.moveTo(f(pts.getFirst().x()), f(pts.getFirst().y()));
                for (Point pt : pts.subList(1, pts.size())) {
                    cs.lineTo(f(pt.x()), f(pt.y()));
                }
                cs.closePath();
            }
            case Path path -> {
                for (Segment seg : path.segments()) {
                    switch (seg) {
                        case MoveTo m -> cs.moveTo(f(m.x()), f(m.y()));
                        case LineTo l -> cs.lineTo(f(l.x()), f(l.y()));
                        case CurveTo c -> cs.curveTo(f(c.x1()), f(c.y1()), f(c.x2()), f(c.y2()), f(c.x()), f(c.y()));
                        case Close ignored -> cs.closePath();
                    }
                }
            }
        }
    }

    private static void ellipse(PDPageContentStream cs, double cx, double cy, double rx, double ry, double rotation)
            throws IOException {
        double kx = rx * KAPPA;
        double ky = ry * KAPPA;
        // four quarter arcs in the ellipse's own frame, starting at the right
        double[][] pts = {
                {rx, 0},
                {rx, ky}, {kx, ry}, {0, ry},
                {-kx, ry}, {-rx, ky}, {-rx, 0},
                {-rx, -ky}, {-kx, -ry}, {0, -ry},
                {kx, -ry}, {rx, -ky}, {rx, 0}};
        double cos = Math.cos(Math.toRadians(rotation));
        double sin = Math.sin(Math.toRadians(rotation));
        List<float[]> t = new ArrayList<>(pts.length);
        for (double[] p : pts) {
            t.add(new float[] {f(cx + p[0] * cos - p[1] * sin), f(cy + p[0] * sin + p[1] * cos)});
        }
        cs.moveTo(t.getFirst()[0], t.getFirst()[1]);
        for (int i = 1; i < t.size(); i += 3) {
            cs.curveTo(t.get(i)[0], t.get(i)[1], t.get(i + 1)[0], t.get(i + 1)[1], t.get(i + 2)[0], t.get(i + 2)[1]);
        }
        cs.closePath();
    }

    private static void roundRect(PDPageContentStream cs, RoundRect r) throws IOException {
        double x = r.x();
        double y = r.y();
        double w = r.width();
        double h = r.height();
        double rad = r.radius();
        if (rad <= 0) {
            cs.addRect(f(x), f(y), f(w), f(h));
            return;
        }
        double k = rad * (1 - KAPPA);
        cs.moveTo(f(x + rad), f(y));
        cs.lineTo(f(x + w - rad), f(y));
        cs.curveTo(f(x + w - k), f(y), f(x + w), f(y + k), f(x + w), f(y + rad));
        cs.lineTo(f(x + w), f(y + h - rad));
        cs.curveTo(f(x + w), f(y + h - k), f(x + w - k), f(y + h), f(x + w - rad), f(y + h));
        cs.lineTo(f(x + rad), f(y + h));
        cs.curveTo(f(x + k), f(y + h), f(x), f(y + h - k), f(x), f(y + h - rad));
        cs.lineTo(f(x), f(y + rad));
        cs.curveTo(f(x), f(y + k), f(x + k), f(y), f(x + rad), f(y));
        cs.closePath();
    }

    private static float f(double v) {
        return (float) v;
    }
}

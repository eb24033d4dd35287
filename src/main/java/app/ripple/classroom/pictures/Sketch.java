package app.ripple.classroom.pictures;

import app.ripple.classroom.pictures.Shape.Circle;
import app.ripple.classroom.pictures.Shape.Ellipse;
import app.ripple.classroom.pictures.Shape.Paint;
import app.ripple.classroom.pictures.Shape.Path;
import app.ripple.classroom.pictures.Shape.Point;
import app.ripple.classroom.pictures.Shape.Polygon;
import app.ripple.classroom.pictures.Shape.RoundRect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one builder for pictures on the 100×100 canvas (avatars, password pictures, act pictures):
 * soft colours, a warm near-black outline. Methods without a suffix draw with the outline,
 * {@code …No} without.
 */
public final class Sketch {

    public static final String INK = "#2f2a2a";
    static final double LINE = 2.5;

    /** Skin tones, used in turn so the people in the pictures are not all alike. */
    public static final String[] SKIN = {"#f6c9a0", "#c68b59", "#8d5a3b", "#f1d3b8", "#a86b47"};

    private final String id;
    private final String nameKey;
    private final List<Shape> shapes = new ArrayList<>();

    public Sketch(String id, String nameKey) {
        this.id = id;
        this.nameKey = nameKey;
    }

    /** A sticker: a soft disc behind the drawing. */
    public Sketch disc(String background) {
        return circleNo(50, 50, 49, background);
    }

    public Sketch circle(double cx, double cy, double r, String fill) {
        shapes.add(new Circle(cx, cy, r, Paint.both(fill, INK, LINE)));
        return this;
    }

    public Sketch circleNo(double cx, double cy, double r, String fill) {
        shapes.add(new Circle(cx, cy, r, Paint.fill(fill)));
        return this;
    }

    public Sketch ellipse(double cx, double cy, double rx, double ry, double rotation, String fill) {
        shapes.add(new Ellipse(cx, cy, rx, ry, rotation, Paint.both(fill, INK, LINE)));
        return this;
    }

    public Sketch ellipseNo(double cx, double cy, double rx, double ry, double rotation, String fill) {
        shapes.add(new Ellipse(cx, cy, rx, ry, rotation, Paint.fill(fill)));
        return this;
    }

    public Sketch rect(double x, double y, double w, double h, double r, String fill) {
        shapes.add(new RoundRect(x, y, w, h, r, Paint.both(fill, INK, LINE)));
        return this;
    }

    public Sketch rectNo(double x, double y, double w, double h, double r, String fill) {
        shapes.add(new RoundRect(x, y, w, h, r, Paint.fill(fill)));
        return this;
    }

    public Sketch poly(String fill, boolean outlined, double... xy) {
        List<Point> pts = new ArrayList<>();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            pts.add(new Point(xy[i], xy[i + 1]));
        }
        shapes.add(new Polygon(pts, outlined ? Paint.both(fill, INK, LINE) : Paint.fill(fill)));
        return this;
    }

    public Sketch path(String d, String fill) {
        shapes.add(Path.parse(d, Paint.both(fill, INK, LINE)));
        return this;
    }

    public Sketch pathNo(String d, String fill) {
        shapes.add(Path.parse(d, Paint.fill(fill)));
        return this;
    }

    public Sketch line(String d, String colour, double width) {
        shapes.add(Path.parse(d, Paint.stroke(colour, width)));
        return this;
    }

    /** A thick coloured line with an ink outline (arms, stems, handles). */
    public Sketch thick(String d, String colour, double width) {
        return line(d, INK, width + 2 * LINE).line(d, colour, width);
    }

    /** A heart {@code width} wide centred on ({@code cx}, {@code cy}). */
    public Sketch heart(double cx, double cy, double width, String fill, boolean outlined) {
        String d = heartPath(cx, cy, width);
        return outlined ? path(d, fill) : pathNo(d, fill);
    }

    /** Two friendly eyes with a highlight. */
    public Sketch eyes(double leftX, double rightX, double y, double r) {
        circleNo(leftX, y, r, INK).circleNo(rightX, y, r, INK);
        double h = r * 0.38;
        return circleNo(leftX + r * 0.35, y - r * 0.35, h, "#ffffff").circleNo(rightX + r * 0.35, y - r * 0.35, h, "#ffffff");
    }

    /** A four-pointed sparkle. */
    public Sketch sparkle(double cx, double cy, double r, String fill) {
        double k = r * 0.28;
        return poly(fill, false, cx, cy - r, cx + k, cy - k, cx + r, cy, cx + k, cy + k, cx, cy + r, cx - k, cy + k,
                cx - r, cy, cx - k, cy - k);
    }

    /** A star polygon with {@code points} tips. */
    public Sketch star(double cx, double cy, double outer, double inner, int points, String fill, boolean outlined) {
        double[] xy = new double[points * 4];
        for (int i = 0; i < points * 2; i++) {
            double a = Math.toRadians(-90 + i * 180.0 / points);
            double r = i % 2 == 0 ? outer : inner;
            xy[2 * i] = cx + r * Math.cos(a);
            xy[2 * i + 1] = cy + r * Math.sin(a);
        }
        return poly(fill, outlined, xy);
    }

    /**
     * A child (or, with {@code scale} above 1, a grown-up) seen from the front: body, head, hair and
     * a smile. ({@code cx}, {@code headY}) is the centre of the head.
     */
    public Sketch person(double cx, double headY, double scale, String skin, String hair, String shirt) {
        double r = 9 * scale;
        double bodyTop = headY + r - 1;
        double bw = 24 * scale;
        double bh = 30 * scale;
        rect(cx - bw / 2, bodyTop, bw, bh, 10 * scale, shirt);
        circle(cx, headY, r, skin);
        // hair: a cap over the top of the head
        pathNo(String.format(Locale.ROOT, "M %.2f %.2f C %.2f %.2f %.2f %.2f %.2f %.2f C %.2f %.2f %.2f %.2f %.2f %.2f Z",
                cx - r, headY - 1 * scale,
                cx - r, headY - r * 1.45, cx + r, headY - r * 1.45, cx + r, headY - 1 * scale,
                cx + r * 0.4, headY - r * 0.55, cx - r * 0.4, headY - r * 0.55, cx - r, headY - 1 * scale), hair);
        circleNo(cx - r * 0.38, headY + r * 0.12, 1.3 * scale, INK).circleNo(cx + r * 0.38, headY + r * 0.12, 1.3 * scale, INK);
        return line(String.format(Locale.ROOT, "M %.2f %.2f C %.2f %.2f %.2f %.2f %.2f %.2f",
                cx - r * 0.35, headY + r * 0.45, cx - r * 0.15, headY + r * 0.7, cx + r * 0.15, headY + r * 0.7,
                cx + r * 0.35, headY + r * 0.45), INK, 1.5 * scale);
    }

    /** Overlapping circles (cx, cy, r triples) drawn as one outlined blob. */
    public Sketch blob(String fill, double... cxcyr) {
        for (int i = 0; i + 2 < cxcyr.length; i += 3) {
            circle(cxcyr[i], cxcyr[i + 1], cxcyr[i + 2], fill);
        }
        for (int i = 0; i + 2 < cxcyr.length; i += 3) {
            circleNo(cxcyr[i], cxcyr[i + 1], cxcyr[i + 2], fill);
        }
        return this;
    }

    /** The part of an ellipse between two heights, as a polygon (for stripes). */
    public Sketch band(double cx, double cy, double rx, double ry, double y1, double y2, String fill) {
        List<Double> left = new ArrayList<>();
        List<Double> right = new ArrayList<>();
        int steps = 8;
        for (int i = 0; i <= steps; i++) {
            double y = y1 + (y2 - y1) * i / steps;
            double t = (y - cy) / ry;
            double half = rx * Math.sqrt(Math.max(0, 1 - t * t));
            left.add(cx - half);
            left.add(y);
            right.add(cx + half);
            right.add(y);
        }
        double[] xy = new double[left.size() * 2];
        int k = 0;
        for (int i = 0; i < left.size(); i += 2) {
            xy[k++] = right.get(i);
            xy[k++] = right.get(i + 1);
        }
        for (int i = left.size() - 2; i >= 0; i -= 2) {
            xy[k++] = left.get(i);
            xy[k++] = left.get(i + 1);
        }
        return poly(fill, false, xy);
    }

    public Picture build() {
        return new Picture(id, nameKey, shapes);
    }

    private static String heartPath(double cx, double cy, double width) {
        // the password heart (80 wide, centred near 50,52), scaled and moved
        double[] base = {50, 88, 22, 68, 8, 52, 10, 34, 12, 18, 36, 12, 50, 30, 64, 12, 88, 18, 90, 34, 92, 52, 78, 68, 50, 88};
        double s = width / 80;
        double[] p = new double[base.length];
        for (int i = 0; i < base.length; i += 2) {
            p[i] = cx + (base[i] - 50) * s;
            p[i + 1] = cy + (base[i + 1] - 52) * s;
        }
        return String.format(Locale.ROOT, "M %.2f %.2f C %.2f %.2f %.2f %.2f %.2f %.2f C %.2f %.2f %.2f %.2f %.2f %.2f "
                + "C %.2f %.2f %.2f %.2f %.2f %.2f C %.2f %.2f %.2f %.2f %.2f %.2f Z",
                p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11], p[12], p[13],
                p[14], p[15], p[16], p[17], p[18], p[19], p[20], p[21], p[22], p[23], p[24], p[25]);
    }
}

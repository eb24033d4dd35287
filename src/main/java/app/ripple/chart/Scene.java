package app.ripple.chart;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A laid-out chart: marks in a {@code width} × {@code height} space with y pointing down (like
 * SVG). Renderers draw the marks in order and nothing else, so the web and the PDF show the same
 * geometry. {@code role} is a CSS class for the web renderer ({@code rc-s3}, {@code rc-text}, …);
 * {@code tip} is an optional hover text of a data mark.
 */
public record Scene(double width, double height, String title, String summary, List<Mark> marks) {

    public Scene {
        marks = List.copyOf(marks);
    }

    public sealed interface Mark permits Rect, Line, Polyline, Dot, Shape, Text {
        String role();
    }

    public record Rect(double x, double y, double width, double height, String fill, String role,
            @Nullable String tip) implements Mark {
    }

    public record Line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth,
            String role) implements Mark {
    }

    public record Polyline(List<Point> points, String stroke, double strokeWidth, String role) implements Mark {
        public Polyline {
            points = List.copyOf(points);
        }
    }

    public record Dot(double cx, double cy, double r, String fill, String role, @Nullable String tip) implements Mark {
    }

    /** A filled closed outline made of straight and cubic Bézier segments (donut wedges). */
    public record Shape(List<Segment> segments, String fill, String role, @Nullable String tip) implements Mark {
        public Shape {
            segments = List.copyOf(segments);
        }
    }

    public enum Anchor { START, MIDDLE, END }

    /**
     * A single line of text; ({@code x}, {@code y}) is on the baseline at the anchor. A rotation
     * in degrees turns it around that point (-90: reading upwards).
     */
    public record Text(double x, double y, String text, double size, Anchor anchor, boolean bold,
            String fill, double rotation, String role) implements Mark {
    }

    public record Point(double x, double y) {
    }

    public sealed interface Segment permits MoveTo, LineTo, CurveTo, Close {
    }

    public record MoveTo(double x, double y) implements Segment {
    }

    public record LineTo(double x, double y) implements Segment {
    }

    public record CurveTo(double x1, double y1, double x2, double y2, double x, double y) implements Segment {
    }

    public record Close() implements Segment {
    }
}

package app.ripple.classroom.pictures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One shape on the 100×100 picture canvas (y grows downwards, as in SVG). Every shape carries its
 * {@link Paint}. Lines always have round caps and joins.
 */
public sealed interface Shape permits Shape.Circle, Shape.Ellipse, Shape.RoundRect, Shape.Polygon, Shape.Path {

    Paint paint();

    /** Fill and/or stroke; colours are {@code #rrggbb}; {@code null} means none. */
    record Paint(@Nullable String fill, @Nullable String stroke, double strokeWidth) {
        private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");

        public Paint {
            fill = normalise(fill);
            stroke = normalise(stroke);
            if (fill == null && stroke == null) {
                throw new IllegalArgumentException("a shape needs a fill or a stroke");
            }
            if (stroke != null && !(strokeWidth > 0)) {
                throw new IllegalArgumentException("stroke width must be positive");
            }
        }

        public static Paint fill(String colour) {
            return new Paint(colour, null, 0);
        }

        public static Paint stroke(String colour, double width) {
            return new Paint(null, colour, width);
        }

        public static Paint both(String fill, String stroke, double width) {
            return new Paint(fill, stroke, width);
        }

        private static @Nullable String normalise(@Nullable String colour) {
            if (colour == null) {
                return null;
            }
            String c = colour.toLowerCase(Locale.ROOT);
            if (!COLOUR.matcher(c).matches()) {
                throw new IllegalArgumentException("colour must be #rrggbb: " + colour);
            }
            return c;
        }
    }

    record Point(double x, double y) {
    }

    record Circle(double cx, double cy, double r, Paint paint) implements Shape {
    }

    /** An ellipse, rotated clockwise by {@code rotation} degrees around its centre. */
    record Ellipse(double cx, double cy, double rx, double ry, double rotation, Paint paint) implements Shape {
    }

    record RoundRect(double x, double y, double width, double height, double radius, Paint paint) implements Shape {
        public RoundRect {
            radius = Math.max(0, Math.min(radius, Math.min(width, height) / 2));
        }
    }

    /** A closed polygon. */
    record Polygon(List<Point> points, Paint paint) implements Shape {
        public Polygon {
            points = List.copyOf(points);
            if (points.size() < 3) {
                throw new IllegalArgumentException("a polygon needs at least 3 points");
            }
        }
    }

    /** A path of absolute move-to, line-to, cubic curve-to and close segments. */
    record Path(List<Segment> segments, Paint paint) implements Shape {
        public Path {
            segments = List.copyOf(segments);
            if (segments.isEmpty() || !(segments.getFirst() instanceof MoveTo)) {
                throw new IllegalArgumentException("a path starts with a move-to");
            }
        }

        /**
         * Parses the absolute subset of SVG path syntax: {@code M x y}, {@code L x y},
         * {@code C x1 y1 x2 y2 x y} and {@code Z} (commands may repeat their coordinates).
         */
        public static Path parse(String d, Paint paint) {
            String[] tokens = d.trim().replaceAll("([MLCZmlcz])", " $1 ").replace(',', ' ').trim().split("\\s+");
            List<Segment> segments = new ArrayList<>();
            char command = 0;
            int i = 0;
            while (i < tokens.length) {
                String t = tokens[i];
                if (t.length() == 1 && Character.isLetter(t.charAt(0))) {
                    command = Character.toUpperCase(t.charAt(0));
                    i++;
                    if (command == 'Z') {
                        segments.add(new Close());
                    }
                    continue;
                }
                switch (command) {
                    case 'M' -> {
                        segments.add(new MoveTo(num(tokens, i), num(tokens, i + 1)));
                        i += 2;
                        command = 'L';
                    }
                    case 'L' -> {
                        segments.add(new LineTo(num(tokens, i), num(tokens, i + 1)));
                        i += 2;
                    }
                    case 'C' -> {
                        segments.add(new CurveTo(num(tokens, i), num(tokens, i + 1), num(tokens, i + 2),
                                num(tokens, i + 3), num(tokens, i + 4), num(tokens, i + 5)));
                        i += 6;
                    }
                    default -> throw new IllegalArgumentException("unsupported path: " + d);
                }
            }
            return new Path(segments, paint);
        }

        private static double num(String[] tokens, int i) {
            if (i >= tokens.length) {
                throw new IllegalArgumentException("path ends too early");
            }
            return Double.parseDouble(tokens[i]);
        }
    }

    sealed interface Segment permits MoveTo, LineTo, CurveTo, Close {
    }

    record MoveTo(double x, double y) implements Segment {
    }

    record LineTo(double x, double y) implements Segment {
    }

    record CurveTo(double x1, double y1, double x2, double y2, double x, double y) implements Segment {
    }

    record Close() implements Segment {
    }
}

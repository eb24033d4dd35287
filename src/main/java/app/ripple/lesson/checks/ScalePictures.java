package app.ripple.lesson.checks;

import app.ripple.classroom.pictures.Picture;
import app.ripple.classroom.pictures.Sketch;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pictures for the points of a response scale, so that young readers see how much they agree: a
 * circle that grows from the first to the last point, with a cross on the "disagree" side, a dash
 * in the middle and a tick on the "agree" side. Not faces: a statement such as "people with mental
 * health problems are scary" must not pair agreement with a smile. Colours are soft and never
 * alarming. One vector model: SVG for the tablet, vector drawing for the parent preview PDF.
 */
final class ScalePictures {

    static final int MAX_POINTS = 11;
    private static final Pattern ID = Pattern.compile("scale_(\\d{1,2})_(\\d{1,2})");
    private static final String[] COLOURS = {"#b3e5fc", "#c5cae9", "#e1bee7", "#fff9c4", "#dcedc8", "#b2dfdb"};

    private ScalePictures() {
    }

    static String id(int points, int index) {
        return "scale_" + points + "_" + index;
    }

    static Optional<Picture> byId(String id) {
        Matcher m = ID.matcher(id);
        if (!m.matches()) {
            return Optional.empty();
        }
        int points = Integer.parseInt(m.group(1));
        int index = Integer.parseInt(m.group(2));
        if (points < 2 || points > MAX_POINTS || index >= points) {
            return Optional.empty();
        }
        return Optional.of(picture(points, index));
    }

    /** The picture of point {@code index} (0 = the lowest) of a scale with {@code points} points. */
    static Picture picture(int points, int index) {
        double t = (double) index / (points - 1);
        double r = 20 + 26 * t;
        String colour = COLOURS[(int) Math.round(t * (COLOURS.length - 1))];
        Sketch s = new Sketch(id(points, index), "attitude.picture").circle(50, 50, r, colour);
        double m = r * 0.5;
        double middle = (points - 1) / 2.0;
        double width = 3 + 3 * t;
        if (Math.abs(index - middle) < 0.01) {
            s.line(String.format(Locale.ROOT, "M %.1f 50 L %.1f 50", 50 - m, 50 + m), Sketch.INK, width);
        } else if (index < middle) {
            s.line(String.format(Locale.ROOT, "M %.1f %.1f L %.1f %.1f M %.1f %.1f L %.1f %.1f",
                    50 - m, 50 - m, 50 + m, 50 + m, 50 + m, 50 - m, 50 - m, 50 + m), Sketch.INK, 3 + 3 * (1 - t));
        } else {
            s.line(String.format(Locale.ROOT, "M %.1f %.1f L %.1f %.1f L %.1f %.1f",
                    50 - m, 50 + m * 0.05, 50 - m * 0.25, 50 + m * 0.7, 50 + m, 50 - m * 0.6), Sketch.INK, width);
        }
        return s.build();
    }
}

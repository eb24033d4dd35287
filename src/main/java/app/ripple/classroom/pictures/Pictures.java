package app.ripple.classroom.pictures;

import app.ripple.classroom.pictures.Shape.Circle;
import app.ripple.classroom.pictures.Shape.Ellipse;
import app.ripple.classroom.pictures.Shape.Paint;
import app.ripple.classroom.pictures.Shape.Path;
import app.ripple.classroom.pictures.Shape.Point;
import app.ripple.classroom.pictures.Shape.Polygon;
import app.ripple.classroom.pictures.Shape.RoundRect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue: avatars (a child taps theirs) and the 12 password pictures (a child taps 3 in
 * order). Ids are stored in the database: never rename or remove one; add new ones at the end.
 */
public final class Pictures {

    /** Outline colour: a warm near-black, softer than pure black. */
    private static final String INK = Sketch.INK;
    private static final double LINE = Sketch.LINE;

    private static final List<Picture> BASE_AVATARS = List.of(
            fox(), owl(), cat(), dog(), bear(), rabbit(), frog(), penguin(), lion(), panda(), koala(), tiger(),
            elephant(), monkey(), pig(), mouse(), duck(), turtle(), bee(), ladybird(), whale(), octopus(), hedgehog(),
            unicorn());

    /**
     * Classes of up to 48 need as many different avatars: each animal also comes on a bold
     * coloured ring ({@code <id>_2}), so "the fox on the blue ring" is still easy to find.
     */
    private static final String[] RING_COLOURS = {"#1e88e5", "#8e24aa", "#43a047", "#e53935", "#fb8c00", "#00897b"};

    private static final List<Picture> AVATARS = withVariants(BASE_AVATARS);

    private static final List<Picture> PASSWORD_PICTURES = List.of(
            sun(), moon(), star(), heart(), tree(), flower(), fish(), apple(), house(), car(), ball(), boat());

    private static final Map<String, Picture> AVATARS_BY_ID = index(AVATARS);
    private static final Map<String, Picture> PASSWORD_PICTURES_BY_ID = index(PASSWORD_PICTURES);

    private Pictures() {
    }

    /** All avatars, in display order. */
    public static List<Picture> avatars() {
        return AVATARS;
    }

    /** Exactly 12 password pictures, in display order (a 4×3 or 3×4 grid). */
    public static List<Picture> passwordPictures() {
        return PASSWORD_PICTURES;
    }

    public static Optional<Picture> avatar(String id) {
        return Optional.ofNullable(AVATARS_BY_ID.get(id));
    }

    public static Optional<Picture> passwordPicture(String id) {
        return Optional.ofNullable(PASSWORD_PICTURES_BY_ID.get(id));
    }

    private static List<Picture> withVariants(List<Picture> base) {
        List<Picture> all = new java.util.ArrayList<>(base);
        for (int i = 0; i < base.size(); i++) {
            Picture b = base.get(i);
            List<Shape> shapes = new java.util.ArrayList<>(b.shapes());
            String ring = RING_COLOURS[i % RING_COLOURS.length];
            // The background disc stays; a thick ring in a bold colour goes on top of everything.
            shapes.add(new Shape.Circle(50, 50, 46, new Shape.Paint(null, ring, 7)));
            all.add(new Picture(b.id() + "_2", b.nameKey() + "_2", shapes));
        }
        return List.copyOf(all);
    }

    private static Map<String, Picture> index(List<Picture> pictures) {
        Map<String, Picture> byId = new LinkedHashMap<>();
        for (Picture p : pictures) {
            if (byId.put(p.id(), p) != null) {
                throw new IllegalStateException("duplicate picture id " + p.id());
            }
        }
        return Map.copyOf(byId);
    }

    // ================================================================ avatars

    private static Picture fox() {
        return avatar("fox", "#ffe0b2")
                .poly("#ef6c00", true, 20, 42, 26, 10, 46, 30).poly("#ef6c00", true, 80, 42, 74, 10, 54, 30)
                .poly("#4e342e", false, 25, 34, 28, 18, 38, 29).poly("#4e342e", false, 75, 34, 72, 18, 62, 29)
                .path("M 16 40 C 16 30 30 25 50 25 C 70 25 84 30 84 40 C 84 56 64 78 50 84 C 36 78 16 56 16 40 Z", "#ef6c00")
                .pathNo("M 17 44 C 28 48 40 52 50 62 C 60 52 72 48 83 44 C 80 58 62 77 50 82 C 38 77 20 58 17 44 Z", "#fff8ee")
                .eyes(38, 62, 46, 4.2).circleNo(50, 79, 4.5, INK)
                .line("M 16 40 C 16 56 36 78 50 84 C 64 78 84 56 84 40", INK, LINE)
                .build();
    }

    private static Picture owl() {
        return avatar("owl", "#c5cae9")
                .poly("#5c6bc0", true, 20, 34, 22, 10, 40, 24).poly("#5c6bc0", true, 80, 34, 78, 10, 60, 24)
                .ellipse(50, 56, 32, 36, 0, "#5c6bc0")
                .ellipseNo(50, 74, 18, 15, 0, "#e8eaf6")
                .line("M 44 70 L 47 73 L 50 70 M 50 70 L 53 73 L 56 70 M 44 78 L 47 81 L 50 78 L 53 81 L 56 78", "#7986cb", 2)
                .circle(36, 44, 13, "#ffca28").circle(64, 44, 13, "#ffca28")
                .circleNo(36, 44, 7, INK).circleNo(64, 44, 7, INK)
                .circleNo(38.5, 41.5, 2.5, "#ffffff").circleNo(66.5, 41.5, 2.5, "#ffffff")
                .poly("#ff8f00", true, 45, 54, 55, 54, 50, 63)
                .build();
    }

    private static Picture cat() {
        return avatar("cat", "#e3eaee")
                .poly("#90a4ae", true, 20, 44, 24, 12, 44, 30).poly("#90a4ae", true, 80, 44, 76, 12, 56, 30)
                .poly("#f8bbd0", false, 25, 36, 27, 20, 37, 29).poly("#f8bbd0", false, 75, 36, 73, 20, 63, 29)
                .ellipse(50, 56, 33, 28, 0, "#90a4ae")
                .ellipse(38, 51, 6, 8, 0, "#aed581").ellipse(62, 51, 6, 8, 0, "#aed581")
                .ellipseNo(38, 51, 2, 6, 0, INK).ellipseNo(62, 51, 2, 6, 0, INK)
                .poly("#f06292", false, 45.5, 61, 54.5, 61, 50, 66)
                .line("M 43 69 C 46 72 50 71 50 66 C 50 71 54 72 57 69", INK, 2)
                .line("M 30 62 L 12 58 M 30 67 L 12 69 M 70 62 L 88 58 M 70 67 L 88 69", INK, 1.6)
                .build();
    }

    private static Picture dog() {
        return avatar("dog", "#f5e6cc")
                .ellipse(23, 50, 10, 22, 18, "#6d4c41").ellipse(77, 50, 10, 22, -18, "#6d4c41")
                .ellipse(50, 52, 28, 30, 0, "#d7a86e")
                .ellipseNo(62, 44, 8, 9, 0, "#b9854a")
                .ellipse(50, 68, 15, 11, 0, "#fff8e1")
                .eyes(40, 62, 45, 4.2)
                .ellipseNo(50, 62, 6, 4.5, 0, INK)
                .ellipse(50, 76, 4, 4.5, 0, "#ef5350")
                .line("M 50 66 L 50 70 M 43 70 C 46 74 54 74 57 70", INK, 2)
                .build();
    }

    private static Picture bear() {
        return avatar("bear", "#e8d9cf")
                .circle(26, 29, 11, "#6d4c41").circle(74, 29, 11, "#6d4c41")
                .circleNo(26, 29, 6, "#bcaaa4").circleNo(74, 29, 6, "#bcaaa4")
                .circle(50, 55, 30, "#6d4c41")
                .ellipse(50, 67, 14, 11, 0, "#d7ccc8")
                .eyes(39, 61, 48, 4.2)
                .ellipseNo(50, 62, 6, 4, 0, INK)
                .line("M 50 65 L 50 70 M 44 71 C 47 74 53 74 56 71", INK, 2)
                .build();
    }

    private static Picture rabbit() {
        return avatar("rabbit", "#d6efff")
                .ellipse(38, 27, 9, 22, -8, "#ffffff").ellipse(62, 27, 9, 22, 8, "#ffffff")
                .ellipseNo(38, 28, 4.5, 16, -8, "#f48fb1").ellipseNo(62, 28, 4.5, 16, 8, "#f48fb1")
                .ellipse(50, 63, 28, 25, 0, "#ffffff")
                .circleNo(34, 70, 4.5, "#f8bbd0").circleNo(66, 70, 4.5, "#f8bbd0")
                .eyes(40, 60, 59, 4.2)
                .poly("#f06292", false, 46, 66, 54, 66, 50, 70.5)
                .rect(46.5, 74, 7, 6, 1.5, "#ffffff")
                .line("M 50 70.5 L 50 74 M 44 75 C 46 77 50 77 50 74 C 50 77 54 77 56 75", INK, 1.8)
                .build();
    }

    private static Picture frog() {
        return avatar("frog", "#f1f8e9")
                .circle(31, 38, 13, "#7cb342").circle(69, 38, 13, "#7cb342")
                .ellipse(50, 62, 37, 25, 0, "#7cb342")
                .circleNo(31, 38, 12, "#7cb342").circleNo(69, 38, 12, "#7cb342")
                .circle(31, 37, 8.5, "#ffffff").circle(69, 37, 8.5, "#ffffff")
                .circleNo(32, 38, 4.5, INK).circleNo(68, 38, 4.5, INK)
                .circleNo(33.5, 36, 1.6, "#ffffff").circleNo(69.5, 36, 1.6, "#ffffff")
                .circleNo(24, 66, 5, "#ef9a9a").circleNo(76, 66, 5, "#ef9a9a")
                .circleNo(46, 54, 1.6, INK).circleNo(54, 54, 1.6, INK)
                .line("M 28 62 C 38 76 62 76 72 62", INK, 3)
                .build();
    }

    private static Picture penguin() {
        return avatar("penguin", "#d4f1f6")
                .ellipse(50, 56, 32, 36, 0, "#263238")
                .pathNo("M 50 40 C 40 26 20 32 24 54 C 26 72 40 86 50 88 C 60 86 74 72 76 54 C 80 32 60 26 50 40 Z", "#ffffff")
                .eyes(40, 60, 50, 4.2)
                .circleNo(33, 62, 4, "#f8bbd0").circleNo(67, 62, 4, "#f8bbd0")
                .poly("#ff9800", true, 43, 57, 57, 57, 50, 67)
                .build();
    }

    private static Picture lion() {
        Sketch d = avatar("lion", "#fff3d6");
        for (int i = 0; i < 12; i++) {
            double a = Math.toRadians(i * 30);
            d.circle(50 + 31 * Math.cos(a), 53 + 31 * Math.sin(a), 12, "#d9822b");
        }
        return d.circleNo(50, 53, 32, "#d9822b")
                .circle(32, 32, 7, "#fbc02d").circle(68, 32, 7, "#fbc02d")
                .circle(50, 55, 24, "#fbc02d")
                .ellipseNo(50, 65, 11, 8, 0, "#fff3c4")
                .eyes(41, 59, 50, 3.8)
                .poly("#5d4037", false, 45, 58.5, 55, 58.5, 50, 64)
                .line("M 50 64 L 50 67 M 45 68 C 47 71 53 71 55 68", INK, 2)
                .build();
    }

    private static Picture panda() {
        return avatar("panda", "#c8e6c9")
                .circle(26, 30, 11, "#263238").circle(74, 30, 11, "#263238")
                .ellipse(50, 56, 32, 28, 0, "#ffffff")
                .ellipseNo(38, 53, 8, 11, 35, "#263238").ellipseNo(62, 53, 8, 11, -35, "#263238")
                .circleNo(39, 52, 3.6, "#ffffff").circleNo(61, 52, 3.6, "#ffffff")
                .circleNo(39.5, 52.5, 2, INK).circleNo(60.5, 52.5, 2, INK)
                .ellipseNo(50, 64, 5, 3.5, 0, INK)
                .line("M 50 67 L 50 70 M 45 71 C 47 74 53 74 55 71", INK, 2)
                .build();
    }

    private static Picture koala() {
        return avatar("koala", "#e6e6e6")
                .circle(22, 37, 16, "#8a8a8a").circle(78, 37, 16, "#8a8a8a")
                .circleNo(22, 37, 10, "#f5f5f5").circleNo(78, 37, 10, "#f5f5f5")
                .ellipse(50, 57, 29, 28, 0, "#8a8a8a")
                .eyes(37, 63, 51, 3.8)
                .ellipse(50, 61, 8, 11, 0, "#37474f")
                .line("M 45 76 C 47 78 53 78 55 76", INK, 2)
                .build();
    }

    private static Picture tiger() {
        return avatar("tiger", "#ffecc7")
                .circle(28, 31, 9, "#ffa000").circle(72, 31, 9, "#ffa000")
                .circleNo(28, 31, 4.5, "#fff3e0").circleNo(72, 31, 4.5, "#fff3e0")
                .ellipse(50, 56, 33, 28, 0, "#ffa000")
                .poly(INK, false, 44, 29, 50, 40, 56, 29).poly(INK, false, 36, 31, 40, 38, 42, 30)
                .poly(INK, false, 64, 31, 60, 38, 58, 30)
                .poly(INK, false, 18, 50, 31, 53, 18, 57).poly(INK, false, 20, 63, 30, 64, 22, 69)
                .poly(INK, false, 82, 50, 69, 53, 82, 57).poly(INK, false, 80, 63, 70, 64, 78, 69)
                .ellipseNo(50, 67, 14, 10, 0, "#ffffff")
                .eyes(39, 61, 50, 4.2)
                .poly("#f06292", false, 45.5, 61, 54.5, 61, 50, 66)
                .line("M 50 66 L 50 69 M 45 70 C 47 73 53 73 55 70", INK, 2)
                .build();
    }

    private static Picture elephant() {
        return avatar("elephant", "#e3f2fd")
                .ellipse(21, 50, 17, 24, -8, "#64b5f6").ellipse(79, 50, 17, 24, 8, "#64b5f6")
                .ellipseNo(23, 51, 10, 16, -8, "#f8bbd0").ellipseNo(77, 51, 10, 16, 8, "#f8bbd0")
                .circle(50, 48, 24, "#64b5f6")
                .path("M 43 62 C 42 74 44 84 54 88 C 61 90 66 85 63 80 C 57 81 54 76 56 62 Z", "#64b5f6")
                .pathNo("M 44.3 60 L 54.7 60 L 54.7 66 L 44.3 66 Z", "#64b5f6")
                .eyes(41, 59, 46, 3.8)
                .circleNo(35, 56, 3.5, "#f8bbd0").circleNo(65, 56, 3.5, "#f8bbd0")
                .build();
    }

    private static Picture monkey() {
        return avatar("monkey", "#f0dfcf")
                .circle(18, 52, 11, "#a0522d").circle(82, 52, 11, "#a0522d")
                .circleNo(18, 52, 6, "#f3cfa6").circleNo(82, 52, 6, "#f3cfa6")
                .circle(50, 50, 31, "#a0522d")
                .circleNo(40, 47, 12, "#f3cfa6").circleNo(60, 47, 12, "#f3cfa6")
                .ellipseNo(50, 64, 20, 15, 0, "#f3cfa6")
                .eyes(40, 60, 46, 4.2)
                .circleNo(47, 58, 1.6, INK).circleNo(53, 58, 1.6, INK)
                .line("M 40 65 C 45 72 55 72 60 65", INK, 2.4)
                .build();
    }

    private static Picture pig() {
        return avatar("pig", "#fde4ee")
                .poly("#f48fb1", true, 24, 36, 21, 14, 42, 26).poly("#f48fb1", true, 76, 36, 79, 14, 58, 26)
                .circle(50, 55, 31, "#f48fb1")
                .eyes(39, 61, 46, 4.2)
                .ellipse(50, 63, 12.5, 9, 0, "#f06292")
                .ellipseNo(45.5, 63, 2.2, 3.4, 0, "#880e4f").ellipseNo(54.5, 63, 2.2, 3.4, 0, "#880e4f")
                .line("M 43 77 C 47 80 53 80 57 77", INK, 2)
                .build();
    }

    private static Picture mouse() {
        return avatar("mouse", "#fbe9e7")
                .circle(24, 31, 17, "#bdb3ae").circle(76, 31, 17, "#bdb3ae")
                .circleNo(24, 31, 11, "#f8bbd0").circleNo(76, 31, 11, "#f8bbd0")
                .ellipse(50, 60, 26, 25, 0, "#bdb3ae")
                .eyes(41, 59, 56, 4)
                .circleNo(50, 68, 4, "#f06292")
                .line("M 38 68 L 20 64 M 38 72 L 20 74 M 62 68 L 80 64 M 62 72 L 80 74", INK, 1.6)
                .line("M 45 75 C 47 78 53 78 55 75", INK, 2)
                .build();
    }

    private static Picture duck() {
        return avatar("duck", "#b3e5fc")
                .path("M 46 22 C 42 12 50 8 52 14 C 54 8 62 12 56 22 Z", "#ffeb3b")
                .circle(50, 50, 30, "#ffeb3b")
                .eyes(40, 60, 44, 4.2)
                .circleNo(30, 56, 4.5, "#ffab91").circleNo(70, 56, 4.5, "#ffab91")
                .ellipse(50, 62, 16, 7, 0, "#ff9800")
                .line("M 36 62 C 44 64 56 64 64 62", INK, 1.8)
                .build();
    }

    private static Picture turtle() {
        Sketch d = avatar("turtle", "#e0f2f1")
                .ellipse(24, 40, 8, 7, -30, "#a5d6a7").ellipse(76, 40, 8, 7, 30, "#a5d6a7")
                .ellipse(25, 80, 8, 7, 30, "#a5d6a7").ellipse(75, 80, 8, 7, -30, "#a5d6a7")
                .circle(50, 22, 12, "#a5d6a7")
                .circleNo(45, 20, 2.4, INK).circleNo(55, 20, 2.4, INK)
                .line("M 46 26 C 48 28 52 28 54 26", INK, 1.6)
                .ellipse(50, 60, 28, 26, 0, "#00897b");
        double[] hex = new double[12];
        for (int i = 0; i < 6; i++) {
            double a = Math.toRadians(i * 60 + 30);
            hex[2 * i] = 50 + 10 * Math.cos(a);
            hex[2 * i + 1] = 60 + 10 * Math.sin(a);
        }
        StringBuilder spokes = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            double a = Math.toRadians(i * 60 + 30);
            spokes.append("M ").append(hex[2 * i]).append(' ').append(hex[2 * i + 1]).append(" L ")
                    .append(50 + 27 * Math.cos(a)).append(' ').append(60 + 25 * Math.sin(a)).append(' ');
        }
        return d.line(spokes.toString(), "#004d40", 2).poly("#4db6ac", true, hex).build();
    }

    private static Picture bee() {
        Sketch d = avatar("bee", "#fffde7")
                .ellipse(28, 34, 12, 17, -35, "#e1f5fe").ellipse(72, 34, 12, 17, 35, "#e1f5fe")
                .line("M 43 36 C 41 26 36 20 31 18 M 57 36 C 59 26 64 20 69 18", INK, 2)
                .circleNo(31, 18, 3.5, INK).circleNo(69, 18, 3.5, INK)
                .ellipse(50, 60, 30, 27, 0, "#ffca28");
        d.band(50, 60, 30, 27, 66, 74, INK).band(50, 60, 30, 27, 80, 88, INK);
        return d.line("M 20 60 C 20 40 80 40 80 60 C 80 76 66 87 50 87 C 34 87 20 76 20 60", INK, LINE)
                .eyes(41, 59, 53, 4)
                .line("M 45 59 C 47 62 53 62 55 59", INK, 2)
                .circleNo(34, 58, 3.5, "#ffab91").circleNo(66, 58, 3.5, "#ffab91")
                .build();
    }

    private static Picture ladybird() {
        return avatar("ladybird", "#ffebee")
                .line("M 45 20 C 42 12 38 10 34 10 M 55 20 C 58 12 62 10 66 10", INK, 2)
                .circleNo(34, 10, 3, INK).circleNo(66, 10, 3, INK)
                .circle(50, 60, 32, "#e53935")
                .line("M 50 34 L 50 92", INK, 2.5)
                .circleNo(36, 50, 6, INK).circleNo(64, 50, 6, INK)
                .circleNo(31, 68, 5, INK).circleNo(69, 68, 5, INK)
                .circleNo(43, 81, 4, INK).circleNo(57, 81, 4, INK)
                .circle(50, 30, 15, INK)
                .circleNo(44, 27, 3.5, "#ffffff").circleNo(56, 27, 3.5, "#ffffff")
                .circleNo(44.5, 27.5, 1.8, INK).circleNo(55.5, 27.5, 1.8, INK)
                .line("M 45 34 C 47 36 53 36 55 34", "#ffffff", 1.6)
                .build();
    }

    private static Picture whale() {
        return avatar("whale", "#bbdefb")
                .line("M 40 32 C 38 24 34 20 29 18 M 43 31 L 43 14 M 46 32 C 48 24 52 20 57 18", "#29b6f6", 3)
                .path("M 12 60 C 12 38 38 32 58 37 C 72 41 78 52 80 58 C 86 54 90 46 94 42 C 96 54 92 64 84 68 "
                        + "C 76 80 58 84 40 82 C 22 80 12 72 12 60 Z", "#1e88e5")
                .pathNo("M 17 68 C 28 78 50 80 68 75 C 56 71 30 72 17 68 Z", "#bbdefb")
                .circleNo(32, 54, 4.2, INK).circleNo(33.3, 52.6, 1.3, "#ffffff")
                .line("M 20 63 C 26 68 33 68 38 64", INK, 2)
                .circleNo(42, 62, 3.5, "#f8bbd0")
                .build();
    }

    private static Picture octopus() {
        String tentacles = "M 28 58 C 20 74 26 84 14 90 M 41 62 C 40 78 38 86 32 94 "
                + "M 59 62 C 60 78 62 86 68 94 M 72 58 C 80 74 74 84 86 90";
        return avatar("octopus", "#f3e5f5")
                .line(tentacles, INK, 12.5).line(tentacles, "#ab47bc", 8)
                .path("M 20 56 C 20 20 80 20 80 56 C 80 68 20 68 20 56 Z", "#ab47bc")
                .circle(40, 46, 6, "#ffffff").circle(60, 46, 6, "#ffffff")
                .circleNo(41, 47, 3, INK).circleNo(59, 47, 3, INK)
                .circleNo(31, 55, 4, "#f48fb1").circleNo(69, 55, 4, "#f48fb1")
                .line("M 44 56 C 47 60 53 60 56 56", INK, 2)
                .build();
    }

    private static Picture hedgehog() {
        int spikes = 18;
        double[] pts = new double[spikes * 4];
        for (int i = 0; i < spikes * 2; i++) {
            double a = Math.toRadians(i * 360.0 / (spikes * 2) - 90);
            double r = i % 2 == 0 ? 44 : 33;
            pts[2 * i] = 50 + r * Math.cos(a);
            pts[2 * i + 1] = 54 + r * 0.92 * Math.sin(a);
        }
        return avatar("hedgehog", "#efe6e1")
                .poly("#8d6e63", true, pts)
                .circle(34, 44, 5.5, "#ffe0b2").circle(66, 44, 5.5, "#ffe0b2")
                .ellipse(50, 62, 22, 20, 0, "#ffe0b2")
                .eyes(42, 58, 56, 3.6)
                .circleNo(36, 64, 3.5, "#ffab91").circleNo(64, 64, 3.5, "#ffab91")
                .circleNo(50, 65, 4, INK)
                .line("M 46 71 C 48 73 52 73 54 71", INK, 1.8)
                .build();
    }

    private static Picture unicorn() {
        return avatar("unicorn", "#ede7f6")
                .circle(36, 24, 9, "#64b5f6").circle(27, 34, 9, "#ba68c8").circle(22, 47, 9, "#ef5350")
                .circle(22, 60, 9, "#ffb74d").circle(25, 73, 9, "#fff176").circle(32, 84, 9, "#81c784")
                .poly("#ffffff", true, 38, 34, 40, 16, 50, 30).poly("#ffffff", true, 68, 32, 70, 14, 58, 28)
                .ellipse(53, 56, 26, 28, 0, "#ffffff")
                .poly("#ffd54f", true, 47, 32, 57, 32, 52, 6)
                .line("M 49 24 L 55 22 M 48 28 L 56 26", "#f9a825", 1.6)
                .line("M 40 54 C 42 50 46 50 48 54 M 58 54 C 60 50 64 50 66 54", INK, 2.4)
                .circleNo(38, 62, 4, "#f8bbd0").circleNo(68, 62, 4, "#f8bbd0")
                .ellipse(53, 72, 14, 9, 0, "#f8bbd0")
                .circleNo(48, 71, 1.6, INK).circleNo(58, 71, 1.6, INK)
                .build();
    }

    // ================================================================ password pictures

    private static Picture sun() {
        Sketch d = password("sun");
        d.poly("#ff9800", true, star(50, 50, 46, 29, 12, -90));
        return d.circle(50, 50, 24, "#ffca28")
                .eyes(42, 58, 46, 3)
                .line("M 41 56 C 45 62 55 62 59 56", INK, 2.2)
                .build();
    }

    private static Picture moon() {
        return password("moon")
                .circle(50, 50, 46, "#283593")
                .circleNo(47, 53, 31, "#fff59d")
                .circleNo(62, 43, 27, "#283593")
                .poly("#ffffff", false, star(72, 70, 6, 2.5, 5, -90))
                .poly("#ffffff", false, star(76, 26, 4.5, 1.8, 5, -90))
                .poly("#ffffff", false, star(30, 22, 3.5, 1.5, 5, -90))
                .line("M 50 4 C 75 4 96 25 96 50 C 96 75 75 96 50 96 C 25 96 4 75 4 50 C 4 25 25 4 50 4", INK, LINE)
                .build();
    }

    private static Picture star() {
        return password("star")
                .poly("#ffc107", true, star(50, 54, 46, 20, 5, -90))
                .build();
    }

    private static Picture heart() {
        return password("heart")
                .path("M 50 88 C 22 68 8 52 10 34 C 12 18 36 12 50 30 C 64 12 88 18 90 34 C 92 52 78 68 50 88 Z", "#e91e63")
                .ellipseNo(28, 34, 5, 8, 35, "#f8bbd0")
                .build();
    }

    private static Picture tree() {
        return password("tree")
                .rect(42, 56, 16, 36, 3, "#8d6e63")
                .blob("#43a047", 50, 30, 22, 30, 46, 17, 70, 46, 17, 50, 52, 16)
                .circleNo(40, 30, 3, "#e53935").circleNo(62, 38, 3, "#e53935").circleNo(36, 52, 3, "#e53935")
                .build();
    }

    private static Picture flower() {
        Sketch d = password("flower")
                .line("M 50 55 L 50 95", "#388e3c", 5)
                .ellipse(63, 80, 11, 5.5, -30, "#66bb6a").ellipse(37, 74, 11, 5.5, 30, "#66bb6a");
        for (int i = 0; i < 6; i++) {
            double a = Math.toRadians(i * 60 - 90);
            d.circle(50 + 17 * Math.cos(a), 36 + 17 * Math.sin(a), 12, "#ab47bc");
        }
        return d.circle(50, 36, 10, "#ffeb3b").build();
    }

    private static Picture fish() {
        return password("fish")
                .poly("#0288d1", true, 70, 50, 93, 30, 93, 70)
                .poly("#0288d1", true, 38, 31, 56, 18, 60, 33)
                .ellipse(44, 50, 33, 22, 0, "#29b6f6")
                .line("M 54 32 C 60 42 60 58 54 68 M 64 36 C 68 44 68 56 64 64", "#0288d1", 2.2)
                .circle(27, 46, 6, "#ffffff").circleNo(26, 46, 3, INK)
                .line("M 16 56 C 20 59 24 59 27 57", INK, 2)
                .build();
    }

    private static Picture apple() {
        return password("apple")
                .line("M 50 32 C 50 24 52 16 56 11", "#6d4c41", 4.5)
                .ellipse(65, 18, 11, 5.5, -20, "#66bb6a")
                .path("M 50 32 C 62 22 88 26 86 54 C 84 78 66 92 50 85 C 34 92 16 78 14 54 C 12 26 38 22 50 32 Z", "#e53935")
                .ellipseNo(31, 50, 5, 9, 20, "#ffcdd2")
                .build();
    }

    private static Picture house() {
        return password("house")
                .rect(64, 16, 11, 24, 1, "#8d6e63")
                .rect(20, 46, 60, 44, 2, "#ffb74d")
                .poly("#d84315", true, 10, 50, 50, 13, 90, 50)
                .rect(42, 62, 16, 28, 3, "#795548")
                .circleNo(54, 77, 1.8, "#ffeb3b")
                .rect(25, 57, 12, 12, 1.5, "#b3e5fc").rect(63, 57, 12, 12, 1.5, "#b3e5fc")
                .line("M 31 57 L 31 69 M 25 63 L 37 63 M 69 57 L 69 69 M 63 63 L 75 63", INK, 1.5)
                .build();
    }

    private static Picture car() {
        return password("car")
                .path("M 24 52 L 33 33 C 34 31 36 30 39 30 L 61 30 C 64 30 66 31 67 33 L 76 52 Z", "#1e88e5")
                .rect(8, 50, 84, 24, 9, "#1e88e5")
                .poly("#b3e5fc", true, 33, 50, 39.5, 36, 48, 36, 48, 50)
                .poly("#b3e5fc", true, 52, 50, 52, 36, 60.5, 36, 67, 50)
                .circleNo(87, 58, 3.5, "#fff176")
                .circle(30, 75, 10, "#37474f").circle(70, 75, 10, "#37474f")
                .circleNo(30, 75, 4, "#cfd8dc").circleNo(70, 75, 4, "#cfd8dc")
                .build();
    }

    private static Picture ball() {
        return password("ball")
                .circle(50, 50, 40, "#ffffff")
                .pathNo("M 50 10 C 30 28 30 72 50 90 C 26 87 10 70 10 50 C 10 30 26 13 50 10 Z", "#e53935")
                .pathNo("M 50 10 C 70 28 70 72 50 90 C 74 87 90 70 90 50 C 90 30 74 13 50 10 Z", "#fdd835")
                .pathNo("M 50 10 C 42 30 42 70 50 90 C 58 70 58 30 50 10 Z", "#1e88e5")
                .line("M 50 10 C 30 28 30 72 50 90 M 50 10 C 70 28 70 72 50 90 M 50 10 C 42 30 42 70 50 90 "
                        + "M 50 10 C 58 30 58 70 50 90", INK, 1.5)
                .line("M 50 10 C 72 10 90 28 90 50 C 90 72 72 90 50 90 C 28 90 10 72 10 50 C 10 28 28 10 50 10", INK, LINE)
                .ellipseNo(30, 30, 4, 7, 45, "#ffffff")
                .build();
    }

    private static Picture boat() {
        return password("boat")
                .rect(48, 14, 4, 54, 1, "#5d4037")
                .poly("#d32f2f", true, 52, 14, 64, 18, 52, 22)
                .poly("#ffffff", true, 55, 24, 55, 62, 84, 62)
                .poly("#ffcc80", true, 45, 30, 45, 62, 22, 62)
                .poly("#8d6e63", true, 10, 66, 90, 66, 76, 84, 24, 84)
                .line("M 4 90 C 14 84 22 96 32 90 C 42 84 50 96 60 90 C 70 84 78 96 88 90 L 96 86", "#29b6f6", 4)
                .build();
    }

    // ================================================================ drawing helpers

    private static Sketch avatar(String id, String background) {
        return new Sketch(id, "picture.avatar." + id).circleNo(50, 50, 49, background);
    }

    private static Sketch password(String id) {
        return new Sketch(id, "picture.password." + id);
    }

    /** A star polygon with {@code points} tips, as x,y pairs. */
    private static double[] star(double cx, double cy, double outer, double inner, int points, double startDegrees) {
        double[] xy = new double[points * 4];
        for (int i = 0; i < points * 2; i++) {
            double a = Math.toRadians(startDegrees + i * 180.0 / points);
            double r = i % 2 == 0 ? outer : inner;
            xy[2 * i] = cx + r * Math.cos(a);
            xy[2 * i + 1] = cy + r * Math.sin(a);
        }
        return xy;
    }
}

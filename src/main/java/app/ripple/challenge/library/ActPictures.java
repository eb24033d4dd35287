package app.ripple.challenge.library;

import app.ripple.classroom.pictures.Sketch;

import static app.ripple.classroom.pictures.Sketch.INK;
import static app.ripple.classroom.pictures.Sketch.SKIN;

import app.ripple.classroom.pictures.Picture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Pictures for suggested acts, categories and recipients (who an act was for). Same model and
 * style as the avatars; ids start with {@code act_} or {@code recipient_} so they never clash with
 * them. Names: {@code actpicture.<id>}. Ids are stored in the database: never rename or remove one.
 */
public final class ActPictures {

    private static final String HEART = "#ec407a";

    private static final List<Picture> ACT_PICTURES = List.of(
            door(), gift(), helpingHands(), heart(), bed(), fruit(), water(), book(), ball(), speech(), chat(), ear(),
            message(), plant(), broom(), hug(), friends(), star(), home(), tree(), pencil(), music(), sun(), letter(),
            share(), groceries(), raisedHand(), thought(), shield(), balloon());

    private static final List<Picture> RECIPIENT_PICTURES = List.of(
            classmate(), family(), school(), community(), myself());

    private static final Map<String, Picture> BY_ID = index();

    private ActPictures() {
    }

    /** The act pictures (themes of the suggested acts and the category icons), in display order. */
    public static List<Picture> all() {
        return ACT_PICTURES;
    }

    /** One picture per {@code Recipient}, in the enum's order. */
    public static List<Picture> recipients() {
        return RECIPIENT_PICTURES;
    }

    /** An act or recipient picture. */
    public static Optional<Picture> picture(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    private static Map<String, Picture> index() {
        Map<String, Picture> byId = new LinkedHashMap<>();
        Stream.concat(ACT_PICTURES.stream(), RECIPIENT_PICTURES.stream()).forEach(p -> {
            if (byId.put(p.id(), p) != null) {
                throw new IllegalStateException("duplicate picture id " + p.id());
            }
        });
        return Map.copyOf(byId);
    }

    private static Sketch act(String id, String background) {
        return new Sketch(id, "actpicture." + id).disc(background);
    }

    // ================================================================ act pictures

    private static Picture door() {
        return act("act_door", "#e3f2fd")
                .rect(28, 16, 44, 72, 2, "#fff59d")
                .line("M 36 88 L 58 70 M 50 88 L 64 76", "#fbc02d", 3)
                .poly("#ff8a65", true, 28, 16, 46, 23, 46, 82, 28, 88)
                .circleNo(41, 54, 2.6, INK)
                .line("M 12 88 L 88 88", INK, 2.5)
                .heart(60, 40, 14, HEART, false)
                .build();
    }

    private static Picture gift() {
        return act("act_gift", "#fce4ec")
                .ellipse(39, 28, 11, 7, 25, "#ffd54f").ellipse(61, 28, 11, 7, -25, "#ffd54f")
                .rect(24, 46, 52, 38, 3, "#42a5f5")
                .rect(20, 36, 60, 13, 3, "#1e88e5")
                .rectNo(45, 37.5, 10, 45, 0, "#ffd54f")
                .line("M 45 37 L 45 83 M 55 37 L 55 83", INK, 2)
                .circle(50, 33, 5, "#ffca28")
                .build();
    }

    private static Picture helpingHands() {
        return act("act_helping_hands", "#fff3e0")
                .heart(50, 40, 40, HEART, true)
                .ellipseNo(40, 33, 3.5, 6, 35, "#f8bbd0")
                .rect(2, 62, 16, 20, 4, "#7e57c2").rect(82, 62, 16, 20, 4, "#26a69a")
                .path("M 16 62 C 24 58 38 62 48 70 C 50 72 50 82 48 84 C 36 86 24 82 16 80 Z", SKIN[0])
                .path("M 84 62 C 76 58 62 62 52 70 C 50 72 50 82 52 84 C 64 86 76 82 84 80 Z", SKIN[2])
                .line("M 24 66 C 30 66 36 68 40 71 M 76 66 C 70 66 64 68 60 71", INK, 1.6)
                .build();
    }

    private static Picture heart() {
        return act("act_heart", "#fce4ec")
                .heart(50, 52, 78, HEART, true)
                .ellipseNo(28, 38, 4.5, 8, 35, "#f8bbd0")
                .eyes(40, 60, 48, 3.8)
                .circleNo(33, 57, 4, "#f48fb1").circleNo(67, 57, 4, "#f48fb1")
                .line("M 42 57 C 46 63 54 63 58 57", INK, 2.4)
                .sparkle(84, 18, 7, "#ffca28").sparkle(15, 80, 5, "#ffca28")
                .build();
    }

    private static Picture bed() {
        return act("act_bed", "#3949ab")
                .circleNo(70, 26, 12, "#fff59d").circleNo(76, 21, 11, "#3949ab")
                .sparkle(30, 18, 4, "#ffffff").sparkle(88, 44, 3, "#ffffff")
                .line("M 40 24 L 48 24 L 40 32 L 48 32 M 52 14 L 57 14 L 52 19 L 57 19", "#ffffff", 2)
                .rect(12, 44, 9, 40, 3, "#a1887f")
                .rect(12, 62, 76, 12, 3, "#e3f2fd")
                .rect(12, 72, 76, 8, 2, "#a1887f")
                .ellipse(31, 58, 10, 5.5, 0, "#ffffff")
                .circle(32, 52, 7, SKIN[1])
                .line("M 29 52 C 30 53.5 31 53.5 32 52 M 33.5 52 C 34.5 53.5 35.5 53.5 36.5 52", INK, 1.3)
                .path("M 38 58 C 50 52 74 52 88 58 L 88 72 L 38 72 Z", "#7e57c2")
                .line("M 50 62 L 50 70 M 62 60 L 62 70 M 74 60 L 74 70", "#9575cd", 2)
                .build();
    }

    private static Picture fruit() {
        return act("act_fruit", "#f1f8e9")
                .path("M 30 44 C 26 28 42 24 44 40 Z", "#fdd835")
                .circle(64, 44, 13, "#ff9800")
                .circle(42, 46, 13, "#e53935")
                .line("M 42 33 C 42 29 44 27 46 26", "#6d4c41", 2.5)
                .ellipse(52, 32, 6, 3, -20, "#66bb6a")
                .path("M 12 52 L 88 52 C 88 72 72 84 50 84 C 28 84 12 72 12 52 Z", "#4fc3f7")
                .line("M 22 62 C 40 66 60 66 78 62", "#ffffff", 2.5)
                .build();
    }

    private static Picture water() {
        return act("act_water", "#e1f5fe")
                .poly("#ffffff", true, 30, 18, 70, 18, 65, 86, 35, 86)
                .pathNo("M 32.7 40 C 42 36 58 44 67.3 40 L 65.6 84.5 L 34.4 84.5 Z", "#4fc3f7")
                .line("M 32.7 40 C 42 36 58 44 67.3 40", "#0288d1", 2)
                .poly("#ffffff", false, 38, 48, 42, 48, 40.5, 78, 37.5, 78)
                .circleNo(56, 60, 2.5, "#b3e5fc").circleNo(60, 70, 1.8, "#b3e5fc").circleNo(54, 74, 1.5, "#b3e5fc")
                .line("M 30 18 L 70 18 L 65 86 L 35 86 Z", INK, 2.5)
                .build();
    }

    private static Picture book() {
        return act("act_book", "#ede7f6")
                .path("M 50 32 C 38 26 20 26 8 30 L 8 80 C 20 76 38 76 50 82 C 62 76 80 76 92 80 L 92 30 C 80 26 62 26 50 32 Z", "#5c6bc0")
                .path("M 50 28 C 40 22 24 22 14 25 L 14 74 C 24 71 40 72 50 78 Z", "#ffffff")
                .path("M 50 28 C 60 22 76 22 86 25 L 86 74 C 76 71 60 72 50 78 Z", "#ffffff")
                .line("M 21 36 C 28 35 36 35 43 38 M 21 46 C 28 45 36 45 43 48 M 21 56 C 28 55 36 55 43 58", "#9fa8da", 2)
                .line("M 57 38 C 64 35 72 35 79 36 M 57 48 C 64 45 72 45 79 46", "#9fa8da", 2)
                .heart(68, 60, 12, HEART, false)
                .build();
    }

    private static Picture ball() {
        return act("act_ball", "#e8f5e9")
                .pathNo("M 6 72 C 30 66 70 66 94 72 C 90 84 82 92 72 96 L 28 96 C 18 92 10 84 6 72 Z", "#81c784")
                .ellipseNo(52, 80, 20, 4, 0, "#66bb6a")
                .line("M 16 30 C 20 22 26 18 32 16 M 12 44 C 14 38 16 34 20 30", "#90a4ae", 3)
                .circle(54, 44, 28, "#ef5350")
                .pathNo("M 30 30 C 42 38 66 38 78 30 C 80 34 81 37 81.5 40 C 68 48 40 48 26.5 40 C 27 37 28 34 30 30 Z", "#ffffff")
                .star(54, 60, 9, 4, 5, "#ffca28", false)
                .ellipseNo(40, 30, 3.5, 6, 40, "#ffcdd2")
                .line("M 54 16 C 69.5 16 82 28.5 82 44 C 82 59.5 69.5 72 54 72 C 38.5 72 26 59.5 26 44 C 26 28.5 38.5 16 54 16",
                        INK, 2.5)
                .build();
    }

    private static Picture speech() {
        return act("act_speech", "#fff8e1")
                .path("M 22 16 L 78 16 C 86 16 90 20 90 28 L 90 58 C 90 66 86 70 78 70 L 44 70 L 26 86 L 30 70 "
                        + "L 22 70 C 14 70 10 66 10 58 L 10 28 C 10 20 14 16 22 16 Z", "#ffffff")
                .heart(50, 43, 34, HEART, false)
                .ellipseNo(41, 37, 2.5, 4.5, 35, "#f8bbd0")
                .build();
    }

    private static Picture chat() {
        return act("act_chat", "#e0f7fa")
                .path("M 14 14 L 56 14 C 62 14 66 18 66 24 L 66 44 C 66 50 62 54 56 54 L 30 54 L 18 64 L 20 54 "
                        + "L 14 54 C 8 54 6 50 6 44 L 6 24 C 6 18 8 14 14 14 Z", "#4fc3f7")
                .circleNo(22, 34, 3.5, "#ffffff").circleNo(36, 34, 3.5, "#ffffff").circleNo(50, 34, 3.5, "#ffffff")
                .path("M 86 40 L 46 40 C 40 40 36 44 36 50 L 36 70 C 36 76 40 80 46 80 L 70 80 L 82 90 L 80 80 "
                        + "L 86 80 C 92 80 94 76 94 70 L 94 50 C 94 44 92 40 86 40 Z", "#ffb74d")
                .heart(65, 60, 18, "#ffffff", false)
                .build();
    }

    private static Picture ear() {
        return act("act_ear", "#e8eaf6")
                .line("M 30 38 C 25 45 25 55 30 62 M 20 30 C 12 42 12 58 20 70", "#7986cb", 3.5)
                .path("M 42 40 C 42 16 82 14 82 42 C 82 56 70 60 68 70 C 66 84 50 88 46 76 "
                        + "C 44 70 52 66 52 60 C 52 54 42 52 42 40 Z", SKIN[0])
                .line("M 52 42 C 52 30 72 28 72 42 C 72 50 64 52 62 58 C 61 62 58 64 56 62", "#c48b6a", 2.5)
                .build();
    }

    private static Picture message() {
        return act("act_message", "#f3e5f5")
                .rect(28, 8, 44, 84, 9, "#37474f")
                .rectNo(33, 18, 34, 62, 3, "#e3f2fd")
                .rectNo(44, 12, 12, 2.5, 1.2, "#90a4ae")
                .circleNo(50, 86, 3, "#90a4ae")
                .path("M 38 26 L 62 26 C 64 26 65 27 65 29 L 65 44 C 65 46 64 47 62 47 L 44 47 L 38 52 L 38 47 "
                        + "C 36 47 35 46 35 44 L 35 29 C 35 27 36 26 38 26 Z", "#ab47bc")
                .heart(50, 36.5, 13, "#ffffff", false)
                .rectNo(36, 56, 20, 4, 2, "#90caf9").rectNo(36, 64, 26, 4, 2, "#90caf9")
                .build();
    }

    private static Picture plant() {
        return act("act_plant", "#e0f2f1")
                .path("M 28 16 C 26 22 22 26 22 30 C 22 34 26 36 28 36 C 30 36 34 34 34 30 C 34 26 30 22 28 16 Z", "#4fc3f7")
                .path("M 16 34 C 15 38 12 40 12 43 C 12 46 14 47 16 47 C 18 47 20 46 20 43 C 20 40 17 38 16 34 Z", "#4fc3f7")
                .thick("M 56 64 C 56 52 56 46 58 38", "#43a047", 3)
                .path("M 57 48 C 48 48 38 42 36 32 C 46 30 56 36 57 48 Z", "#66bb6a")
                .path("M 58 40 C 62 30 74 24 84 28 C 80 38 70 42 58 40 Z", "#81c784")
                .rect(36, 60, 44, 9, 2, "#e64a19")
                .poly("#ff7043", true, 40, 69, 76, 69, 71, 92, 45, 92)
                .build();
    }

    private static Picture broom() {
        return act("act_broom", "#fffde7")
                .thick("M 80 10 L 50 56", "#a1887f", 5)
                .poly("#ffca28", true, 40, 52, 60, 64, 48, 90, 18, 78)
                .line("M 34 66 L 24 80 M 42 70 L 32 86 M 50 74 L 41 89", "#f9a825", 2)
                .poly("#e53935", true, 40, 52, 60, 64, 56, 70, 36, 58)
                .sparkle(74, 74, 6, "#4fc3f7").sparkle(84, 60, 4, "#4fc3f7").sparkle(20, 30, 5, "#4fc3f7")
                .build();
    }

    private static Picture hug() {
        return act("act_hug", "#fff3e0")
                .rect(16, 52, 32, 42, 14, "#42a5f5")
                .rect(52, 52, 32, 42, 14, "#ef5350")
                .circle(37, 38, 14, SKIN[0])
                .pathNo("M 23 37 C 22 20 50 18 51 36 C 46 30 30 28 23 37 Z", "#6d4c41")
                .circle(63, 38, 14, SKIN[2])
                .pathNo("M 49 37 C 48 18 78 18 77 37 C 72 28 56 28 49 37 Z", "#212121")
                .line("M 32 40 C 33 42 35 42 36 40 M 64 40 C 65 42 67 42 68 40", INK, 1.6)
                .circleNo(29, 44, 3, "#f48fb1").circleNo(71, 44, 3, "#f48fb1")
                .thick("M 26 64 C 36 72 56 72 66 62", "#42a5f5", 8)
                .circle(67, 61, 4.5, SKIN[0])
                .thick("M 74 70 C 66 78 46 80 36 72", "#ef5350", 8)
                .circle(35, 71, 4.5, SKIN[2])
                .heart(50, 14, 14, HEART, false)
                .build();
    }

    private static Picture friends() {
        return act("act_friends", "#e8f5e9")
                .line("M 26 74 L 26 90 M 38 74 L 38 90 M 62 74 L 62 90 M 74 74 L 74 90", INK, 4)
                .thick("M 40 52 C 46 60 54 60 60 52", SKIN[1], 5)
                .person(32, 30, 1.1, SKIN[1], "#5d4037", "#ffb300")
                .person(68, 30, 1.1, SKIN[3], "#f9a825", "#26a69a")
                .heart(50, 12, 10, HEART, false)
                .build();
    }

    private static Picture star() {
        return act("act_star", "#fffde7")
                .star(50, 54, 42, 19, 5, "#ffca28", true)
                .eyes(43, 57, 52, 3.2)
                .line("M 44 60 C 47 63 53 63 56 60", INK, 2)
                .circleNo(38, 58, 3, "#ffab91").circleNo(62, 58, 3, "#ffab91")
                .sparkle(84, 20, 6, "#ff7043").sparkle(16, 24, 4.5, "#ff7043")
                .build();
    }

    private static Picture home() {
        return act("act_home", "#e3f2fd")
                .rect(62, 18, 10, 20, 1, "#8d6e63")
                .rect(22, 46, 56, 42, 2, "#ffcc80")
                .poly("#ef5350", true, 12, 50, 50, 16, 88, 50)
                .rect(44, 64, 14, 24, 3, "#8d6e63")
                .rect(27, 56, 12, 12, 1.5, "#fff59d")
                .heart(69, 62, 13, HEART, false)
                .line("M 6 88 L 94 88", INK, 2.5)
                .build();
    }

    private static Picture tree() {
        return act("act_tree", "#e8f5e9")
                .pathNo("M 2 78 C 30 70 70 70 98 78 L 96 90 L 4 90 Z", "#a5d6a7")
                .rect(8, 58, 18, 18, 1, "#ffcc80").poly("#ef5350", true, 5, 60, 17, 48, 29, 60)
                .rect(74, 58, 18, 18, 1, "#90caf9").poly("#5c6bc0", true, 71, 60, 83, 48, 95, 60)
                .rect(45, 52, 10, 30, 2, "#8d6e63")
                .circle(50, 30, 20, "#43a047").circle(36, 42, 12, "#43a047").circle(64, 42, 12, "#43a047")
                .circleNo(50, 30, 18.8, "#43a047").circleNo(36, 42, 10.8, "#43a047").circleNo(64, 42, 10.8, "#43a047")
                .heart(50, 34, 14, HEART, false)
                .circleNo(38, 24, 2.5, "#ffeb3b").circleNo(62, 26, 2.5, "#ffeb3b").circleNo(34, 44, 2.5, "#ffeb3b")
                .build();
    }

    private static Picture pencil() {
        return act("act_pencil", "#f3e5f5")
                .poly("#ffffff", true, 10, 22, 66, 14, 74, 78, 18, 86)
                .line("M 40 66 C 24 54 18 42 26 36 C 32 32 38 36 40 42 C 42 36 50 32 54 38 C 60 46 52 56 40 66", HEART, 3)
                .poly("#ffca28", true, 86, 12, 94, 20, 62, 62, 52, 62, 54, 54)
                .poly("#ffe0b2", true, 54, 54, 62, 62, 50, 66)
                .poly(INK, false, 53, 62, 55, 64, 50.5, 65.5)
                .poly("#f48fb1", true, 86, 12, 94, 20, 98, 15, 91, 7)
                .build();
    }

    private static Picture music() {
        return act("act_music", "#ede7f6")
                .poly(INK, false, 40, 22, 80, 12, 80, 20, 40, 30)
                .rectNo(37.5, 24, 4, 46, 1, INK).rectNo(77.5, 14, 4, 46, 1, INK)
                .ellipse(32, 70, 10, 7.5, -20, "#7e57c2")
                .ellipse(72, 60, 10, 7.5, -20, "#7e57c2")
                .line("M 14 36 C 18 30 22 30 24 34 M 88 76 C 90 80 88 86 84 88", "#b39ddb", 3)
                .sparkle(20, 50, 5, "#ffca28").sparkle(58, 84, 4, "#ffca28")
                .build();
    }

    private static Picture sun() {
        Sketch s = act("act_sun", "#e1f5fe");
        for (int i = 0; i < 8; i++) {
            double a = Math.toRadians(i * 45);
            s.line(String.format(java.util.Locale.ROOT, "M %.2f %.2f L %.2f %.2f", 50 + 26 * Math.cos(a), 48 + 26 * Math.sin(a),
                    50 + 36 * Math.cos(a), 48 + 36 * Math.sin(a)), "#ffa000", 4);
        }
        return s.circle(50, 48, 19, "#ffca28")
                .path("M 2 72 C 20 58 40 62 56 72 C 70 62 86 60 98 66 C 96 80 88 90 76 94 L 24 94 C 12 88 4 80 2 72 Z", "#66bb6a")
                .line("M 56 72 C 62 80 70 86 76 94", "#43a047", 2.5)
                .path("M 12 26 C 12 20 20 18 23 22 C 26 16 36 18 35 25 C 40 25 40 32 35 32 L 15 32 C 10 32 9 26 12 26 Z", "#ffffff")
                .build();
    }

    private static Picture letter() {
        return act("act_letter", "#fff8e1")
                .rect(12, 26, 76, 52, 5, "#ffffff")
                .line("M 14 30 L 50 58 L 86 30 M 14 75 L 40 52 M 86 75 L 60 52", "#bdbdbd", 2.5)
                .heart(50, 56, 22, HEART, true)
                .sparkle(86, 16, 6, "#ffca28")
                .build();
    }

    private static Picture share() {
        return act("act_share", "#fbe9e7")
                .path("M 44 18 C 24 18 10 32 10 52 C 10 72 24 86 44 86 L 40 72 L 46 60 L 40 48 L 46 36 L 42 26 Z", "#d7a36b")
                .path("M 56 18 C 76 18 90 32 90 52 C 90 72 76 86 56 86 L 52 72 L 58 60 L 52 48 L 58 36 L 54 26 Z", "#d7a36b")
                .ellipseNo(24, 40, 4, 3, 20, "#5d4037").ellipseNo(30, 64, 4, 3, -20, "#5d4037")
                .ellipseNo(20, 55, 3, 2.5, 0, "#5d4037").ellipseNo(34, 28, 3, 2.5, 0, "#5d4037")
                .ellipseNo(72, 34, 4, 3, -20, "#5d4037").ellipseNo(78, 56, 4, 3, 20, "#5d4037")
                .ellipseNo(66, 72, 3, 2.5, 0, "#5d4037").ellipseNo(68, 50, 3, 2.5, 0, "#5d4037")
                .build();
    }

    private static Picture groceries() {
        return act("act_groceries", "#f1f8e9")
                .ellipse(34, 30, 6, 20, -15, "#e0b36a")
                .line("M 31 20 L 37 22 M 30 28 L 36 30 M 29 36 L 35 38", "#b07d3b", 1.8)
                .path("M 58 40 C 56 30 54 24 50 18 C 58 22 62 28 62 40 Z", "#66bb6a")
                .path("M 62 40 C 64 28 70 22 78 20 C 74 28 68 34 66 40 Z", "#43a047")
                .circle(54, 40, 9, "#e53935")
                .poly("#d7a86e", true, 22, 42, 78, 42, 74, 90, 26, 90)
                .line("M 22 42 L 24 50 L 76 50 L 78 42", INK, 2)
                .heart(50, 68, 18, HEART, false)
                .build();
    }

    private static Picture raisedHand() {
        return act("act_raised_hand", "#e8eaf6")
                .rect(38, 72, 24, 28, 4, "#7e57c2")
                .ellipse(28, 56, 6, 14, -35, SKIN[1])
                .rect(35, 18, 8.5, 34, 4.2, SKIN[1])
                .rect(44, 12, 8.5, 40, 4.2, SKIN[1])
                .rect(53, 15, 8.5, 37, 4.2, SKIN[1])
                .rect(62, 22, 8, 30, 4, SKIN[1])
                .rect(34, 42, 36, 34, 12, SKIN[1])
                .rectNo(36.3, 40, 31.5, 12, 3, SKIN[1])
                .ellipseNo(31.5, 56, 4, 10, -35, SKIN[1])
                .line("M 40 66 C 46 70 56 70 62 66", "#8d5a3b", 1.8)
                .line("M 18 24 C 14 20 14 16 16 12 M 84 24 C 88 20 88 16 86 12", "#7986cb", 3)
                .build();
    }

    private static Picture thought() {
        return act("act_thought", "#e0f7fa")
                .circle(34, 38, 18, "#ffffff").circle(56, 28, 20, "#ffffff").circle(72, 44, 16, "#ffffff")
                .circle(50, 52, 18, "#ffffff")
                .circleNo(34, 38, 16.8, "#ffffff").circleNo(56, 28, 18.8, "#ffffff").circleNo(72, 44, 14.8, "#ffffff")
                .circleNo(50, 52, 16.8, "#ffffff").circleNo(52, 40, 18, "#ffffff")
                .heart(53, 41, 26, HEART, false)
                .circle(26, 72, 6, "#ffffff").circle(16, 86, 4, "#ffffff")
                .build();
    }

    private static Picture shield() {
        return act("act_shield", "#e3f2fd")
                .path("M 50 8 C 62 16 74 18 86 18 C 86 50 76 76 50 92 C 24 76 14 50 14 18 C 26 18 38 16 50 8 Z", "#1e88e5")
                .pathNo("M 50 16 C 60 22 70 24 78 24 C 78 50 70 70 50 83 C 30 70 22 50 22 24 C 30 24 40 22 50 16 Z", "#64b5f6")
                .heart(50, 48, 32, "#ffffff", true)
                .build();
    }

    private static Picture balloon() {
        return act("act_balloon", "#f3e5f5")
                .line("M 50 70 C 44 78 56 84 48 94", INK, 2)
                .poly("#ab47bc", true, 46, 72, 54, 72, 50, 66)
                .path("M 50 68 C 30 64 20 46 22 32 C 24 16 38 8 50 8 C 62 8 76 16 78 32 C 80 46 70 64 50 68 Z", "#ba68c8")
                .ellipseNo(36, 28, 5, 10, 25, "#e1bee7")
                .line("M 84 46 C 90 44 92 38 90 34 M 12 46 C 8 48 6 54 8 58", "#ce93d8", 3)
                .build();
    }

    // ================================================================ recipients

    private static Sketch recipient(String id, String background) {
        return new Sketch(id, "actpicture." + id).disc(background);
    }

    private static Picture classmate() {
        return recipient("recipient_classmate", "#fff8e1")
                .rect(8, 62, 84, 8, 2, "#a1887f")
                .person(28, 34, 1.1, SKIN[4], "#212121", "#42a5f5")
                .person(72, 34, 1.1, SKIN[0], "#ff8f00", "#ec407a")
                .rect(6, 70, 88, 10, 2, "#bcaaa4")
                .rect(40, 46, 20, 14, 2, "#ffffff")
                .line("M 44 51 L 56 51 M 44 55 L 53 55", "#90a4ae", 1.8)
                .build();
    }

    private static Picture family() {
        return recipient("recipient_family", "#fce4ec")
                .poly("#ef5350", true, 10, 40, 50, 8, 90, 40)
                .person(30, 40, 1.35, SKIN[2], "#212121", "#5c6bc0")
                .person(72, 40, 1.35, SKIN[0], "#8d6e63", "#26a69a")
                .person(51, 60, 0.85, SKIN[1], "#4e342e", "#ffb300")
                .heart(51, 26, 10, "#ffffff", false)
                .build();
    }

    private static Picture school() {
        return recipient("recipient_school", "#e8f5e9")
                .line("M 50 8 L 50 24", INK, 2.5)
                .poly("#ef5350", true, 50, 8, 64, 12, 50, 16)
                .rect(12, 40, 76, 48, 2, "#ffcc80")
                .poly("#8d6e63", true, 6, 44, 50, 22, 94, 44)
                .circle(50, 36, 6, "#ffffff")
                .line("M 50 33 L 50 36 L 52.5 37.5", INK, 1.5)
                .rect(42, 64, 16, 24, 2, "#5c6bc0")
                .rect(19, 52, 14, 12, 1.5, "#b3e5fc").rect(67, 52, 14, 12, 1.5, "#b3e5fc")
                .rect(19, 70, 14, 12, 1.5, "#b3e5fc").rect(67, 70, 14, 12, 1.5, "#b3e5fc")
                .build();
    }

    private static Picture community() {
        return recipient("recipient_community", "#e3f2fd")
                .rect(6, 40, 24, 40, 1, "#ffcc80").poly("#ef5350", true, 3, 42, 18, 26, 33, 42)
                .rect(11, 48, 6, 6, 1, "#fff59d").rect(20, 48, 6, 6, 1, "#fff59d")
                .rect(70, 34, 24, 46, 1, "#b39ddb")
                .rect(75, 40, 6, 6, 1, "#fff59d").rect(84, 40, 6, 6, 1, "#fff59d")
                .rect(75, 52, 6, 6, 1, "#fff59d").rect(84, 52, 6, 6, 1, "#fff59d")
                .line("M 4 80 L 96 80", INK, 2.5)
                .person(40, 44, 1.0, SKIN[3], "#9e9e9e", "#66bb6a")
                .person(61, 50, 0.8, SKIN[2], "#212121", "#ffb300")
                .build();
    }

    private static Picture myself() {
        return recipient("recipient_myself", "#f3e5f5")
                .person(50, 32, 1.6, SKIN[1], "#4e342e", "#7e57c2")
                .heart(50, 64, 16, "#f8bbd0", false)
                .sparkle(20, 24, 6, "#ffca28").sparkle(82, 30, 4.5, "#ffca28")
                .build();
    }
}

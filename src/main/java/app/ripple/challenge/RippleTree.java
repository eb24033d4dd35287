package app.ripple.challenge;

import app.ripple.base.Xml;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Draws a ripple as a tree: the first act on the left, the acts it inspired to its right, and so
 * on. The longest chain is highlighted and labelled with its acts' words. Server-side SVG, so no
 * chart library runs in the browser.
 */
final class RippleTree {

    static final int MAX_NODES = 40;
    private static final int COL = 190;
    private static final int ROW = 44;

    private RippleTree() {
    }

    static String svg(List<Long> longest, Map<Long, Long> parents, Function<Long, String> label, String title) {
        Map<Long, List<Long>> children = new HashMap<>();
        parents.forEach((child, parent) -> children.computeIfAbsent(parent, k -> new ArrayList<>()).add(child));
        children.values().forEach(list -> list.sort(Long::compare));
        Set<Long> highlighted = new HashSet<>(longest);
        Map<Long, int[]> position = new HashMap<>();
        int[] nextRow = {0};
        layout(longest.getFirst(), 0, children, highlighted, position, nextRow);
        int rows = Math.max(1, nextRow[0]);
        int depth = position.values().stream().mapToInt(p -> p[0]).max().orElse(0) + 1;
        int width = Math.max(300, depth * COL);
        int height = rows * ROW + 40;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
                width, height, Xml.escape(title)));
        sb.append("<title>").append(Xml.escape(title)).append("</title>");
        position.forEach((node, p) -> {
            Long parent = parents.get(node);
            if (parent != null && position.containsKey(parent)) {
                int[] q = position.get(parent);
                boolean on = highlighted.contains(node) && highlighted.contains(parent);
                sb.append(String.format(Locale.ROOT,
                        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"%d\" stroke-dasharray=\"%s\"/>",
                        x(q), y(q), x(p), y(p), on ? "#2f7f72" : "#b9ddd6", on ? 4 : 2, on ? "6 6" : "3 5"));
            }
        });
        position.forEach((node, p) -> {
            boolean on = highlighted.contains(node);
            sb.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"#e6f4f1\" stroke=\"%s\" stroke-width=\"%d\"/>",
                    x(p), y(p), on ? 16 : 9, on ? "#2f7f72" : "#9ccfc4", on ? 4 : 2));
            if (on) {
                sb.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"6\" fill=\"#f28f6b\"/>", x(p), y(p)));
                String text = label.apply(node);
                String shortText = text.length() > 22 ? text.substring(0, 21) + "…" : text;
                sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"13\" fill=\"#1f2d2a\">%s</text>",
                        x(p), y(p) - 24, Xml.escape(shortText)));
            }
        });
        sb.append("</svg>");
        return sb.toString();
    }

    /** Depth-first: leaves take the next free row, a parent sits at its first child's row. */
    private static int layout(long node, int depth, Map<Long, List<Long>> children, Set<Long> highlighted,
            Map<Long, int[]> position, int[] nextRow) {
        if (position.size() >= MAX_NODES && !highlighted.contains(node)) {
            return -1;
        }
        List<Long> kids = new ArrayList<>(children.getOrDefault(node, List.of()));
        // The highlighted child first, so the longest chain runs along the top row.
        kids.sort((a, b) -> Boolean.compare(highlighted.contains(b), highlighted.contains(a)));
        int row = -1;
        position.put(node, new int[] {depth, 0});
        for (long kid : kids) {
            int r = layout(kid, depth + 1, children, highlighted, position, nextRow);
            if (row < 0 && r >= 0) {
                row = r;
            }
        }
        if (row < 0) {
            row = nextRow[0]++;
        }
        position.get(node)[1] = row;
        return row;
    }

    private static int x(int[] p) {
        return 95 + p[0] * COL;
    }

    private static int y(int[] p) {
        return 50 + p[1] * ROW;
    }
}

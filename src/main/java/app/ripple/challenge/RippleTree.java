package app.ripple.challenge;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Draws a ripple (acts inspired by one another) as a chain of circles, one per act, left to
 * right, with each act's words under its circle. Server-side SVG, so no chart library in the browser.
 */
final class RippleTree {

    private RippleTree() {
    }

    static String svg(List<Long> chain, Map<Long, Long> parents, Function<Long, String> label, String title) {
        int n = chain.size();
        int width = Math.max(300, n * 190);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d 150\" role=\"img\" aria-label=\"%s\">",
                width, RippleProgress.escape(title)));
        sb.append("<title>").append(RippleProgress.escape(title)).append("</title>");
        for (int i = 0; i < n; i++) {
            int cx = 95 + i * 190;
            if (i > 0) {
                sb.append(String.format(Locale.ROOT,
                        "<line x1=\"%d\" y1=\"50\" x2=\"%d\" y2=\"50\" stroke=\"#2f7f72\" stroke-width=\"4\" stroke-dasharray=\"6 6\"/>",
                        cx - 190 + 32, cx - 32));
            }
            sb.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"50\" r=\"30\" fill=\"#e6f4f1\" stroke=\"#2f7f72\" stroke-width=\"4\"/>", cx));
            sb.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"50\" r=\"%d\" fill=\"#f28f6b\"/>", cx, 8 + Math.min(12, i * 2)));
            String text = label.apply(chain.get(i));
            String shortText = text.length() > 22 ? text.substring(0, 21) + "…" : text;
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"110\" text-anchor=\"middle\" font-size=\"14\" fill=\"#1f2d2a\">%s</text>",
                    cx, RippleProgress.escape(shortText)));
        }
        sb.append("</svg>");
        return sb.toString();
    }
}

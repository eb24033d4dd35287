package app.ripple.challenge;

import app.ripple.base.Xml;
import app.ripple.challenge.ChallengeRecords.Progress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * The class goal drawn as ripples on water: one ring fills for every tenth of the goal. Collective
 * by design: it shows what the class did together, never who did what. The count is written next
 * to it, so the picture is never the only way to read the progress.
 */
final class RippleProgress {

    private static final int RINGS = 10;

    private RippleProgress() {
    }

    static String svg(double fraction, String label) {
        int filled = (int) Math.floor(Math.min(1, Math.max(0, fraction)) * RINGS + 1e-9);
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 200\" role=\"img\" aria-label=\"")
                .append(Xml.escape(label)).append("\"><title>").append(Xml.escape(label)).append("</title>")
                .append("<circle cx=\"100\" cy=\"100\" r=\"98\" fill=\"#e6f4f1\"/>");
        for (int i = RINGS; i >= 1; i--) {
            double r = 8 + i * 9;
            boolean on = i <= filled;
            sb.append(String.format(Locale.ROOT, "<circle cx=\"100\" cy=\"100\" r=\"%.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"/>",
                    r, on ? "#2f7f72" : "#b9ddd6", on ? "5" : "2"));
        }
        sb.append("<circle cx=\"100\" cy=\"100\" r=\"9\" fill=\"#f28f6b\"/></svg>");
        return sb.toString();
    }

    static Component of(Progress p, String label) {
        Svg svg = new Svg(svg(p.fraction(), label));
        svg.addClassName("ripple-progress-svg");
        Span text = new Span(label);
        text.addClassName("ripple-progress-text");
        Div box = new Div(svg, text);
        box.addClassName("ripple-progress");
        return box;
    }
}

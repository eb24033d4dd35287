package app.ripple.report;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Vector bar charts drawn straight into a PDF page (no images): a labelled value axis with light
 * grid lines, one bar per value, the value printed above each bar. Also horizontal progress bars
 * for challenge goals. The figures carry alternative text and the report prints the same numbers in
 * a table, so nothing is only visible in the chart.
 */
final class PdfCharts {

    private PdfCharts() {
    }

    /** One bar chart: a label and a value per bar. */
    record Bars(List<String> labels, List<Integer> values, Color colour) {
    }

    static void bars(PdfKit kit, PDPageContentStream cs, Bars chart, float x, float y, float w, float h) throws IOException {
        int n = chart.values().size();
        int max = Math.max(1, chart.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int step = niceStep(max);
        int top = ((max + step - 1) / step) * step;
        float axisW = 34;
        float labelH = 26;
        float plotX = x + axisW;
        float plotW = w - axisW;
        float plotY = y + labelH;
        float plotH = h - labelH - 12;
        cs.setLineWidth(0.4f);
        for (int v = 0; v <= top; v += step) {
            float gy = plotY + plotH * v / top;
            cs.setStrokingColor(PdfKit.RULE);
            cs.moveTo(plotX, gy);
            cs.lineTo(plotX + plotW, gy);
            cs.stroke();
            String label = Integer.toString(v);
            kit.text(cs, kit.regular, label, 7, plotX - 4 - kit.width(kit.regular, label, 7), gy - 2.5f, PdfKit.MUTED);
        }
        if (n == 0) {
            return;
        }
        float slot = plotW / n;
        float barW = Math.min(36, slot * 0.7f);
        boolean everyLabel = n <= 16;
        for (int i = 0; i < n; i++) {
            int v = chart.values().get(i);
            float bh = plotH * v / top;
            float bx = plotX + i * slot + (slot - barW) / 2;
            cs.setNonStrokingColor(chart.colour());
            cs.addRect(bx, plotY, barW, bh);
            cs.fill();
            String value = Integer.toString(v);
            float vs = 7;
            if (kit.width(kit.bold, value, vs) <= slot) {
                kit.text(cs, kit.bold, value, vs, bx + barW / 2 - kit.width(kit.bold, value, vs) / 2, plotY + bh + 2.5f, PdfKit.INK);
            }
            if (everyLabel || i % 2 == 0) {
                String label = kit.fit(kit.regular, chart.labels().get(i), 7, Math.max(slot * (everyLabel ? 1 : 2) - 2, 8));
                List<String> lines = kit.wrap(kit.regular, label, 7, slot - 2);
                float ly = plotY - 9;
                for (String line : lines.subList(0, Math.min(2, lines.size()))) {
                    kit.text(cs, kit.regular, line, 7, plotX + i * slot + slot / 2 - kit.width(kit.regular, line, 7) / 2, ly,
                            PdfKit.MUTED);
                    ly -= 8;
                }
            }
        }
        cs.setStrokingColor(PdfKit.MUTED);
        cs.setLineWidth(0.8f);
        cs.moveTo(plotX, plotY);
        cs.lineTo(plotX + plotW, plotY);
        cs.stroke();
    }

    /** Horizontal progress bars, one per goal: label on the left, "count / goal" on the right. */
    static void progress(PdfKit kit, PDPageContentStream cs, List<String> labels, List<Double> fractions, List<String> values,
            float x, float y, float w, float h) throws IOException {
        int n = labels.size();
        if (n == 0) {
            return;
        }
        float row = h / n;
        float labelW = w * 0.35f;
        float valueW = w * 0.2f;
        float barW = w - labelW - valueW - 16;
        for (int i = 0; i < n; i++) {
            float rowTop = y + h - i * row;
            float cy = rowTop - row / 2;
            kit.text(cs, kit.regular, kit.fit(kit.regular, labels.get(i), 9, labelW - 6), 9, x, cy - 3, PdfKit.INK);
            float bx = x + labelW;
            float bh = Math.min(12, row * 0.6f);
            cs.setNonStrokingColor(PdfKit.ACCENT_LIGHT);
            cs.addRect(bx, cy - bh / 2, barW, bh);
            cs.fill();
            cs.setNonStrokingColor(PdfKit.ACCENT);
            cs.addRect(bx, cy - bh / 2, (float) (barW * Math.max(0, Math.min(1, fractions.get(i)))), bh);
            cs.fill();
            kit.text(cs, kit.regular, values.get(i), 9, bx + barW + 8, cy - 3, PdfKit.INK);
        }
    }

    static int niceStep(int max) {
        int[] steps = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000};
        for (int s : steps) {
            if (max / s <= 5) {
                return s;
            }
        }
        return Math.max(1, max / 5);
    }
}

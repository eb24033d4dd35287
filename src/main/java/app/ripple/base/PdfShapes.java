package app.ripple.base;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Paths PDFBox has no operator for, shared by every PDF Ripple draws. */
public final class PdfShapes {

    /** Bézier control distance for a quarter circle. */
    public static final double KAPPA = 0.5522847498;

    private PdfShapes() {
    }

    /** Adds a closed circle path (four quarter arcs) around ({@code cx}, {@code cy}); fill or stroke it after. */
    public static void circle(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float k = (float) (KAPPA * r);
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }
}

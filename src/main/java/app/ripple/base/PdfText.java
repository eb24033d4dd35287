package app.ripple.base;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Measuring, shortening, wrapping and showing text in one font, for every PDF Ripple writes
 * (reports, family pages, sign-in cards, the parent preview, charts). It never fails on a character
 * the font lacks: text is NFC-normalised, control characters become spaces, invisible characters
 * the font cannot show are dropped, any other missing glyph becomes one "?", and right-to-left runs
 * are put in visual order. Widths are the sum of the glyphs' advances, cached per character. One
 * instance per font and document (the caches are not thread-safe, like the document itself).
 */
public final class PdfText {

    private final PDFont font;
    private final Map<Integer, Boolean> supported = new HashMap<>();
    private final Map<Integer, Float> advances = new HashMap<>();

    public PdfText(PDFont font) {
        this.font = font;
    }

    public PDFont font() {
        return font;
    }

    public boolean supports(int codePoint) {
        return supported.computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    /** The text as this font can print it, in visual (left-to-right) order. */
    public String printable(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (supports(cp)) {
                out.appendCodePoint(cp);
            } else {
                int type = Character.getType(cp);
                boolean invisible = type == Character.FORMAT || type == Character.NON_SPACING_MARK
                        || type == Character.ENCLOSING_MARK || type == Character.UNASSIGNED && cp >= 0xE0000;
                boolean repeat = !out.isEmpty() && out.charAt(out.length() - 1) == '?';
                if (!invisible && !repeat) {
                    out.append('?');
                }
            }
        });
        return visualOrder(out.toString());
    }

    /** The printed width of the text at {@code size} points. */
    public float width(String text, float size) {
        String printable = printable(text);
        float total = 0;
        for (int i = 0; i < printable.length(); ) {
            int cp = printable.codePointAt(i);
            i += Character.charCount(cp);
            total += advances.computeIfAbsent(cp, c -> {
                try {
                    return font.getStringWidth(new String(Character.toChars(c)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return total / 1000f * size;
    }

    /** The largest size between {@code max} and {@code min} at which the text fits the width. */
    public float fitSize(String text, float maxWidth, float max, float min) {
        float w = width(text, max);
        if (w <= maxWidth) {
            return max;
        }
        return Math.max(min, max * maxWidth / w);
    }

    /** The text, shortened with "…" when it is wider than {@code maxWidth} (still to be shown through this class). */
    public String fit(String text, float size, float maxWidth) {
        if (width(text, size) <= maxWidth) {
            return text;
        }
        String ellipsis = supports(0x2026) ? "…" : "...";
        int[] cps = text.codePoints().toArray();
        int n = cps.length;
        String candidate;
        do {
            n--;
            candidate = new String(cps, 0, Math.max(n, 0)).stripTrailing() + ellipsis;
        } while (n > 0 && width(candidate, size) > maxWidth);
        return candidate;
    }

    /**
     * Word-wraps the text into lines no wider than {@code maxWidth} (a word longer than a line is
     * broken); at least one line, empty for blank text.
     */
    public List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(candidate, size) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
            while (width(line.toString(), size) > maxWidth && line.codePointCount(0, line.length()) > 1) {
                String l = line.toString();
                int cut = l.offsetByCodePoints(l.length(), -1);
                while (cut > 0 && width(l.substring(0, cut), size) > maxWidth) {
                    cut = l.offsetByCodePoints(cut, -1);
                }
                if (cut == 0) {
                    cut = l.offsetByCodePoints(0, 1); // not even one character fits: one per line
                }
                lines.add(l.substring(0, cut));
                line = new StringBuilder(l.substring(cut));
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Shows the text with its baseline starting at ({@code x}, {@code baseline}). */
    public void show(PDPageContentStream cs, String text, float size, float x, float baseline, Color colour)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(colour);
        cs.newLineAtOffset(x, baseline);
        cs.showText(printable(text));
        cs.endText();
    }

    /** Shows the text, shortened with "…" if it is wider than {@code maxWidth}. */
    public void show(PDPageContentStream cs, String text, float size, float x, float baseline, float maxWidth, Color colour)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(colour);
        cs.newLineAtOffset(x, baseline);
        cs.showText(printable(fit(text, size, maxWidth)));
        cs.endText();
    }

    private static String visualOrder(String text) {
        char[] chars = text.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return text;
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Object[] parts = new Object[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = text.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            parts[i] = (levels[i] & 1) == 1 ? new StringBuilder(run).reverse().toString() : run;
        }
        Bidi.reorderVisually(levels, 0, parts, 0, runs);
        StringBuilder out = new StringBuilder(text.length());
        for (Object part : parts) {
            out.append(part);
        }
        return out.toString();
    }
}

package app.ripple.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans (regular and bold) for every PDF Ripple writes, embedded as subsets.
 *
 * <p>Parsing the two TrueType files costs more than laying out a whole report, so parsed fonts are
 * kept in a small pool and lent to one document at a time (a parsed {@link TrueTypeFont} reads its
 * tables lazily and is not safe to share between threads). Use it in a try-with-resources block
 * <em>after</em> the document, so the fonts go back to the pool after the document was saved:
 *
 * <pre>{@code
 * try (PDDocument doc = new PDDocument(); PdfFonts fonts = PdfFonts.embedIn(doc)) {
 *     ... fonts.regular() ...
 *     doc.save(out);
 * }
 * }</pre>
 *
 * <p>The fonts' glyph substitution table (GSUB) is left out when they are read. PDFBox applies it to
 * every {@code showText} for Latin script (building regular expressions each time), which cost about
 * half of a report's rendering time, and all it does for Ripple's text is the optional Latin
 * ligatures. PDFBox 3.0 does no Arabic joining with or without it. Without GSUB each character maps
 * to its glyph through the font's cmap, which also keeps text extraction exact.
 */
public final class PdfFonts implements AutoCloseable {

    /** Parsed pairs kept for reuse; more documents than this at once parse their own and drop them. */
    static final int POOL_SIZE = 4;

    private static final byte[] REGULAR = withoutGlyphSubstitution(bytes("/fonts/DejaVuSans.ttf"));
    private static final byte[] BOLD = withoutGlyphSubstitution(bytes("/fonts/DejaVuSans-Bold.ttf"));
    private static final ConcurrentLinkedDeque<Parsed> POOL = new ConcurrentLinkedDeque<>();
    private static final AtomicInteger POOLED = new AtomicInteger();
    private static final AtomicInteger PARSED = new AtomicInteger();

    private record Parsed(TrueTypeFont regular, TrueTypeFont bold) {
    }

    private final Parsed parsed;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private boolean returned;

    private PdfFonts(Parsed parsed, PDType0Font regular, PDType0Font bold) {
        this.parsed = parsed;
        this.regular = regular;
        this.bold = bold;
    }

    /** Borrows a parsed pair and embeds both fonts (as subsets, written when the document is saved). */
    public static PdfFonts embedIn(PDDocument doc) {
        Parsed p = POOL.pollFirst();
        if (p != null) {
            POOLED.decrementAndGet();
        } else {
            p = parse();
        }
        try {
            return new PdfFonts(p, PDType0Font.load(doc, p.regular(), true), PDType0Font.load(doc, p.bold(), true));
        } catch (IOException e) {
            release(p);
            throw new UncheckedIOException(e);
        }
    }

    public PDType0Font regular() {
        return regular;
    }

    public PDType0Font bold() {
        return bold;
    }

    /** Gives the parsed fonts back; the document must not be saved after this. */
    @Override
    public void close() {
        if (!returned) {
            returned = true;
            release(parsed);
        }
    }

    /** How many pairs were parsed since start (for tests: reuse keeps this small). */
    static int parsedSoFar() {
        return PARSED.get();
    }

    private static void release(Parsed p) {
        if (POOLED.incrementAndGet() <= POOL_SIZE) {
            POOL.offerFirst(p);
        } else {
            POOLED.decrementAndGet();
            closeQuietly(p);
        }
    }

    private static Parsed parse() {
        try {
            TrueTypeFont regular = new TTFParser().parse(new RandomAccessReadBuffer(REGULAR));
            TrueTypeFont bold = new TTFParser().parse(new RandomAccessReadBuffer(BOLD));
            PARSED.incrementAndGet();
            return new Parsed(regular, bold);
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded fonts could not be read", e);
        }
    }

    private static void closeQuietly(Parsed p) {
        try {
            p.regular().close();
            p.bold().close();
        } catch (IOException e) {
            // nothing left to release
        }
    }

    /**
     * Renames the GSUB entry of the font's table directory so the parser sees no such table (the
     * table's bytes stay where they are and are not embedded: the subsetter copies only the tables a
     * PDF needs). The directory starts at byte 12 with 16-byte entries: tag, checksum, offset, length.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        byte[] copy = font.clone();
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (copy[at] == 'G' && copy[at + 1] == 'S' && copy[at + 2] == 'U' && copy[at + 3] == 'B') {
                copy[at] = 'x';
                return copy;
            }
        }
        return copy;
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

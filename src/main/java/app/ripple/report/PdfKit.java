package app.ripple.report;

import app.ripple.base.PdfFonts;
import app.ripple.base.PdfText;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jspecify.annotations.Nullable;

/**
 * A small flowing-layout writer for tagged PDFs: headings, wrapped paragraphs, tables and vector
 * figures go down the page and onto new pages; every piece of content is a marked-content sequence
 * attached to a structure element (Document → H1/H2/P/Table/Figure) in reading order, and page
 * furniture (footers, rules, bands) is marked as an artifact. Text uses the embedded DejaVu Sans
 * (subset), so accents and Spanish print; characters the font lacks become "?" instead of failing.
 */
final class PdfKit implements AutoCloseable {

    static final Color INK = new Color(0x1f2d2a);
    static final Color MUTED = new Color(0x55615e);
    static final Color ACCENT = new Color(0x2f7f72);
    static final Color ACCENT_LIGHT = new Color(0xe6f4f1);
    static final Color CORAL = new Color(0xc4563a);
    static final Color RULE = new Color(0xc9d6d3);
    static final Color ZEBRA = new Color(0xf4f8f7);

    final float margin = 48;
    private float footerHeight = 30;
    private final PDDocument doc;
    private final PDRectangle size;
    private final PdfFonts fonts;
    final PdfText regular;
    final PdfText bold;
    private final PDStructureTreeRoot treeRoot;
    private final PDStructureElement document;
    private final Map<Integer, List<PDStructureElement>> marked = new HashMap<>();
    private final Map<Integer, List<String>> pageNotes = new HashMap<>();
    private @Nullable PDPage page;
    private @Nullable PDPageContentStream cs;
    private float y;

    PdfKit(ReportData.Paper paper, Locale locale, String title) {
        doc = new PDDocument();
        size = paper == ReportData.Paper.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
        fonts = PdfFonts.embedIn(doc);
        regular = new PdfText(fonts.regular());
        bold = new PdfText(fonts.bold());
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Ripple");
        info.setProducer("Ripple (Apache PDFBox)");
        var catalog = doc.getDocumentCatalog();
        catalog.setLanguage(locale.toLanguageTag());
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
        treeRoot = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(treeRoot);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, treeRoot);
        document.setLanguage(locale.toLanguageTag());
        treeRoot.appendKid(document);
    }

    // ------------------------------------------------------------------ pages

    float contentWidth() {
        return size.getWidth() - 2 * margin;
    }

    float left() {
        return margin;
    }

    float y() {
        return y;
    }

    int pageCount() {
        return doc.getNumberOfPages();
    }

    /** Ends the page; headings still waiting for their content are printed on it first. */
    void newPage() {
        placeHeadings(0);
        startPage();
    }

    private void startPage() {
        closeStream();
        page = new PDPage(size);
        page.setStructParents(doc.getNumberOfPages());
        doc.addPage(page);
        try {
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = size.getHeight() - margin;
    }

    /**
     * Starts a new page unless {@code height} points still fit above the footer, together with the
     * headings waiting for this content (so a heading moves to the next page with its content).
     */
    void ensure(float height) {
        placeHeadings(height);
        if (page == null || y - height < margin + footerHeight) {
            startPage();
        }
    }

    void space(float h) {
        y -= h;
    }

    /** A note printed in the footer of the current page (e.g. an instrument's citation), tagged as text. */
    void footNote(String text) {
        int lines = regular.wrap(text, 7, contentWidth()).size();
        int pageIndex = page == null ? -1 : doc.getNumberOfPages() - 1;
        int already = pageNotes.getOrDefault(pageIndex, List.of()).stream()
                .mapToInt(n -> regular.wrap(n, 7, contentWidth()).size()).sum();
        footerHeight = Math.max(footerHeight, 30 + (already + lines) * 9);
        if (page == null || y < margin + footerHeight) {
            startPage(); // waiting headings follow onto the new page with their content
        }
        List<String> notes = pageNotes.computeIfAbsent(doc.getNumberOfPages() - 1, k -> new ArrayList<>());
        if (!notes.contains(text)) {
            notes.add(text);
        }
    }

    // ------------------------------------------------------------------ tagged content

    /** A structure element under {@code parent} (the document when null). */
    PDStructureElement element(String type, @Nullable PDStructureElement parent) {
        PDStructureElement p = parent == null ? document : parent;
        PDStructureElement el = new PDStructureElement(type, p);
        el.setPage(page);
        p.appendKid(el);
        return el;
    }

    /** Runs {@code body} as one marked-content sequence that belongs to {@code el}. */
    void tagged(PDStructureElement el, Body body) {
        int pageIndex = doc.getNumberOfPages() - 1;
        List<PDStructureElement> list = marked.computeIfAbsent(pageIndex, k -> new ArrayList<>());
        int mcid = list.size();
        list.add(el);
        COSDictionary props = new COSDictionary();
        props.setInt(COSName.MCID, mcid);
        COSName tag = COSName.getPDFName(el.getStructureType());
        try {
            cs.beginMarkedContent(tag, PDPropertyList.create(props));
            body.draw(cs);
            cs.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDMarkedContent mc = PDMarkedContent.create(tag, props);
        el.appendKid(mc);
        el.setPage(page);
    }

    /** Decoration that is not content (rules, bands): marked as an artifact. */
    void artifact(Body body) {
        try {
            cs.beginMarkedContent(COSName.ARTIFACT);
            body.draw(cs);
            cs.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A horizontal rule across the content width at {@code at}. */
    private void rule(PDPageContentStream c, float at, float width) throws IOException {
        c.setStrokingColor(RULE);
        c.setLineWidth(width);
        c.moveTo(margin, at);
        c.lineTo(margin + contentWidth(), at);
        c.stroke();
    }

    interface Body {
        void draw(PDPageContentStream cs) throws IOException;
    }

    // ------------------------------------------------------------------ blocks

    private record Heading(String text, int level, List<String> lines, float fontSize) {
        float lineHeight() {
            return fontSize * 1.25f;
        }

        float height() {
            return lines.size() * lineHeight() + (level == 2 ? 10 : 0) + 4;
        }
    }

    private final List<Heading> waiting = new ArrayList<>();

    /**
     * A heading, kept with what follows it: it is printed by the next block (paragraph, table,
     * figure, chart), on the page where that block's first line, rows or drawing fit, so a heading
     * never ends a page while its content starts the next.
     */
    void heading(String text, int level) {
        float fontSize = level == 1 ? 22 : level == 2 ? 15 : 12;
        waiting.add(new Heading(text, level, bold.wrap(text, fontSize, contentWidth()), fontSize));
    }

    /** Prints the waiting headings, on a new page unless they and {@code next} points of content fit. */
    private void placeHeadings(float next) {
        if (waiting.isEmpty()) {
            return;
        }
        float height = next;
        for (Heading h : waiting) {
            height += h.height();
        }
        if (page == null || y - height < margin + footerHeight) {
            startPage();
        }
        List<Heading> headings = List.copyOf(waiting);
        waiting.clear();
        for (Heading h : headings) {
            draw(h);
        }
    }

    private void draw(Heading h) {
        int level = h.level();
        if (level == 2) {
            y -= 10;
            float at = y + 4;
            artifact(c -> rule(c, at, 0.8f));
        }
        PDStructureElement el = element(level == 1 ? StandardStructureTypes.H1 : level == 2 ? StandardStructureTypes.H2
                : StandardStructureTypes.H3, null);
        for (String line : h.lines()) {
            y -= h.lineHeight();
            float baseline = y;
            tagged(el, c -> bold.show(c, line, h.fontSize(), margin, baseline + 3, level == 1 ? INK : ACCENT));
        }
        y -= 4;
    }

    void paragraph(String text, float fontSize, boolean isBold, Color colour) {
        paragraph(text, fontSize, isBold, colour, null);
    }

    void paragraph(String text, float fontSize, boolean isBold, Color colour, @Nullable PDStructureElement parent) {
        PdfText font = isBold ? bold : regular;
        float lineHeight = fontSize * 1.4f;
        placeHeadings(2 * lineHeight); // a heading keeps at least its first two lines (or the only one)
        PDStructureElement el = null;
        for (String para : text.split("\n")) {
            for (String line : font.wrap(para, fontSize, contentWidth())) {
                if (page == null || y - lineHeight < margin + footerHeight) {
                    startPage();
                    el = null;
                }
                if (el == null) {
                    el = element(StandardStructureTypes.P, parent);
                }
                y -= lineHeight;
                float baseline = y;
                tagged(el, c -> font.show(c, line, fontSize, margin, baseline + 3, colour));
            }
        }
        y -= fontSize * 0.5f;
    }

    /**
     * A table with a header row; {@code fractions} are column widths as shares of the content width,
     * {@code right} marks right-aligned (number) columns. The header repeats on a new page.
     */
    void table(List<String> headers, List<List<String>> rows, float[] fractions, boolean[] right) {
        float fontSize = 9.5f;
        float rowHeight = 17;
        float w = contentWidth();
        ensure(rowHeight * Math.min(rows.size() + 1, 4));
        PDStructureElement table = element(StandardStructureTypes.TABLE, null);
        headerRow(table, headers, fractions, right, fontSize, rowHeight, w);
        for (int r = 0; r < rows.size(); r++) {
            if (y - rowHeight < margin + footerHeight) {
                newPage();
                table = element(StandardStructureTypes.TABLE, null);
                headerRow(table, headers, fractions, right, fontSize, rowHeight, w);
            }
            y -= rowHeight;
            float top = y;
            if (r % 2 == 1) {
                artifact(c -> {
                    c.setNonStrokingColor(ZEBRA);
                    c.addRect(margin, top, w, rowHeight);
                    c.fill();
                });
            }
            PDStructureElement tr = element(StandardStructureTypes.TR, table);
            cells(tr, StandardStructureTypes.TD, rows.get(r), fractions, right, regular, fontSize, top, w);
        }
        y -= 10;
    }

    private void headerRow(PDStructureElement table, List<String> headers, float[] fractions, boolean[] right, float fontSize,
            float rowHeight, float w) {
        y -= rowHeight;
        float top = y;
        artifact(c -> {
            c.setNonStrokingColor(ACCENT_LIGHT);
            c.addRect(margin, top, w, rowHeight);
            c.fill();
        });
        PDStructureElement tr = element(StandardStructureTypes.TR, table);
        cells(tr, StandardStructureTypes.TH, headers, fractions, right, bold, fontSize, top, w);
    }

    private void cells(PDStructureElement tr, String type, List<String> values, float[] fractions, boolean[] right,
            PdfText font, float fontSize, float top, float w) {
        float x = margin;
        for (int i = 0; i < values.size(); i++) {
            float cellW = fractions[i] * w;
            float cellX = x;
            String value = values.get(i);
            boolean alignRight = right[i];
            PDStructureElement cell = element(type, tr);
            tagged(cell, c -> {
                String shown = font.fit(value, fontSize, cellW - 8);
                float tx = alignRight ? cellX + cellW - 4 - font.width(shown, fontSize) : cellX + 4;
                font.show(c, shown, fontSize, tx, top + 5, INK);
            });
            x += cellW;
        }
    }

    /** A vector figure with alternative text for screen readers. */
    void figure(String alt, float height, FigureBody body) {
        ensure(height + 8);
        PDStructureElement el = element(StandardStructureTypes.Figure, null);
        el.setAlternateDescription(alt);
        float bottom = y - height;
        tagged(el, c -> body.draw(c, margin, bottom, contentWidth(), height));
        y = bottom - 8;
    }

    /**
     * A chart from the shared chart model ({@code app.ripple.chart}) as vector graphics, laid out
     * to the content width; the figure's alternative text is the chart's title and summary (the
     * report prints the numbers in a table next to it).
     */
    void chart(app.ripple.chart.Chart chart, float height) {
        app.ripple.chart.Scene scene = app.ripple.chart.ChartLayout.layout(chart, contentWidth(), height, false);
        float h = (float) scene.height();
        ensure(h + 8);
        PDStructureElement el = element(StandardStructureTypes.Figure, null);
        el.setAlternateDescription(scene.title() + ". " + scene.summary());
        float top = y;
        tagged(el, c -> app.ripple.chart.PdfChartRenderer.draw(c, new app.ripple.chart.PdfChartRenderer.Fonts(regular, bold),
                scene, margin, top, 1f));
        y = top - h - 8;
    }

    interface FigureBody {
        void draw(PDPageContentStream cs, float x, float y, float w, float h) throws IOException;
    }

    // ------------------------------------------------------------------ finish

    /**
     * Adds the footers (the per-page notes such as instrument citations, tagged, and
     * "left text · page n of m" as an artifact), the structure parent tree, and saves.
     */
    byte[] finish(String footerLeft, String pageOfPattern) {
        placeHeadings(0);
        closeStream();
        try {
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage p = doc.getPage(i);
                page = p;
                cs = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true);
                List<String> notes = pageNotes.getOrDefault(i, List.of());
                float lineY = margin - 10;
                float ny = margin + 6;
                for (int n = notes.size() - 1; n >= 0; n--) {
                    String note = notes.get(n);
                    for (String l : reverse(regular.wrap(note, 7, contentWidth()))) {
                        float baseline = ny;
                        PDStructureElement el = element(StandardStructureTypes.P, null);
                        tagged(el, c -> regular.show(c, l, 7, margin, baseline, MUTED));
                        ny += 9;
                    }
                }
                String pageText = java.text.MessageFormat.format(pageOfPattern, i + 1, pages);
                artifact(c -> {
                    rule(c, lineY + 10, 0.5f);
                    float pageWidth = regular.width(pageText, 7.5f);
                    // the left text wraps onto a second line rather than being cut off (long school names)
                    float leftWidth = contentWidth() - pageWidth - 16;
                    List<String> left = regular.wrap(footerLeft, 7.5f, leftWidth);
                    regular.show(c, left.getFirst(), 7.5f, margin, lineY, MUTED);
                    if (left.size() > 1) {
                        String rest = String.join(" ", left.subList(1, left.size()));
                        regular.show(c, rest, 7.5f, margin, lineY - 9, leftWidth, MUTED);
                    }
                    regular.show(c, pageText, 7.5f, margin + contentWidth() - pageWidth, lineY, MUTED);
                });
                closeStream();
            }
            PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
            Map<Integer, COSObjectable> numbers = new HashMap<>();
            for (int i = 0; i < pages; i++) {
                COSArray array = new COSArray();
                for (PDStructureElement el : marked.getOrDefault(i, List.of())) {
                    array.add(el);
                }
                numbers.put(i, new PDParentTreeValue(array));
            }
            parentTree.setNumbers(numbers);
            treeRoot.setParentTree(parentTree);
            treeRoot.setParentTreeNextKey(pages);
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the report could not be written", e);
        }
    }

    private static List<String> reverse(List<String> lines) {
        List<String> r = new ArrayList<>(lines);
        java.util.Collections.reverse(r);
        return r;
    }

    private void closeStream() {
        if (cs != null) {
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cs = null;
        }
    }

    @Override
    public void close() {
        try {
            closeStream();
        } finally {
            fonts.close();
            try {
                doc.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }
}

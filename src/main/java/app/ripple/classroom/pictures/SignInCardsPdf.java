package app.ripple.classroom.pictures;

import app.ripple.classroom.pictures.SignInCards.Card;
import app.ripple.base.PdfFonts;
import app.ripple.base.PdfShapes;
import app.ripple.base.PdfText;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Printable sign-in cards: first the cards (8 per page, 2 × 4, with dashed cut lines), each with
 * the child's avatar, name and their 3 password pictures in order; then the confidential class
 * sheet for the teacher. Pictures are vectors; text uses the embedded DejaVu Sans, and characters
 * it cannot show (emoji, some scripts) are printed as "?" instead of failing.
 */
public final class SignInCardsPdf {

    private static final float MARGIN = 28;
    private static final float HINT_HEIGHT = 16;
    private static final int COLUMNS = 2;
    private static final int ROWS = 4;
    private static final float PAD = 12;

    private static final Color INK = new Color(0x2f2a2a);
    private static final Color MUTED = new Color(0x5f5858);
    private static final Color CUT = new Color(0x9e9e9e);
    private static final Color BADGE = new Color(0x3949ab);
    private static final Color ZEBRA = new Color(0xf3f1f7);
    private static final Color HEADER_BG = new Color(0xe3e0ec);
    private static final Color WARNING_BG = new Color(0xfff3e0);
    private static final Color WARNING_LINE = new Color(0xe65100);

    private SignInCardsPdf() {
    }

    /**
     * Renders the cards and the class sheet.
     *
     * @throws IllegalArgumentException if a card names an avatar or password picture that does not exist
     */
    public static byte[] render(SignInCards data) {
        List<Resolved> cards = data.cards().stream().map(SignInCardsPdf::resolve).toList();
        try (PDDocument doc = new PDDocument(); PdfFonts embedded = PdfFonts.embedIn(doc)) {
            Texts t = new Texts(data);
            Fonts fonts = new Fonts(embedded.regular(), embedded.bold());
            PDRectangle size = data.paper() == SignInCards.PaperSize.LETTER ? PDRectangle.LETTER : PDRectangle.A4;

            int perPage = COLUMNS * ROWS;
            for (int from = 0; from < cards.size(); from += perPage) {
                cardPage(doc, size, fonts, t, data, cards.subList(from, Math.min(cards.size(), from + perPage)));
            }
            classSheet(doc, size, fonts, t, data, cards);
            footers(doc, fonts, t, data);

            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(t.format("picture.cards.documentTitle", data.className(), data.schoolName()));
            info.setCreator("Ripple");
            doc.getDocumentCatalog().setLanguage(data.locale().toLanguageTag());
            PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
            prefs.setDisplayDocTitle(true);
            doc.getDocumentCatalog().setViewerPreferences(prefs);

            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("sign-in cards could not be rendered", e);
        }
    }

    private record Resolved(Card card, Picture avatar, List<Picture> password) {
    }

    private static Resolved resolve(Card card) {
        Picture avatar = Pictures.avatar(card.avatarId())
                .orElseThrow(() -> new IllegalArgumentException("unknown avatar " + card.avatarId()));
        List<Picture> password = card.passwordPictureIds().stream()
                .map(id -> Pictures.passwordPicture(id)
                        .orElseThrow(() -> new IllegalArgumentException("unknown password picture " + id)))
                .toList();
        return new Resolved(card, avatar, password);
    }

    // ---------------------------------------------------------------- cards

    private static void cardPage(PDDocument doc, PDRectangle size, Fonts f, Texts t, SignInCards data, List<Resolved> cards)
            throws IOException {
        PDPage page = new PDPage(size);
        doc.addPage(page);
        float width = size.getWidth();
        float height = size.getHeight();
        float cardW = (width - 2 * MARGIN) / COLUMNS;
        float cardH = (height - 2 * MARGIN - HINT_HEIGHT) / ROWS;
        float gridTop = height - MARGIN - HINT_HEIGHT;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            String hint = t.text("picture.cards.cutHint");
            if (f.regular.supports(0x2702)) {
                hint = "\u2702 " + hint;
            }
            f.regular.show(cs, hint, 9, MARGIN, height - MARGIN - 8, width - 2 * MARGIN, MUTED);

            for (int i = 0; i < cards.size(); i++) {
                float x = MARGIN + (i % COLUMNS) * cardW;
                float y = gridTop - (i / COLUMNS + 1) * cardH;
                card(cs, f, t, data, cards.get(i), x, y, cardW, cardH);
            }
            // dashed cut lines around every used cell
            int rowsUsed = (cards.size() + COLUMNS - 1) / COLUMNS;
            cs.setStrokingColor(CUT);
            cs.setLineWidth(0.6f);
            cs.setLineDashPattern(new float[] {5, 3}, 0);
            for (int r = 0; r <= rowsUsed; r++) {
                float y = gridTop - r * cardH;
                int cellsOnLine = r == 0 ? Math.min(COLUMNS, cards.size())
                        : Math.min(COLUMNS, cards.size() - (r - 1) * COLUMNS);
                cs.moveTo(MARGIN, y);
                cs.lineTo(MARGIN + cellsOnLine * cardW, y);
            }
            for (int r = 0; r < rowsUsed; r++) {
                int cells = Math.min(COLUMNS, cards.size() - r * COLUMNS);
                for (int c = 0; c <= cells; c++) {
                    cs.moveTo(MARGIN + c * cardW, gridTop - r * cardH);
                    cs.lineTo(MARGIN + c * cardW, gridTop - (r + 1) * cardH);
                }
            }
            cs.stroke();
            cs.setLineDashPattern(new float[0], 0);
        }
    }

    private static void card(PDPageContentStream cs, Fonts f, Texts t, SignInCards data, Resolved r,
                             float x, float y, float w, float h) throws IOException {
        float top = y + h - PAD;
        float avatarSize = 58;
        PictureRenderer.drawPdf(cs, r.avatar(), x + PAD, top - avatarSize, avatarSize);

        float textX = x + PAD + avatarSize + 10;
        float textW = x + w - PAD - textX;
        String name = r.card().displayName();
        float nameSize = f.bold.fitSize(name, textW, 24, 15);
        List<String> lines = f.bold.wrap(name, nameSize, textW);
        if (lines.size() > 1) {
            // long names: two lines rather than cutting the name off
            nameSize = 14;
            lines = f.bold.wrap(name, nameSize, textW);
            String first = lines.getFirst();
            String whole = name.strip();
            // the rest as written (a name without spaces is broken inside the word, not given a space)
            String rest = whole.startsWith(first) ? whole.substring(first.length()).strip()
                    : String.join(" ", lines.subList(1, lines.size()));
            f.bold.show(cs, first, nameSize, textX, top - avatarSize / 2 + 10, textW, INK);
            f.bold.show(cs, rest, nameSize, textX, top - avatarSize / 2 - 6, textW, INK);
        } else {
            f.bold.show(cs, name, nameSize, textX, top - avatarSize / 2 - nameSize * 0.1f, textW, INK);
        }
        float classY = top - avatarSize / 2 - (lines.size() > 1 ? 20 : 18);
        f.regular.show(cs, data.className(), 9, textX, classY, textW, MUTED);

        float labelY = top - avatarSize - 15;
        f.bold.show(cs, t.text("picture.cards.yourPassword"), 10.5f, x + PAD, labelY, w - 2 * PAD, INK);

        float slotW = (w - 2 * PAD) / 3;
        float namesH = 13;
        float available = labelY - 8 - (y + PAD) - namesH;
        float pic = Math.min(slotW - 16, available);
        float picBottom = y + PAD + namesH + (available - pic);
        for (int i = 0; i < 3; i++) {
            float slotX = x + PAD + i * slotW;
            float picX = slotX + (slotW - pic) / 2 + 4;
            Picture p = r.password().get(i);
            PictureRenderer.drawPdf(cs, p, picX, picBottom, pic);
            // number badge 1-2-3 at the top left of the picture
            float bx = picX - 4;
            float by = picBottom + pic - 4;
            circle(cs, bx, by, 8.5f, BADGE);
            String number = Integer.toString(i + 1);
            float nw = f.bold.width(number, 11);
            f.bold.show(cs, number, 11, bx - nw / 2, by - 4, 20, Color.WHITE);
            if (i < 2) {
                // a small arrow between pictures shows the order
                float ax = slotX + slotW + 1;
                float ay = picBottom + pic / 2;
                cs.setNonStrokingColor(MUTED);
                cs.moveTo(ax - 4, ay + 4);
                cs.lineTo(ax + 2, ay);
                cs.lineTo(ax - 4, ay - 4);
                cs.closePath();
                cs.fill();
            }
            String pictureName = t.text(p.nameKey());
            float size = f.regular.fitSize(pictureName, slotW - 4, 10, 7);
            float nameW = f.regular.width(pictureName, size);
            f.regular.show(cs, pictureName, size, slotX + (slotW - Math.min(nameW, slotW - 4)) / 2 + 2, y + PAD + 2, slotW - 4, INK);
        }
    }

    private static void circle(PDPageContentStream cs, float cx, float cy, float r, Color fill) throws IOException {
        cs.setNonStrokingColor(fill);
        PdfShapes.circle(cs, cx, cy, r);
        cs.fill();
    }

    // ---------------------------------------------------------------- class sheet

    private static final float SHEET_MARGIN = 40;
    private static final float ROW = 24;

    private static void classSheet(PDDocument doc, PDRectangle size, Fonts f, Texts t, SignInCards data,
                                   List<Resolved> cards) throws IOException {
        float width = size.getWidth();
        float contentW = width - 2 * SHEET_MARGIN;
        float numberW = 26;
        float avatarW = 26;
        float pictureW = (contentW - numberW - avatarW) * 0.22f;
        float studentW = contentW - numberW - avatarW - 3 * pictureW;
        float bottom = SHEET_MARGIN + 20;

        int index = 0;
        do {
            PDPage page = new PDPage(size);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = size.getHeight() - SHEET_MARGIN;
                String title = t.format("picture.cards.sheet.title", data.className());
                f.bold.show(cs, title, 18, SHEET_MARGIN, y - 16, contentW, INK);
                y -= 24;
                f.regular.show(cs, t.format("picture.cards.sheet.school", data.schoolName()), 11, SHEET_MARGIN, y - 12, contentW, MUTED);
                y -= 22;

                // confidentiality reminder
                List<String> lines = f.bold.wrap(t.text("picture.cards.sheet.confidential"), 9.5f, contentW - 20);
                float boxH = lines.size() * 12 + 10;
                cs.setNonStrokingColor(WARNING_BG);
                cs.addRect(SHEET_MARGIN, y - boxH, contentW, boxH);
                cs.fill();
                cs.setNonStrokingColor(WARNING_LINE);
                cs.addRect(SHEET_MARGIN, y - boxH, 4, boxH);
                cs.fill();
                float ly = y - 14;
                for (String line : lines) {
                    f.bold.show(cs, line, 9.5f, SHEET_MARGIN + 12, ly, contentW - 20, INK);
                    ly -= 12;
                }
                y -= boxH + 12;

                // table header
                cs.setNonStrokingColor(HEADER_BG);
                cs.addRect(SHEET_MARGIN, y - ROW, contentW, ROW);
                cs.fill();
                float tx = SHEET_MARGIN;
                f.bold.show(cs, t.text("picture.cards.sheet.number"), 9.5f, tx + 4, y - 15.5f, numberW - 4, INK);
                tx += numberW + avatarW;
                f.bold.show(cs, t.text("picture.cards.sheet.student"), 9.5f, tx + 2, y - 15.5f, studentW - 4, INK);
                tx += studentW;
                for (int i = 1; i <= 3; i++) {
                    f.bold.show(cs, t.format("picture.cards.sheet.picture", i), 9.5f, tx + 2, y - 15.5f, pictureW - 4, INK);
                    tx += pictureW;
                }
                y -= ROW;

                while (index < cards.size() && y - ROW >= bottom) {
                    Resolved r = cards.get(index);
                    if (index % 2 == 1) {
                        cs.setNonStrokingColor(ZEBRA);
                        cs.addRect(SHEET_MARGIN, y - ROW, contentW, ROW);
                        cs.fill();
                    }
                    float baseline = y - 15.5f;
                    tx = SHEET_MARGIN;
                    f.regular.show(cs, Integer.toString(index + 1), 10, tx + 4, baseline, numberW - 4, MUTED);
                    tx += numberW;
                    PictureRenderer.drawPdf(cs, r.avatar(), tx + 2, y - ROW + 3, ROW - 6);
                    tx += avatarW;
                    float nameSize = f.regular.fitSize(r.card().displayName(), studentW - 6, 10.5f, 8);
                    f.regular.show(cs, r.card().displayName(), nameSize, tx + 2, baseline, studentW - 6, INK);
                    tx += studentW;
                    for (Picture p : r.password()) {
                        PictureRenderer.drawPdf(cs, p, tx + 1, y - ROW + 4, ROW - 8);
                        String name = t.text(p.nameKey());
                        f.regular.show(cs, name, 9.5f, tx + ROW - 3, baseline, pictureW - ROW, INK);
                        tx += pictureW;
                    }
                    y -= ROW;
                    index++;
                }
                cs.setStrokingColor(CUT);
                cs.setLineWidth(0.5f);
                cs.moveTo(SHEET_MARGIN, y);
                cs.lineTo(SHEET_MARGIN + contentW, y);
                cs.stroke();
            }
        } while (index < cards.size());
    }

    private static void footers(PDDocument doc, Fonts f, Texts t, SignInCards data) throws IOException {
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            float width = page.getMediaBox().getWidth();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
                String left = data.schoolName() + " · " + data.className();
                String right = t.format("picture.cards.page", i + 1, total);
                float rightW = f.regular.width(right, 8);
                f.regular.show(cs, left, 8, MARGIN, 14, width - 2 * MARGIN - rightW - 20, MUTED);
                f.regular.show(cs, right, 8, width - MARGIN - rightW, 14, rightW + 1, MUTED);
            }
        }
    }

    // ---------------------------------------------------------------- texts and fonts

    private record Fonts(PdfText regular, PdfText bold) {
        Fonts(PDType0Font regular, PDType0Font bold) {
            this(new PdfText(regular), new PdfText(bold));
        }
    }

    /** Translations for the document's locale; templates are formatted with MessageFormat. */
    private static final class Texts {
        private final SignInCards data;

        Texts(SignInCards data) {
            this.data = data;
        }

        String text(String key) {
            String value = data.translate().apply(key);
            return value == null || value.isBlank() ? key : value;
        }

        String format(String key, Object... args) {
            return new MessageFormat(text(key), data.locale()).format(args);
        }
    }
}

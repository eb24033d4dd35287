package app.ripple.classroom.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.RippleI18NProvider;
import app.ripple.classroom.pictures.SignInCards.Card;
import app.ripple.classroom.pictures.SignInCards.PaperSize;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SignInCardsPdfTest {

    private static final RippleI18NProvider I18N = new RippleI18NProvider();

    private static final List<String> TRICKY = List.of("Zoë", "Ñandú", "O'Neill", "أمل", "Mia 🌟", "Ana 👩🏽‍🚀",
            "Łucja Żółć", "Jürgen Groß", "Mateo Alejandro Fernández-Villanueva de la Santísima Trinidad", "李小龍", "\tTab\u0007");

    static List<Card> students(int count) {
        List<Picture> avatars = Pictures.avatars();
        List<Picture> pictures = Pictures.passwordPictures();
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = i < TRICKY.size() ? TRICKY.get(i) : "Student " + (i + 1);
            cards.add(new Card(name, avatars.get(i % avatars.size()).id(),
                    List.of(pictures.get(i % 12).id(), pictures.get((i + 5) % 12).id(), pictures.get((i + 9) % 12).id())));
        }
        return cards;
    }

    static SignInCards cards(PaperSize paper, Locale locale, List<Card> cards) {
        return new SignInCards("Escuela Peñalara", "3º B – Los Delfines", paper, locale,
                key -> I18N.getTranslation(key, locale), cards);
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void thirtyStudentsOnCardsAndTheClassSheet(PaperSize paper) throws Exception {
        byte[] pdf = SignInCardsPdf.render(cards(paper, Locale.ENGLISH, students(30)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // 30 cards at 8 a page = 4 pages, then the class sheet
            assertThat(doc.getNumberOfPages()).isBetween(5, 7);
            PDRectangle expected = paper == PaperSize.A4 ? PDRectangle.A4 : PDRectangle.LETTER;
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(expected.getWidth(), org.assertj.core.data.Offset.offset(0.01f));
                assertThat(page.getMediaBox().getHeight()).isEqualTo(expected.getHeight(), org.assertj.core.data.Offset.offset(0.01f));
            }
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Sign-in cards: 3º B – Los Delfines, Escuela Peñalara");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");

            String cardText = text(doc, 1, 4);
            String sheetText = text(doc, 5, doc.getNumberOfPages());
            for (int i = 12; i <= 30; i++) {
                assertThat(cardText).contains("Student " + i);
                assertThat(sheetText).contains("Student " + i);
            }
            for (String name : List.of("Zoë", "Ñandú", "O'Neill", "Łucja Żółć", "Jürgen Groß")) {
                assertThat(cardText).contains(name);
                assertThat(sheetText).contains(name);
            }
            // DejaVu Sans has no emoji and no Chinese: those print as "?"
            assertThat(cardText).doesNotContain("李").contains("\n?\n");
            assertThat(cardText).contains("Mia ?").doesNotContain("🌟").contains("Your picture password")
                    .contains("Sun").contains("Boat");
            assertThat(sheetText).contains("Class sheet: 3º B – Los Delfines").contains("School: Escuela Peñalara")
                    .contains("Confidential").contains("keep it safe".substring(1)).contains("Picture 3");

            for (PDPage page : doc.getPages()) {
                for (var fontName : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(fontName);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                }
            }
            renderEveryPage(doc);
        }
    }

    @Test
    void spanishCards() throws Exception {
        byte[] pdf = SignInCardsPdf.render(cards(PaperSize.A4, Locale.forLanguageTag("es"), students(3)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("es");
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("Tarjetas de acceso");
            String all = text(doc, 1, 2);
            assertThat(all).contains("Tu contraseña de imágenes").contains("Hoja de la clase").contains("Confidencial")
                    .contains("Página 1 de 2").contains("Sol").contains("Flor").contains("Centro: Escuela Peñalara");
            renderEveryPage(doc);
        }
    }

    @Test
    void namesTheFontLacksDoNotCrash() throws Exception {
        List<Card> cards = new ArrayList<>();
        for (String name : TRICKY) {
            cards.add(new Card(name, "owl", List.of("sun", "moon", "star")));
        }
        cards.add(new Card("🌟🌟🌟", "fox", List.of("car", "car", "car")));
        cards.add(new Card("", "fox", List.of("car", "ball", "boat")));
        byte[] pdf = SignInCardsPdf.render(cards(PaperSize.LETTER, Locale.ENGLISH, cards));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String all = text(doc, 1, doc.getNumberOfPages());
            assertThat(all).contains("Zoë").contains("Ñandú").contains("O'Neill").contains("Mia ?").contains("Ana ?")
                    .contains("Mateo Alejandro");
            assertThat(all).contains("أمل");
            renderEveryPage(doc);
        }
    }

    @Test
    void noStudentsGivesAnEmptyClassSheet() throws Exception {
        try (PDDocument doc = Loader.loadPDF(SignInCardsPdf.render(cards(PaperSize.A4, Locale.ENGLISH, List.of())))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(text(doc, 1, 1)).contains("Class sheet");
        }
    }

    @Test
    void unknownPicturesAreRejected() {
        assertThatThrownBy(() -> SignInCardsPdf.render(cards(PaperSize.A4, Locale.ENGLISH,
                List.of(new Card("Ana", "dragon", List.of("sun", "moon", "star"))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dragon");
        assertThatThrownBy(() -> SignInCardsPdf.render(cards(PaperSize.A4, Locale.ENGLISH,
                List.of(new Card("Ana", "fox", List.of("sun", "moon", "fox"))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fox");
        assertThatThrownBy(() -> new Card("Ana", "fox", List.of("sun", "moon")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String text(PDDocument doc, int from, int to) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc);
    }

    private static void renderEveryPage(PDDocument doc) throws Exception {
        PDFRenderer renderer = new PDFRenderer(doc);
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            BufferedImage image = renderer.renderImageWithDPI(i, 36);
            assertThat(image.getWidth()).isGreaterThan(200);
        }
    }
}

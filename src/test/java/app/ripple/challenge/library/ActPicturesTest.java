package app.ripple.challenge.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.classroom.pictures.Picture;
import app.ripple.classroom.pictures.PictureRenderer;
import app.ripple.classroom.pictures.Pictures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

class ActPicturesTest {

    static Stream<Picture> allPictures() {
        return Stream.of(ActPictures.all(), ActPictures.recipients(), FeelingFaces.all()).flatMap(List::stream);
    }

    @Test
    void catalogueSizesAndIds() {
        assertThat(ActPictures.all()).hasSizeBetween(20, 30);
        assertThat(ActPictures.all()).allMatch(p -> p.id().startsWith("act_"));
        assertThat(ActPictures.recipients()).hasSize(5).allMatch(p -> p.id().startsWith("recipient_"));
        assertThat(FeelingFaces.all()).extracting(Picture::id)
                .containsExactly("feeling_1", "feeling_2", "feeling_3", "feeling_4", "feeling_5");
        assertThat(FeelingFaces.forRating(5).id()).isEqualTo("feeling_5");
        assertThat(FeelingFaces.picture("feeling_3")).isPresent();
    }

    @Test
    void idsAreUniqueAndNeverClashWithAvatarsOrPasswordPictures() {
        List<String> ids = allPictures().map(Picture::id).toList();
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        Set<String> existing = new HashSet<>();
        Pictures.avatars().forEach(p -> existing.add(p.id()));
        Pictures.passwordPictures().forEach(p -> existing.add(p.id()));
        assertThat(ids).doesNotContainAnyElementsOf(existing);
        assertThat(ActPictures.all()).allSatisfy(p -> assertThat(ActPictures.picture(p.id())).contains(p));
        assertThat(ActPictures.all()).allSatisfy(p -> assertThat(p.nameKey()).isEqualTo("actpicture." + p.id()));
        assertThat(ActPictures.picture("feeling_1")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("allPictures")
    void everyPictureIsWellFormedSvgInsideTheCanvas(Picture p) throws Exception {
        Document svg = parse(PictureRenderer.toSvg(p, "Name of " + p.id()));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 100 100");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Name of " + p.id());
        assertThat(svg.getElementsByTagName("*").getLength()).isGreaterThan(p.shapes().size());
        assertThat(p.shapes()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void everyPictureDrawsIntoAPdfPage() throws Exception {
        List<Picture> all = allPictures().toList();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int i = 0; i < all.size(); i++) {
                    PictureRenderer.drawPdf(cs, all.get(i), 20 + (i % 6) * 90, 740 - (i / 6) * 90, 80);
                }
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 30);
            for (int i = 0; i < all.size(); i++) {
                // most of each picture's square is drawn on, not blank paper
                int x0 = Math.round((20 + (i % 6) * 90) * 30 / 72f);
                int y0 = image.getHeight() - Math.round((740 - (i / 6) * 90 + 80) * 30 / 72f);
                int size = Math.round(80 * 30 / 72f);
                int inked = 0;
                for (int y = y0; y < y0 + size; y++) {
                    for (int x = x0; x < x0 + size; x++) {
                        inked += (image.getRGB(x, y) & 0xffffff) == 0xffffff ? 0 : 1;
                    }
                }
                assertThat(inked).as(all.get(i).id()).isGreaterThan(size * size / 2);
            }
        }
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}

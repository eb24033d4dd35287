package app.ripple.classroom.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.classroom.pictures.Shape.CurveTo;
import app.ripple.classroom.pictures.Shape.MoveTo;
import app.ripple.classroom.pictures.Shape.Paint;
import app.ripple.classroom.pictures.Shape.Path;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class PictureRendererTest {

    static Stream<Picture> allPictures() {
        return Stream.concat(Pictures.avatars().stream(), Pictures.passwordPictures().stream());
    }

    @ParameterizedTest
    @MethodSource("allPictures")
    void everyPictureIsWellFormedSvgWithItsName(Picture p) throws Exception {
        Document svg = parse(PictureRenderer.toSvg(p, "Name of " + p.id()));
        Element root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 100 100");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Name of " + p.id());
        assertThat(svg.getElementsByTagName("*").getLength()).isGreaterThan(p.shapes().size());
    }

    @Test
    void theTitleIsEscaped() throws Exception {
        String name = "<script>alert('x')</script> & \"Bob\" \u0000";
        String markup = PictureRenderer.toSvg(Pictures.avatars().getFirst(), name);
        assertThat(markup).doesNotContain("<script>");
        Document svg = parse(markup);
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("<script>alert('x')</script> & \"Bob\" ");
    }

    @Test
    void withoutANameThePictureIsDecorative() throws Exception {
        Document svg = parse(PictureRenderer.toSvg(Pictures.passwordPictures().getFirst(), null));
        assertThat(svg.getDocumentElement().getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(svg.getDocumentElement().hasAttribute("role")).isFalse();
        assertThat(svg.getElementsByTagName("title").getLength()).isZero();
    }

    @Test
    void pathsParseTheAbsoluteSvgSubset() {
        Path path = Path.parse("M 1 2 C 3,4 5,6 7 8 L 9 10 Z", Paint.fill("#ABCDEF"));
        assertThat(path.segments()).hasSize(4).first().isEqualTo(new MoveTo(1, 2));
        assertThat(path.segments().get(1)).isEqualTo(new CurveTo(3, 4, 5, 6, 7, 8));
        assertThat(path.paint().fill()).isEqualTo("#abcdef");
        String svg = PictureRenderer.toSvg(new Picture("p", "k", List.of(path)), "p");
        assertThat(svg).contains("d=\"M1 2 C3 4 5 6 7 8 L9 10 Z\"");
    }

    @Test
    void coloursAndIdsAreValidated() {
        assertThatThrownBy(() -> Paint.fill("red\" onload=\"x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Paint(null, null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Picture("Fox", "k", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyPictureDrawsIntoAPdfAndRenders() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                List<Picture> all = allPictures().toList();
                for (int i = 0; i < all.size(); i++) {
                    PictureRenderer.drawPdf(cs, all.get(i), 20 + (i % 6) * 90, 740 - (i / 6) * 90, 80);
                }
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 30);
            // the first avatar (fox) is orange somewhere near its centre, not blank paper
            int x = Math.round((20 + 40) * 30 / 72f);
            int y = image.getHeight() - Math.round((740 + 40) * 30 / 72f);
            assertThat(image.getRGB(x, y) & 0xffffff).isNotEqualTo(0xffffff);
        }
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}

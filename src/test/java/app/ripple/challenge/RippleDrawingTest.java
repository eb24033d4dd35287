package app.ripple.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class RippleDrawingTest {

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theLongestRippleIsTheDeepestPathFromARoot() {
        // 1 → 2 → 3 → 4, 1 → 5, 6 → 7
        Map<Long, Long> parents = Map.of(2L, 1L, 3L, 2L, 4L, 3L, 5L, 1L, 7L, 6L);
        List<WallService.Ripple> ripples = WallService.ripples(parents);
        assertThat(ripples).hasSize(2);
        assertThat(ripples).extracting(WallService.Ripple::actIds).contains(List.of(1L, 2L, 3L, 4L), List.of(6L, 7L));
    }

    @Test
    void theGoalRipplesStayWellFormedSvgWhateverTheLabelHolds() throws Exception {
        // a control character is not allowed in XML 1.0 at all: the shared escaper drops it
        String label = "Kind <b>acts</b> & 'more' \"x\" \u0001done";
        Document doc = parse(RippleProgress.svg(0.5, label));
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Kind <b>acts</b> & 'more' \"x\" done");
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("Kind <b>acts</b> & 'more' \"x\" done");
    }

    @Test
    void theTreeIsWellFormedSvgWithTheLongestChainLabelledAsText() throws Exception {
        Map<Long, Long> parents = Map.of(2L, 1L, 3L, 2L, 5L, 1L);
        String svg = RippleTree.svg(List.of(1L, 2L, 3L), parents, id -> id == 2 ? "I <b>helped</b> & shared" : "act " + id,
                "A ripple of 3 kind acts");
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("circle").getLength()).isGreaterThanOrEqualTo(4);
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("A ripple of 3 kind acts");
        assertThat(svg).contains("I &lt;b&gt;helped&lt;/b&gt; &amp;").doesNotContain("<b>");
    }

    @Test
    void progressRipplesFillOneRingPerTenthOfTheGoal() throws Exception {
        String svg = RippleProgress.svg(0.35, "Kindness week: 7 of 20 kind acts");
        parse(svg);
        assertThat(svg.split("stroke-width=\"5\"", -1).length - 1).isEqualTo(3);
        assertThat(RippleProgress.svg(2.0, "x").split("stroke-width=\"5\"", -1).length - 1).isEqualTo(10);
        assertThat(RippleProgress.svg(0, "x")).doesNotContain("stroke-width=\"5\"");
    }
}

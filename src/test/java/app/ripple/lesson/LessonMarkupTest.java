package app.ripple.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.lesson.LessonMarkup.Block;
import app.ripple.lesson.LessonMarkup.Run;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LessonMarkupTest {

    @Test
    void paragraphsBoldItalicAndBulletsAreRecognised() {
        List<Block> blocks = LessonMarkup.parse("First **bold** and *soft*\nsame paragraph\n\n- one\n- two *x*\n\nLast");
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0).bullets()).isFalse();
        assertThat(blocks.get(0).items().getFirst()).containsExactly(new Run("First ", false, false), new Run("bold", true, false),
                new Run(" and ", false, false), new Run("soft", false, true), new Run(" same paragraph", false, false));
        assertThat(blocks.get(1).bullets()).isTrue();
        assertThat(blocks.get(1).items()).hasSize(2);
        assertThat(blocks.get(2).items().getFirst()).containsExactly(new Run("Last", false, false));
    }

    @Test
    void anUnmatchedStarStaysAsTyped() {
        assertThat(LessonMarkup.inline("5 * 3 = 15 and **open")).containsExactly(new Run("5 * 3 = 15 and **open", false, false));
    }

    @Test
    void htmlAndScriptAreShownAsTextNeverAsElements() {
        String evil = "<script>alert(1)</script> **<img src=x onerror=alert(2)>**\n- <b>not bold</b>";
        Component c = LessonMarkup.render(evil);
        List<String> tags = new ArrayList<>();
        collect(c.getElement(), tags);
        assertThat(tags).doesNotContain("script", "img", "b");
        assertThat(tags).contains("strong", "ul", "li", "p");
        assertThat(c.getElement().getTextRecursively()).contains("<script>alert(1)</script>", "<img src=x onerror=alert(2)>",
                "<b>not bold</b>");
    }

    @Test
    void cleaningDropsControlCharactersAndUnifiesLineEnds() {
        assertThat(LessonMarkup.clean("a\u0000b\r\nc\rd\u202E  \n")).isEqualTo("ab\nc\nd");
    }

    private static void collect(Element e, List<String> tags) {
        if (e.isTextNode()) {
            return;
        }
        tags.add(e.getTag());
        e.getChildren().forEach(child -> collect(child, tags));
    }
}

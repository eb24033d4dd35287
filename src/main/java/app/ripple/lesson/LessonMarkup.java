package app.ripple.lesson;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;

/**
 * The tiny markup teachers write their own lessons in: paragraphs separated by a blank line,
 * {@code **bold**}, {@code *italic*}, and bullet lists (lines starting with {@code - } or
 * {@code * }). It is rendered into Vaadin components whose text is always set as text, never as
 * HTML, so whatever a teacher types ({@code <script>}, {@code <img onerror>}) is shown as typed.
 */
public final class LessonMarkup {

    /** A run of text with its emphasis. */
    public record Run(String text, boolean bold, boolean italic) {
    }

    /** A block: a paragraph (one item) or a bullet list (one item per bullet). */
    public record Block(boolean bullets, List<List<Run>> items) {
    }

    private LessonMarkup() {
    }

    /**
     * Cleans text before it is stored: Windows and old Mac line ends become {@code \n}, control
     * characters other than line ends are dropped (tabs become spaces), trailing spaces go.
     */
    public static String clean(String text) {
        // Tabs become spaces: stored text holds no control characters but line breaks.
        String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        StringBuilder out = new StringBuilder(unified.length());
        unified.codePoints().filter(c -> c == '\n' || !Character.isISOControl(c))
                .filter(c -> Character.getType(c) != Character.FORMAT || c == 0x200D)
                .forEach(out::appendCodePoint);
        return out.toString().lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }

    public static List<Block> parse(String source) {
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<List<Run>> bullets = new ArrayList<>();
        for (String raw : clean(source).split("\n", -1)) {
            String line = raw.strip();
            boolean bullet = line.startsWith("- ") || line.startsWith("* ") || line.startsWith("• ");
            if (line.isEmpty() || bullet) {
                flushParagraph(paragraph, blocks);
            }
            if (!bullet || line.isEmpty()) {
                flushBullets(bullets, blocks);
            }
            if (bullet) {
                bullets.add(inline(line.substring(2).strip()));
            } else if (!line.isEmpty()) {
                paragraph.add(line);
            }
        }
        flushParagraph(paragraph, blocks);
        flushBullets(bullets, blocks);
        return blocks;
    }

    private static void flushParagraph(List<String> lines, List<Block> blocks) {
        if (!lines.isEmpty()) {
            blocks.add(new Block(false, List.of(inline(String.join(" ", lines)))));
            lines.clear();
        }
    }

    private static void flushBullets(List<List<Run>> items, List<Block> blocks) {
        if (!items.isEmpty()) {
            blocks.add(new Block(true, List.copyOf(items)));
            items.clear();
        }
    }

    /** Splits a line into runs; an unmatched {@code *} stays as a plain character. */
    static List<Run> inline(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("**", i)) {
                int end = text.indexOf("**", i + 2);
                if (end > i + 2) {
                    flush(plain, runs);
                    runs.add(new Run(text.substring(i + 2, end), true, false));
                    i = end + 2;
                    continue;
                }
            } else if (text.charAt(i) == '*') {
                int end = text.indexOf('*', i + 1);
                if (end > i + 1 && !Character.isWhitespace(text.charAt(i + 1))) {
                    flush(plain, runs);
                    runs.add(new Run(text.substring(i + 1, end), false, true));
                    i = end + 1;
                    continue;
                }
            }
            plain.append(text.charAt(i));
            i++;
        }
        flush(plain, runs);
        return runs;
    }

    private static void flush(StringBuilder plain, List<Run> runs) {
        if (!plain.isEmpty()) {
            runs.add(new Run(plain.toString(), false, false));
            plain.setLength(0);
        }
    }

    /** The markup as components. Text goes in as text nodes only. */
    public static Component render(String source) {
        Div box = new Div();
        box.addClassName("ripple-lesson-text");
        for (Block b : parse(source)) {
            if (b.bullets()) {
                UnorderedList list = new UnorderedList();
                for (List<Run> item : b.items()) {
                    ListItem li = new ListItem();
                    runs(item).forEach(li::add);
                    list.add(li);
                }
                box.add(list);
            } else {
                Paragraph p = new Paragraph();
                runs(b.items().getFirst()).forEach(p::add);
                box.add(p);
            }
        }
        return box;
    }

    @com.vaadin.flow.component.Tag("strong")
    static final class Strong extends com.vaadin.flow.component.HtmlComponent implements com.vaadin.flow.component.HasText {
    }

    private static List<Component> runs(List<Run> runs) {
        List<Component> out = new ArrayList<>();
        for (Run r : runs) {
            if (r.bold()) {
                Strong strong = new Strong();
                strong.setText(r.text());
                out.add(strong);
            } else if (r.italic()) {
                out.add(new Emphasis(r.text()));
            } else {
                out.add(new Span(r.text()));
            }
        }
        return out;
    }
}

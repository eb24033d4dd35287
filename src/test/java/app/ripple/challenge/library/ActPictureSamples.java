package app.ripple.challenge.library;

import app.ripple.base.RippleI18NProvider;
import app.ripple.classroom.pictures.Picture;
import app.ripple.classroom.pictures.PictureRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a contact sheet of the act pictures, feeling faces and recipient pictures, for looking at
 * them ({@code docs/act-pictures.png} is a screenshot of it). Not a test. Run with the test
 * classpath, e.g. {@code java -cp target/classes:target/test-classes:<deps>
 * app.ripple.challenge.library.ActPictureSamples /tmp}, then screenshot {@code acts.html} with
 * headless Chromium.
 */
final class ActPictureSamples {

    private ActPictureSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/picture-samples");
        Files.createDirectories(out);
        RippleI18NProvider i18n = new RippleI18NProvider();
        Locale locale = Locale.ENGLISH;
        StringBuilder html = new StringBuilder("""
                <!doctype html><html lang="en"><meta charset="utf-8"><title>Ripple act pictures</title>
                <style>body{font-family:sans-serif;margin:10px;color:#2f2a2a}h2{font-size:15px;margin:6px 0}
                .grid{display:flex;flex-wrap:wrap;gap:6px}figure{margin:0;width:88px;text-align:center}
                figure svg{width:84px;height:84px}figcaption{font-size:11px;line-height:1.15}</style><body>
                """);
        section(html, "Act pictures", ActPictures.all(), i18n, locale);
        section(html, "How did it feel?", FeelingFaces.all(), i18n, locale);
        section(html, "Who was it for?", ActPictures.recipients(), i18n, locale);
        html.append("</body></html>");
        Files.writeString(out.resolve("acts.html"), html);
    }

    private static void section(StringBuilder html, String title, List<Picture> pictures, RippleI18NProvider i18n,
            Locale locale) {
        html.append("<h2>").append(title).append("</h2><div class=grid>");
        for (Picture p : pictures) {
            String name = i18n.getTranslation(p.nameKey(), locale);
            html.append("<figure>").append(PictureRenderer.toSvg(p, name)).append("<figcaption>").append(name
                    .replace("&", "&amp;").replace("<", "&lt;")).append("</figcaption></figure>");
        }
        html.append("</div>");
    }
}

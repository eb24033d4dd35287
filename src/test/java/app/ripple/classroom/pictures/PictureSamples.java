package app.ripple.classroom.pictures;

import app.ripple.base.RippleI18NProvider;
import app.ripple.classroom.pictures.SignInCards.Card;
import app.ripple.classroom.pictures.SignInCards.PaperSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a gallery page of all pictures and a sample sign-in cards PDF, for looking at them (the
 * images in {@code docs/} come from these). Not a test. Run with the test classpath, e.g.
 * {@code java -cp target/classes:target/test-classes:<deps> app.ripple.classroom.pictures.PictureSamples /tmp/out},
 * then screenshot {@code pictures.html} with headless Chromium and {@code pdftoppm} the PDF.
 */
final class PictureSamples {

    private PictureSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/picture-samples");
        Files.createDirectories(out);
        RippleI18NProvider i18n = new RippleI18NProvider();
        Locale locale = Locale.ENGLISH;

        StringBuilder html = new StringBuilder("""
                <!doctype html><html lang="en"><meta charset="utf-8"><title>Ripple pictures</title>
                <style>body{font-family:sans-serif;margin:12px;color:#2f2a2a}h2{font-size:16px;margin:6px 0}
                .grid{display:flex;flex-wrap:wrap;gap:8px}figure{margin:0;width:96px;text-align:center}
                figure svg{width:96px;height:96px}figcaption{font-size:12px}</style><body>
                """);
        html.append("<h2>Avatars</h2><div class=grid>");
        for (Picture p : Pictures.avatars()) {
            figure(html, p, i18n.getTranslation(p.nameKey(), locale));
        }
        html.append("</div><h2>Password pictures</h2><div class=grid>");
        for (Picture p : Pictures.passwordPictures()) {
            figure(html, p, i18n.getTranslation(p.nameKey(), locale));
        }
        html.append("</div></body></html>");
        Files.writeString(out.resolve("pictures.html"), html);

        String[] names = {"Zoë", "Ñandú", "Liam O’Neill", "Mateo Alejandro Fernández", "Olivia", "Noah", "Sofía", "Kwame",
                "Yuki", "Emma"};
        List<Card> cards = new ArrayList<>();
        List<Picture> avatars = Pictures.avatars();
        List<Picture> pictures = Pictures.passwordPictures();
        for (int i = 0; i < names.length; i++) {
            cards.add(new Card(names[i], avatars.get((i * 5) % avatars.size()).id(),
                    List.of(pictures.get(i % 12).id(), pictures.get((i + 4) % 12).id(), pictures.get((i + 7) % 12).id())));
        }
        for (PaperSize paper : PaperSize.values()) {
            byte[] pdf = SignInCardsPdf.render(new SignInCards("Sunnyside Primary", "Class 2B", paper, locale,
                    key -> i18n.getTranslation(key, locale), cards));
            Files.write(out.resolve("sign-in-cards-" + paper.name().toLowerCase(Locale.ROOT) + ".pdf"), pdf);
        }
    }

    private static void figure(StringBuilder html, Picture p, String name) {
        html.append("<figure>").append(PictureRenderer.toSvg(p, name)).append("<figcaption>")
                .append(app.ripple.base.Xml.escape(name)).append(" <small>(").append(p.id()).append(")</small></figcaption></figure>");
    }
}

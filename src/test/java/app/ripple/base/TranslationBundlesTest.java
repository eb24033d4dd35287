package app.ripple.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndSpanishHaveExactlyTheSameKeys() throws IOException {
        Set<String> en = load("translations.properties").stringPropertyNames();
        Set<String> es = load("translations_es.properties").stringPropertyNames();
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(es);
        Set<String> onlyEs = new TreeSet<>(es);
        onlyEs.removeAll(en);
        assertThat(onlyEn).as("keys missing in Spanish").isEmpty();
        assertThat(onlyEs).as("keys missing in English").isEmpty();
    }

    @Test
    void noTranslationIsEmpty() throws IOException {
        for (String bundle : new String[] {"translations.properties", "translations_es.properties"}) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames()).allSatisfy(k -> assertThat(p.getProperty(k)).as(bundle + " " + k).isNotBlank());
        }
    }

    /** Every literal key passed to getTranslation(...) or used as a @Menu title exists in the English bundle. */
    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> keys = load("translations.properties").stringPropertyNames();
        Pattern use = Pattern.compile("(?:getTranslation|translate)\\(\"([a-zA-Z0-9_.]*[a-zA-Z0-9_])\"|title = \"([a-zA-Z0-9_.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = use.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!keys.contains(key)) {
                        missing.add(key + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void providerFallsBackToEnglishAndFormatsArguments() {
        RippleI18NProvider provider = new RippleI18NProvider();
        assertThat(provider.getTranslation("home.hello", java.util.Locale.GERMAN, "Ana")).isEqualTo("Hello, Ana");
        assertThat(provider.getTranslation("home.hello", RippleI18NProvider.SPANISH, "Ana")).isEqualTo("Hola, Ana");
        assertThat(provider.getTranslation("no.such.key", RippleI18NProvider.SPANISH)).isEqualTo("!no.such.key!");
    }
}

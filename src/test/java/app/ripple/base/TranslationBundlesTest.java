package app.ripple.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationBundlesTest {

    private final RippleI18NProvider provider = new RippleI18NProvider();

    /** Each feature's English bundle has a Spanish twin with exactly the same keys. */
    @Test
    void everyEnglishBundleHasASpanishTwinWithTheSameKeys() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/vaadin-i18n"))) {
            for (Path en : files.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_")).toList()) {
                Path es = en.resolveSibling(en.getFileName().toString().replace(".properties", "_es.properties"));
                assertThat(es).as("Spanish twin of " + en.getFileName()).exists();
                Set<String> enKeys = load(en).stringPropertyNames();
                Set<String> esKeys = load(es).stringPropertyNames();
                Set<String> onlyEn = new TreeSet<>(enKeys);
                onlyEn.removeAll(esKeys);
                Set<String> onlyEs = new TreeSet<>(esKeys);
                onlyEs.removeAll(enKeys);
                assertThat(onlyEn).as("keys of " + en.getFileName() + " missing in Spanish").isEmpty();
                assertThat(onlyEs).as("keys of " + es.getFileName() + " missing in English").isEmpty();
                assertThat(enKeys).allSatisfy(k -> assertThat(load(en).getProperty(k)).as(k).isNotBlank());
                assertThat(esKeys).allSatisfy(k -> assertThat(load(es).getProperty(k)).as(k).isNotBlank());
            }
        }
        assertThat(provider.englishKeys()).isEqualTo(provider.spanishKeys());
    }

    /**
     * Spanish says "estudiante(s)" for students, "periodo" for a term and "escuela" for the school,
     * everywhere: mixing "alumnado", "alumnos" and "estudiantes" (or "trimestre" and "periodo") on
     * one screen reads as two different things.
     */
    @Test
    void spanishUsesOneWordForStudentsTermsAndTheSchool() throws IOException {
        Pattern other = Pattern.compile("(?iu)\\b(alumn[oa]s?|alumnado|trimestres?|profesorado|del centro)\\b");
        List<String> found = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/vaadin-i18n"))) {
            for (Path es : files.filter(p -> p.getFileName().toString().endsWith("_es.properties")).sorted().toList()) {
                Properties p = load(es);
                for (String key : new TreeSet<>(p.stringPropertyNames())) {
                    var m = other.matcher(p.getProperty(key));
                    if (m.find()) {
                        found.add(es.getFileName() + " " + key + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> keys = provider.englishKeys();
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
        assertThat(provider.getTranslation("home.hello", java.util.Locale.GERMAN, "Ana")).isEqualTo("Hello, Ana");
        assertThat(provider.getTranslation("home.hello", RippleI18NProvider.SPANISH, "Ana")).isEqualTo("Hola, Ana");
        assertThat(provider.getTranslation("no.such.key", RippleI18NProvider.SPANISH)).isEqualTo("!no.such.key!");
    }
}

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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundleApostrophesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    /**
     * A text with arguments is formatted with MessageFormat, where a single apostrophe starts a
     * quoted part: "student's family" would print as "students family". Such texts write {@code ''}.
     */
    @Test
    void textsWithArgumentsDoubleTheirApostrophes() throws IOException {
        Set<String> lone = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/vaadin-i18n"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String key : p.stringPropertyNames()) {
                    String value = p.getProperty(key);
                    if (ARGUMENT.matcher(value).find() && LONE_APOSTROPHE.matcher(value).find()) {
                        lone.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(lone).isEmpty();
        assertThat(new RippleI18NProvider().getTranslation("report.family.footer", java.util.Locale.ENGLISH, "School", "today"))
                .isEqualTo("School · made on today · for this student's family only");
    }
}

package app.ripple.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * English and Spanish texts. Each feature keeps its own pair of bundles in {@code vaadin-i18n/}:
 * {@code <feature>.properties} (English) and {@code <feature>_es.properties} (Spanish); all are
 * merged at start-up. English is the first provided locale, so a browser asking for any other
 * language gets English. A missing key shows as {@code !key!} (and a test makes sure none is).
 */
@Component
public class RippleI18NProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Logger log = LoggerFactory.getLogger(RippleI18NProvider.class);

    private final Map<String, String> english;
    private final Map<String, String> spanish;

    public RippleI18NProvider() {
        Map<String, String> en = new HashMap<>();
        Map<String, String> es = new HashMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:vaadin-i18n/*.properties")) {
                String name = r.getFilename();
                if (name == null) {
                    continue;
                }
                Map<String, String> target = name.endsWith("_es.properties") ? es : name.contains("_") ? null : en;
                if (target == null) {
                    continue;
                }
                Properties p = new Properties();
                try (Reader reader = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                    p.load(reader);
                }
                p.stringPropertyNames().forEach(k -> target.put(k, p.getProperty(k)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("translation bundles unreadable", e);
        }
        this.english = Map.copyOf(en);
        this.spanish = Map.copyOf(es);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, SPANISH);
    }

    @Override
    public String getTranslation(String key, @Nullable Locale locale, Object... params) {
        boolean isSpanish = locale != null && SPANISH.getLanguage().equals(locale.getLanguage());
        String value = (isSpanish ? spanish : english).get(key);
        if (value == null) {
            log.warn("Missing translation {} for {}", key, isSpanish ? "es" : "en");
            return "!" + key + "!";
        }
        return params.length == 0 ? value : new MessageFormat(value, isSpanish ? SPANISH : ENGLISH).format(params);
    }

    /** All English keys, for the completeness test. */
    public java.util.Set<String> englishKeys() {
        return english.keySet();
    }

    /** All Spanish keys, for the completeness test. */
    public java.util.Set<String> spanishKeys() {
        return spanish.keySet();
    }
}

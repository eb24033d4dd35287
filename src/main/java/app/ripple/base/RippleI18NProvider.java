package app.ripple.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * English and Spanish from {@code vaadin-i18n/translations*.properties}. English is the first
 * provided locale, so a browser asking for any other language gets English. A missing key shows
 * as {@code !key!} (and a test makes sure none is missing).
 */
@Component
public class RippleI18NProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger log = LoggerFactory.getLogger(RippleI18NProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, SPANISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale != null && SPANISH.getLanguage().equals(locale.getLanguage()) ? SPANISH : Locale.ROOT;
        String value;
        try {
            value = ResourceBundle.getBundle(BUNDLE, effective, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, effective);
            return "!" + key + "!";
        }
        return params.length == 0 ? value : new MessageFormat(value, effective == Locale.ROOT ? ENGLISH : effective).format(params);
    }
}

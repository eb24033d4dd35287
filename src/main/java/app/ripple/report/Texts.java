package app.ripple.report;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Translations and number/date formats in the report's language. */
final class Texts {

    private final I18NProvider i18n;
    final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter shortDate;

    Texts(I18NProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.shortDate = DateTimeFormatter.ofPattern(locale.getLanguage().equals("es") ? "d MMM" : "MMM d", locale);
    }

    String t(String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    String date(LocalDate d) {
        return date.format(d);
    }

    String shortDate(LocalDate d) {
        return shortDate.format(d).replace(".", "");
    }

    String dateTime(java.time.Instant at, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(at).replace(" ", " ");
    }

    String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A share 0–1 as a whole percentage, "–" when there is none. */
    String percent(@Nullable Double share) {
        if (share == null) {
            return "–";
        }
        return NumberFormat.getPercentInstance(locale).format(share);
    }
}

package app.ripple.lesson;

import app.ripple.classroom.AgeBand;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Small helpers the lesson views share. */
final class LessonUi {

    private LessonUi() {
    }

    /** A lesson title from a record that carries either a built-in key or an own lesson's text. */
    static String title(Component c, @Nullable String titleKey, @Nullable String title) {
        return titleKey != null ? c.getTranslation(titleKey) : title == null ? "" : title;
    }

    static String date(Component c, LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.ENGLISH : com.vaadin.flow.component.UI.getCurrent().getLocale()).format(date);
    }

    static String ageBands(Component c, Collection<AgeBand> bands) {
        return bands.stream().sorted().map(b -> c.getTranslation(b.labelKey())).collect(Collectors.joining(", "));
    }

    static String components(Component c, Collection<EvidenceComponent> components) {
        return components.stream().sorted().map(x -> c.getTranslation(x.nameKey())).collect(Collectors.joining(" · "));
    }

    static Span badge(String text) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge");
        s.addClassName("ripple-lesson-badge");
        return s;
    }
}

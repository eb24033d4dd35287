package app.ripple.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalizedComponentsTest extends ViewTest {

    long coordinator;

    @BeforeEach
    void coordinatorSignedIn() {
        fixtures.reset();
        coordinator = fixtures.school();
        signInAs(coordinator);
    }

    @Test
    void onASpanishPageTheDatePickerSpeaksSpanishAndTheWeekStartsOnMonday() {
        UI.getCurrent().setLocale(RippleI18NProvider.SPANISH);
        open("school/audit");
        DatePicker from = find(DatePicker.class).withId("audit-from").single();
        DatePicker.DatePickerI18n i18n = from.getI18n();
        assertThat(i18n.getMonthNames()).startsWith("Enero", "Febrero");
        assertThat(i18n.getWeekdaysShort()).containsExactly("Dom", "Lun", "Mar", "Mié", "Jue", "Vie", "Sáb");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("Hoy");
        assertThat(i18n.getCancel()).isEqualTo("Cancelar");
    }

    @Test
    void onAnEnglishPageTheWeekStartsOnSundayAsUsual() {
        open("school/audit");
        DatePicker.DatePickerI18n i18n = find(DatePicker.class).withId("audit-from").single().getI18n();
        assertThat(i18n.getMonthNames()).startsWith("January");
        assertThat(i18n.getFirstDayOfWeek()).isZero();
        assertThat(i18n.getToday()).isEqualTo("Today");
    }

    @Test
    void onASpanishPageTheUploadSpeaksSpanish() {
        UI.getCurrent().setLocale(RippleI18NProvider.SPANISH);
        open("school/instruments");
        Upload upload = find(Upload.class).withId("instrument-upload").single();
        assertThat(upload.getI18n().getDropFiles().getMany()).isEqualTo("Suelta los archivos aquí");
        assertThat(upload.getI18n().getAddFiles().getMany()).isEqualTo("Subir archivos…");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("El archivo es demasiado grande.");
    }

    /** New views get translated pickers and uploads only if they make them through {@link LocalizedComponents}. */
    @Test
    void noViewMakesADatePickerOrAnUploadItself() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("LocalizedComponents.java"))
                    .filter(p -> {
                        try {
                            String s = Files.readString(p);
                            return s.contains("new DatePicker(") || s.contains("new Upload(") || s.contains("new DateTimePicker(")
                                    || s.contains("new TimePicker(");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).toList();
        }
        assertThat(offenders).as("use LocalizedComponents instead").isEmpty();
    }
}

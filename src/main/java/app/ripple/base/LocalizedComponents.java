package app.ripple.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Vaadin components whose built-in texts (month and day names, "Today", "Drop files here") come
 * from the page's language instead of the web components' English defaults. Every view makes its
 * date pickers and uploads here ({@code LocalizedComponentsTest} fails on a {@code new DatePicker()}
 * or {@code new Upload(...)} elsewhere), so a new one cannot forget it.
 *
 * <p>The texts are applied when the component is attached, from the component's locale (the UI's,
 * which {@code StaffLocale} sets from the account's language), and again on every attach, so a
 * dialog opened after a language change speaks the new language.
 */
public final class LocalizedComponents {

    private LocalizedComponents() {
    }

    /** A date picker with translated month and day names, buttons and the locale's first day of the week. */
    public static DatePicker datePicker() {
        DatePicker picker = new DatePicker();
        picker.addAttachListener(e -> localize(picker));
        return picker;
    }

    /** A date picker with a label, see {@link #datePicker()}. */
    public static DatePicker datePicker(String label) {
        DatePicker picker = datePicker();
        picker.setLabel(label);
        return picker;
    }

    /** An upload with translated buttons, drop hint and messages. */
    public static Upload upload(UploadHandler handler) {
        Upload upload = new Upload(handler);
        upload.addAttachListener(e -> localize(upload));
        return upload;
    }

    static void localize(DatePicker picker) {
        // Only the texts and the first day: the date format stays the one of the picker's locale.
        Locale locale = withRegion(picker.getLocale());
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> capitalized(m.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale))
                        .toList())
                .setWeekdays(sundayFirst(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)))
                .setWeekdaysShort(sundayFirst(d -> capitalized(d.getDisplayName(TextStyle.SHORT_STANDALONE, locale), locale)))
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(picker.getTranslation("picker.today"))
                .setCancel(picker.getTranslation("picker.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("picker.badInput")));
    }

    static void localize(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(upload, "upload.drop.one")).setMany(t(upload, "upload.drop.many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(upload, "upload.add.one")).setMany(t(upload, "upload.add.many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t(upload, "upload.error.tooMany"))
                .setFileIsTooBig(t(upload, "upload.error.tooBig")).setIncorrectFileType(t(upload, "upload.error.type")));
        i18n.setFile(new UploadI18N.File().setRetry(t(upload, "upload.file.retry")).setStart(t(upload, "upload.file.start"))
                .setRemove(t(upload, "upload.file.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(upload, "upload.status.connecting"))
                        .setStalled(t(upload, "upload.status.stalled")).setProcessing(t(upload, "upload.status.processing"))
                        .setHeld(t(upload, "upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t(upload, "upload.remaining.prefix"))
                        .setUnknown(t(upload, "upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t(upload, "upload.failed.server"))
                        .setUnexpectedServerError(t(upload, "upload.failed.server"))
                        .setForbidden(t(upload, "upload.failed.forbidden"))
                        .setFileTooLarge(t(upload, "upload.error.tooBig"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
    }

    /**
     * The account's language has no region ("es"), but the first day of the week depends on it: take
     * the browser's region when it speaks the same language (es-MX starts on Sunday), else the
     * language's usual one (Spain, Monday; the United States, Sunday).
     */
    static Locale withRegion(Locale locale) {
        if (!locale.getCountry().isEmpty()) {
            return locale;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        Locale browser = request == null ? null : request.getLocale();
        if (browser != null && browser.getLanguage().equals(locale.getLanguage()) && !browser.getCountry().isEmpty()) {
            return browser;
        }
        return switch (locale.getLanguage()) {
            case "es" -> Locale.of("es", "ES");
            case "en" -> Locale.of("en", "US");
            default -> locale;
        };
    }

    private static List<String> sundayFirst(Function<DayOfWeek, String> name) {
        return List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY).stream().map(name).toList();
    }

    private static String capitalized(String s, Locale locale) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
    }

    private static String t(Component c, String key) {
        return c.getTranslation(key);
    }
}

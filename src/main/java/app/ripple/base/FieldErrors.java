package app.ripple.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;

/** Shows a service's {@link InvalidInputException} next to the fields it concerns, translated. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Clears earlier errors, then marks each field named in the exception. Problems without a field become a notification. */
    public static void show(Component context, InvalidInputException e, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        StringBuilder other = new StringBuilder();
        for (InvalidInputException.Problem p : e.problems()) {
            String text = context.getTranslation(p.messageKey(), p.args());
            HasValidation field = fields.get(p.field());
            if (field != null) {
                if (!field.isInvalid()) {
                    field.setErrorMessage(text);
                    field.setInvalid(true);
                }
            } else {
                other.append(text).append(' ');
            }
        }
        if (!other.isEmpty()) {
            Notifications.error(other.toString().strip());
        }
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** Short notifications with the app's look. */
    public static final class Notifications {
        private Notifications() {
        }

        public static Notification error(String text) {
            Notification n = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.ERROR);
            return n;
        }

        public static Notification success(String text) {
            Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.SUCCESS);
            return n;
        }
    }
}

package app.ripple.classroom;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Image;

/** Pieces every kiosk screen uses, for the features that add to the tablet. */
public final class KioskParts {

    private KioskParts() {
    }

    /**
     * A big speaker button that reads {@code text} aloud in the tablet's language. The browser shows
     * it only when the class has read-aloud on and a voice for the language exists.
     *
     * @param label the button's accessible name (e.g. "Read aloud")
     */
    public static NativeButton say(String text, String label) {
        NativeButton b = new NativeButton();
        b.addClassName("ripple-say");
        b.getElement().setAttribute("data-say", text);
        b.getElement().setAttribute("aria-label", label);
        b.getElement().setAttribute("title", label);
        b.getElement().appendChild(new Image("images/speaker.svg", "").getElement());
        return b;
    }

    /** {@link #say} for a screen's prompt, labelled "Read aloud". */
    public static NativeButton say(Component owner, String text) {
        return say(text, owner.getTranslation("kiosk.say"));
    }
}

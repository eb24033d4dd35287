package app.ripple.classroom;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeButton;
import app.ripple.base.Xml;
import com.vaadin.flow.component.html.Image;
import org.jspecify.annotations.Nullable;

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

    /**
     * A tap target the browser alone handles, as HTML: the tablet's grids (avatars, pictures, act
     * cards) are one element each whose content is this markup, not a component per button, so a
     * tablet page keeps a few state nodes instead of hundreds (docs/kiosk.md, "Memory").
     *
     * @param attributes extra attributes, already escaped, e.g. {@code data-picture="cat"}
     * @param picture an image path or null
     * @param text the button's visible text (escaped here) or null
     */
    public static String button(String id, String cssClass, String attributes, String label, @Nullable String picture,
            @Nullable String text) {
        StringBuilder b = new StringBuilder(200);
        b.append("<button type=\"button\" id=\"").append(Xml.escape(id)).append("\" class=\"").append(cssClass).append("\" ")
                .append(attributes).append(" aria-label=\"").append(Xml.escape(label)).append("\">");
        if (picture != null) {
            b.append("<img src=\"").append(Xml.escape(picture)).append("\" alt=\"\">");
        }
        if (text != null) {
            b.append("<span>").append(Xml.escape(text)).append("</span>");
        }
        return b.append("</button>").toString();
    }

    /** {@link #say} as HTML, for inside a grid made with {@link #button}. */
    public static String sayHtml(String text, String label) {
        return "<button type=\"button\" class=\"ripple-say\" data-say=\"" + Xml.escape(text) + "\" aria-label=\"" + Xml.escape(label)
                + "\" title=\"" + Xml.escape(label) + "\"><img src=\"images/speaker.svg\" alt=\"\"></button>";
    }

    /** Sets an element's content to markup made with {@link #button}. */
    public static void html(Component target, String markup) {
        target.getElement().setProperty("innerHTML", markup);
    }

    /** {@link #say} for a screen's prompt, labelled "Read aloud". */
    public static NativeButton say(Component owner, String text) {
        return say(text, owner.getTranslation("kiosk.say"));
    }
}

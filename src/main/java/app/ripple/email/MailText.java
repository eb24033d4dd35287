package app.ripple.email;

import app.ripple.base.RippleI18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * A message's words in the recipient's language, as plain text and as simple HTML (inline styles
 * only: no tracking pixel, no external image or font, no script). Every text comes from the
 * translation bundles; parameters are escaped in the HTML.
 */
public final class MailText {

    /** What the outbox stores and sends. */
    public record Rendered(String subject, String text, String html) {
    }

    private final RippleI18NProvider i18n;
    private final Locale locale;
    private String subject = "";
    private final List<String> paragraphs = new ArrayList<>();
    private @Nullable String link;
    private @Nullable String linkText;

    private MailText(RippleI18NProvider i18n, String language) {
        this.i18n = i18n;
        this.locale = "es".equals(language) ? RippleI18NProvider.SPANISH : RippleI18NProvider.ENGLISH;
    }

    /** A message in {@code language} ("en" or "es"; anything else is English). */
    public static MailText in(RippleI18NProvider i18n, String language) {
        return new MailText(i18n, language);
    }

    public MailText subject(String key, Object... params) {
        subject = t(key, params);
        return this;
    }

    public MailText paragraph(String key, Object... params) {
        paragraphs.add(t(key, params));
        return this;
    }

    /** The one button-like link of the message (an absolute URL of this app). */
    public MailText link(String url, String key, Object... params) {
        link = url;
        linkText = t(key, params);
        return this;
    }

    private String t(String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    public Rendered render() {
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(HtmlUtils.htmlEscape(subject))
                .append("</title></head><body style=\"font-family:sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a\">");
        for (String p : paragraphs) {
            text.append(p).append("\n\n");
            html.append("<p>").append(HtmlUtils.htmlEscape(p)).append("</p>");
        }
        if (link != null && linkText != null) {
            text.append(linkText).append(":\n").append(link).append("\n\n");
            html.append("<p><a href=\"").append(HtmlUtils.htmlEscape(link)).append("\" style=\"display:inline-block;padding:8px 16px;"
                    + "background:#1f5f8b;color:#ffffff;text-decoration:none;border-radius:4px\">").append(HtmlUtils.htmlEscape(linkText))
                    .append("</a></p><p style=\"font-size:13px;color:#555\">").append(HtmlUtils.htmlEscape(link)).append("</p>");
        }
        String footer = t("email.footer");
        text.append("-- \n").append(footer).append('\n');
        html.append("<hr><p style=\"font-size:13px;color:#555\">").append(HtmlUtils.htmlEscape(footer)).append("</p></body></html>");
        return new Rendered(subject, text.toString(), html.toString());
    }
}

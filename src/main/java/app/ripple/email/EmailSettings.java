package app.ripple.email;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether Ripple sends email, and the public base URL that links in messages point to. Email is on
 * when an SMTP host is configured ({@code RIPPLE_SMTP_HOST}, i.e. {@code spring.mail.host}); every
 * feature that needs it asks {@link #enabled()} and falls back to its behaviour without email.
 */
@Component
public class EmailSettings {

    private final boolean enabled;
    private final String from;
    private final String publicUrl;

    EmailSettings(@Value("${spring.mail.host:}") String host, @Value("${ripple.email.from:}") String from,
            @Value("${ripple.public-url:http://localhost:8080}") String publicUrl) {
        this.enabled = !host.isBlank();
        this.from = from.isBlank() ? "ripple@" + (host.isBlank() ? "localhost" : host) : from.strip();
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
    }

    public boolean enabled() {
        return enabled;
    }

    /** The sender address ({@code RIPPLE_SMTP_FROM}). */
    public String from() {
        return from;
    }

    /** An absolute link to a path of this app, e.g. {@code link("/moderation")}. */
    public String link(String path) {
        return publicUrl + (path.startsWith("/") ? path : "/" + path);
    }
}

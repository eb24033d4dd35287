package app.ripple.email;

import org.jspecify.annotations.Nullable;

/**
 * One message for the outbox. {@code kind} says what it is (e.g. {@code SAFEGUARDING_ALERT},
 * {@code PASSWORD_RESET}); {@code reference} names what caused it (e.g. {@code attention:12}); both are
 * kept after the body is gone, so a page can show who was notified of what.
 */
public record Mail(String recipient, String kind, @Nullable String reference, MailText.Rendered content) {
}

/**
 * Email, sent only through an outbox: a feature writes its message with {@link app.ripple.email.Outbox#enqueue}
 * inside the transaction of the event that causes it (saved together or not at all), and
 * {@code OutboxSender} delivers due messages on one node at a time, retrying with backoff when the
 * SMTP server fails, and blanks each body once it is delivered or given up. Messages are built with
 * {@link app.ripple.email.MailText}: plain text plus simple HTML in the recipient's language, no
 * tracking and no external images. {@link app.ripple.email.EmailSettings} says whether email is on
 * (SMTP host configured) and the public base URL for links.
 * <p>
 * Other modules read this module's table only through the view listed in {@link PublishedViews} (V14).
 */
@PublishedViews({
        "email_outbox_status_v"})
@NullMarked
package app.ripple.email;

import app.ripple.base.PublishedViews;
import org.jspecify.annotations.NullMarked;

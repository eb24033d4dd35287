package app.ripple.email;

import org.springframework.boot.test.context.TestComponent;

/** Runs the outbox sender on demand, for tests in other packages; returns how many messages were sent. */
@TestComponent
public class OutboxRunner {

    private final OutboxSender sender;

    OutboxRunner(OutboxSender sender) {
        this.sender = sender;
    }

    public int sendDue() {
        return sender.sendDue().sent();
    }
}

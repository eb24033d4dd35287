package app.ripple.safeguarding;

import org.springframework.boot.test.context.TestComponent;

/** Runs the safeguarding module's scheduled escalation on demand, for tests in other packages. */
@TestComponent
public class SafeguardingJobs {

    private final EscalationJob escalation;

    SafeguardingJobs(EscalationJob escalation) {
        this.escalation = escalation;
    }

    public int escalate() {
        return escalation.runOnce();
    }
}

package app.ripple.testsupport;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * For tests that need a tool or privilege the machine may lack (qpdf, pg_dump, root, Chromium): on a
 * developer machine they skip and say why; under {@code CI=true} they fail, so CI cannot go green
 * while silently not checking what the test claims to check.
 */
public final class Required {

    private Required() {
    }

    /** Skips (or, under CI, fails) the calling test unless {@code available}. */
    public static void tool(boolean available, String whatIsMissing) {
        if (available) {
            return;
        }
        if (onCi()) {
            Assertions.fail("CI=true, so this test may not skip: " + whatIsMissing);
        }
        Assumptions.abort("skipped: " + whatIsMissing);
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("ripple.ci");
    }
}

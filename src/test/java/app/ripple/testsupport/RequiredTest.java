package app.ripple.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class RequiredTest {

    @Test
    void aPresentToolLetsTheTestRun() {
        assertThatCode(() -> Required.tool(true, "nothing")).doesNotThrowAnyException();
    }

    @Test
    void aMissingToolFailsTheTestOnCi() {
        String before = System.getProperty("ripple.ci");
        System.setProperty("ripple.ci", "true");
        try {
            assertThatThrownBy(() -> Required.tool(false, "qpdf is not installed"))
                    .isInstanceOf(AssertionFailedError.class).hasMessageContaining("qpdf is not installed");
        } finally {
            if (before == null) {
                System.clearProperty("ripple.ci");
            } else {
                System.setProperty("ripple.ci", before);
            }
        }
    }

    @Test
    void aMissingToolSkipsTheTestOnADeveloperMachine() {
        if (Required.onCi()) {
            assertThatThrownBy(() -> Required.tool(false, "qpdf")).isInstanceOf(AssertionFailedError.class);
        } else {
            assertThatThrownBy(() -> Required.tool(false, "qpdf")).isInstanceOf(TestAbortedException.class);
        }
    }
}

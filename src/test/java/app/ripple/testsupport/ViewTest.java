package app.ripple.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base for browserless view tests: the real application context on PostgreSQL, an empty
 * database before each test, and helpers to act as a signed-in staff member.
 */
@RippleTest
@org.junit.jupiter.api.extension.ExtendWith(ThisContextsSecurityStrategy.class)
public abstract class ViewTest extends SpringBrowserlessTest {

    @Autowired
    protected Fixtures fixtures;

    /** Opens a route as the browser would, including the round trip that attaches lazy content (tab sheets). */
    protected void open(String route) {
        UI.getCurrent().navigate(route);
        roundTrip();
    }

    /** Signs in and opens the home route again, as a browser would after the sign-in redirect. */
    protected void signInAs(long staffId) {
        fixtures.signIn(staffId);
        UI.getCurrent().navigate("");
    }
}

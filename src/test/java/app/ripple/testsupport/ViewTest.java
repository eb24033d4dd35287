package app.ripple.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
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

    /** Opens the class tablet as a device holding this tablet token (its cookie, as binding the device sets it). */
    protected void openKiosk(String token) {
        VaadinServletRequest request = (VaadinServletRequest) VaadinRequest.getCurrent();
        jakarta.servlet.ServletRequest http = request.getHttpServletRequest();
        while (http instanceof jakarta.servlet.ServletRequestWrapper wrapper) {
            http = wrapper.getRequest();
        }
        ((MockRequest) http).addCookie(new Cookie("ripple_tablet", token));
        UI.getCurrent().navigate("kiosk");
        roundTrip();
    }

    /**
     * What the tablet's browser sends when a student has tapped their avatar and their three
     * pictures: the kiosk's {@code signIn} call, with the picture password from the database.
     *
     * @return the kiosk's answer: {@code ok}, {@code wrong}, {@code break} or {@code unknown}
     */
    protected String kioskSignIn(long studentId) {
        List<String> pictures = List.of(fixtures.jdbc().sql("select picture_password from student where id = ?").param(studentId)
                .query(String.class).single().split(","));
        return kioskSignIn(studentId, pictures);
    }

    protected String kioskSignIn(long studentId, List<String> pictures) {
        Component kiosk = UI.getCurrent().getChildren().filter(c -> "kiosk-view".equals(c.getId().orElse(""))).findFirst()
                .orElseThrow(() -> new AssertionError("the kiosk is not open"));
        return (String) clientCall(kiosk, "signIn", studentId, pictures.get(0), pictures.get(1), pictures.get(2));
    }

    /** Calls a component's {@code @ClientCallable} method as its browser script would. */
    protected static Object clientCall(Component component, String method, Object... args) {
        for (Method m : component.getClass().getDeclaredMethods()) {
            if (m.getName().equals(method) && m.isAnnotationPresent(ClientCallable.class) && m.getParameterCount() == args.length) {
                try {
                    m.setAccessible(true);
                    return m.invoke(component, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new AssertionError("no @ClientCallable " + method + " with " + args.length + " arguments on " + component.getClass());
    }

    /** Signs in and opens the home route again, as a browser would after the sign-in redirect. */
    protected void signInAs(long staffId) {
        fixtures.signIn(staffId);
        UI.getCurrent().navigate("");
    }
}

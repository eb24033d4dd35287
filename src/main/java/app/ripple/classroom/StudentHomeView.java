package app.ripple.classroom;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The address of the student's space before the tablet became one page: a tablet that still has it
 * open (or in its history) lands on the avatars.
 */
@Route(value = "kiosk/me", autoLayout = false)
@AnonymousAllowed
class StudentHomeView extends Main implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(KioskView.class);
    }
}

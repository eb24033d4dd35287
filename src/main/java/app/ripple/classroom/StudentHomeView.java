package app.ripple.classroom;

import app.ripple.base.NotAllowedException;
import app.ripple.classroom.KioskService.KioskStudent;
import app.ripple.security.KioskSession;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import app.ripple.security.CurrentUser;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

/**
 * A signed-in student's own space on the tablet. They are signed out when they tap "I'm done",
 * after saving an entry, and after the class's idle time-out.
 */
@Route(value = "kiosk/me", autoLayout = false)
// Open to all so that a tablet whose student was signed out lands on the avatars, not on the staff
// sign-in page; the services behind it still require a signed-in student.
@AnonymousAllowed
class StudentHomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final KioskService kiosk;
    private final KioskSession kioskSession;
    private @Nullable KioskStudent me;
    private int idleSeconds = 60;
    final Button done = new Button();
    /** Long enough to enjoy the thank-you, short enough that the next student finds the avatars. */
    static final int SIGN_OUT_AFTER_SAVE_SECONDS = 4;

    private final java.util.List<KioskContribution> contributions;

    private final CurrentUser currentUser;

    StudentHomeView(KioskService kiosk, KioskSession kioskSession, java.util.List<KioskContribution> contributions,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.contributions = contributions;
        this.kiosk = kiosk;
        this.kioskSession = kioskSession;
        setId("student-home");
        addClassName("ripple-kiosk");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.student().isEmpty()) {
            event.forwardTo(KioskView.class);
            return;
        }
        try {
            KioskService.StudentHome home = kiosk.studentHome();
            me = home.student();
            idleSeconds = home.idleTimeoutSeconds();
        } catch (NotAllowedException e) {
            kioskSession.signOut();
            event.forwardTo(KioskView.class);
            return;
        }
        removeAll();
        Image avatar = new Image("pictures/avatar/" + me.avatar() + ".svg", "");
        avatar.addClassName("ripple-kiosk-big-avatar");
        H1 hello = new H1(getTranslation("kiosk.me.hello", me.displayName()));
        hello.setId("student-hello");
        Div top = new Div(avatar, hello);
        top.addClassName("ripple-kiosk-hello");
        Div space = new Div();
        space.setId("student-space");
        space.addClassName("ripple-student-space");
        KioskContribution.StudentSpaceHost host = new KioskContribution.StudentSpaceHost() {
            @Override
            public void signOut() {
                StudentHomeView.this.signOut();
            }

            @Override
            public void signOutSoon() {
                IdleTimer.install(StudentHomeView.this, SIGN_OUT_AFTER_SAVE_SECONDS);
            }

            @Override
            public void newScreen() {
                IdleTimer.scrollToTop(StudentHomeView.this);
            }
        };
        contributions.forEach(c -> c.studentSpace(host).ifPresent(space::add));
        done.setText(getTranslation("kiosk.me.done"));
        done.setId("student-done");
        done.addClassName("ripple-kiosk-back");
        done.addClickListener(e -> signOut());
        add(top, space, done);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        IdleTimer.install(this, idleSeconds);
        IdleTimer.scrollToTop(this);
    }

    /** Back to the avatars; the student's identity leaves the tablet's session. */
    void signOut() {
        kioskSession.signOut();
        getUI().ifPresent(ui -> ui.navigate(KioskView.class));
    }

    @ClientCallable
    void idleTimeout() {
        signOut();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.me.title");
    }
}

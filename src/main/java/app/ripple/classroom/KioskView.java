package app.ripple.classroom;

import app.ripple.classroom.KioskService.KioskStudent;
import app.ripple.classroom.KioskService.KioskTablet;
import app.ripple.classroom.KioskService.SignInResult;
import app.ripple.classroom.pictures.Picture;
import app.ripple.classroom.pictures.Pictures;
import app.ripple.security.CurrentUser;
import app.ripple.security.KioskSession;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The class tablet's home: the class's avatars. A student taps theirs, then their three pictures
 * in order. Nothing to read, nothing to type.
 */
@Route(value = "kiosk", autoLayout = false)
@AnonymousAllowed
class KioskView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final KioskService kiosk;
    private final KioskSession kioskSession;
    private final CurrentUser currentUser;
    private @Nullable String token;
    private @Nullable KioskTablet tablet;
    private @Nullable KioskStudent chosen;
    private final List<String> tapped = new ArrayList<>();
    private final Div dots = new Div();
    final Paragraph message = new Paragraph();

    private final java.util.List<KioskContribution> contributions;

    KioskView(KioskService kiosk, KioskSession kioskSession, CurrentUser currentUser, java.util.List<KioskContribution> contributions) {
        this.contributions = contributions;
        this.kiosk = kiosk;
        this.kioskSession = kioskSession;
        this.currentUser = currentUser;
        setId("kiosk-view");
        addClassName("ripple-kiosk");
    }

    /** The tablet token from this device's cookie, if it has one. */
    static @Nullable String tokenFromCookie() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (TabletTokens.COOKIE.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.student().isPresent()) {
            // A student left signed in (e.g. the page was reloaded): sign them out first.
            kioskSession.signOut();
        }
        token = tokenFromCookie();
        Optional<KioskService.KioskHome> home = kiosk.home(token);
        if (home.isEmpty()) {
            showUnknownTablet();
            return;
        }
        tablet = home.get().tablet();
        showAvatars(home.get().students());
    }

    void showUnknownTablet() {
        removeAll();
        IdleTimer.scrollToTop(this);
        Div card = new Div();
        card.addClassNames("ripple-card", "ripple-kiosk-unknown");
        card.setId("kiosk-unknown");
        card.add(new Image("images/ripple-logo.svg", ""), new H1(getTranslation("kiosk.unknown.title")),
                new Paragraph(getTranslation("kiosk.unknown.text")));
        add(card);
    }

    void showAvatars() {
        showAvatars(kiosk.students(token));
    }

    private void showAvatars(List<KioskStudent> students) {
        removeAll();
        IdleTimer.scrollToTop(this);
        chosen = null;
        tapped.clear();
        H1 className = new H1(tablet.className());
        className.setId("kiosk-class-name");
        Div progress = new Div();
        progress.setId("kiosk-progress");
        contributions.forEach(c -> c.tabletHome(token).ifPresent(progress::add));
        Div header = new Div(className, progress);
        header.addClassName("ripple-kiosk-header");
        Paragraph prompt = new Paragraph(getTranslation("kiosk.findYourself"));
        prompt.addClassName("ripple-kiosk-prompt");
        Div grid = new Div();
        grid.addClassName("ripple-kiosk-avatars");
        grid.setId("kiosk-avatars");
        for (KioskStudent s : students) {
            Button b = new Button();
            b.setId("kiosk-avatar-" + s.studentId());
            b.addClassName("ripple-kiosk-avatar");
            Image img = new Image("pictures/avatar/" + s.avatar() + ".svg", "");
            Span name = new Span(s.displayName());
            b.getElement().appendChild(img.getElement(), name.getElement());
            b.getElement().setAttribute("title", s.displayName());
            b.setAriaLabel(s.displayName());
            b.addClickListener(e -> showPicturePad(s));
            grid.add(b);
        }
        add(header, prompt, grid);
    }

    void showPicturePad(KioskStudent student) {
        removeAll();
        IdleTimer.scrollToTop(this);
        chosen = student;
        tapped.clear();
        Image avatar = new Image("pictures/avatar/" + student.avatar() + ".svg", "");
        avatar.addClassName("ripple-kiosk-big-avatar");
        H1 hello = new H1(getTranslation("kiosk.hello", student.displayName()));
        hello.setId("kiosk-hello");
        Paragraph prompt = new Paragraph(getTranslation("kiosk.tapPictures"));
        prompt.addClassName("ripple-kiosk-prompt");
        dots.setId("kiosk-dots");
        dots.addClassName("ripple-kiosk-dots");
        // A picture of progress: aria-label needs a role on a div (axe: aria-prohibited-attr).
        dots.getElement().setAttribute("role", "img");
        updateDots();
        message.setId("kiosk-message");
        message.addClassName("ripple-kiosk-message");
        // Read out "Oops, ..." when it appears, for children who use a screen reader.
        message.getElement().setAttribute("aria-live", "polite");
        message.setText("");
        Div pad = new Div();
        pad.setId("kiosk-picture-pad");
        pad.addClassName("ripple-kiosk-pad");
        for (Picture p : Pictures.passwordPictures()) {
            Button b = new Button();
            b.setId("kiosk-picture-" + p.id());
            b.addClassName("ripple-kiosk-picture");
            b.getElement().appendChild(new Image("pictures/password/" + p.id() + ".svg", "").getElement());
            b.setAriaLabel(getTranslation(p.nameKey()));
            b.addClickListener(e -> tap(p.id()));
            pad.add(b);
        }
        Button back = new Button(getTranslation("kiosk.back"), e -> showAvatars());
        back.setId("kiosk-back");
        back.addClassName("ripple-kiosk-back");
        Div top = new Div(avatar, hello);
        top.addClassName("ripple-kiosk-hello");
        add(top, prompt, dots, message, pad, back);
        IdleTimer.install(this, tablet.idleTimeoutSeconds());
    }

    private void updateDots() {
        // Three dots made once; a tap only switches a class name (less to send than new elements).
        if (dots.getComponentCount() != 3) {
            dots.removeAll();
            for (int i = 0; i < 3; i++) {
                dots.add(new Span());
            }
        }
        for (int i = 0; i < 3; i++) {
            Span dot = (Span) dots.getComponentAt(i);
            dot.setClassName("ripple-dot-on", i < tapped.size());
            dot.setClassName("ripple-dot", i >= tapped.size());
        }
        dots.getElement().setAttribute("aria-label", getTranslation("kiosk.dots", tapped.size()));
    }

    void tap(String pictureId) {
        if (chosen == null || tapped.size() >= 3) {
            return;
        }
        tapped.add(pictureId);
        updateDots();
        if (tapped.size() < 3) {
            return;
        }
        SignInResult result = kiosk.signIn(token, chosen.studentId(), List.copyOf(tapped));
        tapped.clear();
        switch (result.outcome()) {
            case SIGNED_IN -> {
                kioskSession.signIn(result.student());
                getUI().ifPresent(ui -> ui.navigate(StudentHomeView.class));
            }
            case WRONG_PICTURES -> {
                message.setText(getTranslation("kiosk.wrong"));
                updateDots();
            }
            case STUDENT_LOCKED -> showBreak("kiosk.locked");
            case CLASS_PAUSED -> showBreak("kiosk.paused");
            case TABLET_UNKNOWN -> showUnknownTablet();
        }
    }

    private void showBreak(String key) {
        removeAll();
        IdleTimer.scrollToTop(this);
        Div card = new Div(new H1(getTranslation("kiosk.break.title")), new Paragraph(getTranslation(key)));
        card.addClassNames("ripple-card", "ripple-kiosk-unknown");
        card.setId("kiosk-break");
        Button ok = new Button(getTranslation("kiosk.back"), e -> showAvatars());
        ok.setId("kiosk-break-ok");
        ok.addClassName("ripple-kiosk-back");
        card.add(ok);
        add(card);
        IdleTimer.install(this, tablet.idleTimeoutSeconds());
    }

    /** Nobody touched the tablet for a while: back to the avatars, nothing half-entered stays on screen. */
    @ClientCallable
    void idleTimeout() {
        if (tablet != null) {
            showAvatars();
        }
    }


    @Override
    public String getPageTitle() {
        return tablet == null ? getTranslation("app.name") : tablet.className() + " · " + getTranslation("app.name");
    }
}

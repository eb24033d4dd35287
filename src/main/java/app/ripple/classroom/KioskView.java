package app.ripple.classroom;

import app.ripple.classroom.KioskContribution.StudentActivity;
import app.ripple.classroom.KioskContribution.StudentSpaceHost;
import app.ripple.classroom.KioskService.KioskHome;
import app.ripple.classroom.KioskService.KioskStudent;
import app.ripple.classroom.KioskService.KioskTablet;
import app.ripple.classroom.KioskService.SignInResult;
import app.ripple.classroom.pictures.Picture;
import app.ripple.base.Xml;
import app.ripple.classroom.pictures.Pictures;
import app.ripple.security.CurrentUser;
import app.ripple.base.NodeDrain;
import app.ripple.security.KioskSession;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.wakelock.WakeLock;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;

/**
 * The class tablet, one page for the whole visit: the avatars, the picture pad, the student's space
 * and the breaks are built once and shown or hidden in the browser ({@link KioskClient}). A student
 * taps their avatar and three pictures, which reach the server once, together ({@link #signIn});
 * saving an act signs them out in the same round trip, and the browser returns to the avatars.
 */
@Route(value = "kiosk", autoLayout = false)
@AnonymousAllowed
class KioskView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * How long a tablet sits untouched at its avatars before it asks whether this node drains
     * ({@link #nodeCheck}); tablets in use learn it when a student finishes.
     */
    static final int NODE_CHECK_SECONDS = 60;

    /** Long enough to enjoy the thank-you, short enough that the next student finds the avatars. */
    static final int HOME_AFTER_THANKS_SECONDS = 4;

    private final KioskService kiosk;
    private final KioskSession kioskSession;
    private final CurrentUser currentUser;
    private final List<KioskContribution> contributions;
    private final NodeDrain drain;
    private final String balancerCookie;
    private @Nullable String token;
    private @Nullable KioskTablet tablet;
    private List<KioskStudent> shown = List.of();
    private final List<StudentActivity> activities = new ArrayList<>();

    final Div avatars = screen("avatars", "kiosk-screen-avatars");
    final Div pad = screen("pad", "kiosk-screen-pad");
    final Div space = screen("space", "student-home");
    final Div pause = screen("break", "kiosk-break");
    final Div unknown = screen("unknown", "kiosk-unknown");
    final H1 className = new H1();
    final Div progress = new Div();
    final Div avatarGrid = new Div();
    final Paragraph message = new Paragraph();
    final Paragraph breakText = new Paragraph();
    /** The signed-in student's own cards (an open check, a reflection), fetched at each sign-in. */
    final Div cards = new Div();

    private final StudentSpaceHost host = new StudentSpaceHost() {
        @Override
        public void signOut() {
            endVisit();
            cards.removeAll();
            KioskClient.show(KioskView.this, "avatars");
        }

        @Override
        public void signOutSoon() {
            endVisit();
            KioskClient.homeSoon(KioskView.this, HOME_AFTER_THANKS_SECONDS);
        }

        @Override
        public void signOutKeepScreen() {
            endVisit();
        }

        @Override
        public void newScreen() {
            getElement().executeJs("if (this.__kiosk) { this.__kiosk.top(); }");
        }
    };

    KioskView(KioskService kiosk, KioskSession kioskSession, CurrentUser currentUser, List<KioskContribution> contributions,
            NodeDrain drain, @Value("${ripple.drain.balancer-cookie:RIPPLE_NODE}") String balancerCookie) {
        this.contributions = contributions;
        this.drain = drain;
        this.balancerCookie = balancerCookie;
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
        if (getChildren().findAny().isPresent()) {
            return;
        }
        token = tokenFromCookie();
        Optional<KioskHome> home = kiosk.home(token);
        buildUnknown();
        if (home.isEmpty()) {
            add(unknown);
            getElement().setAttribute("data-screen", "unknown");
            return;
        }
        tablet = home.get().tablet();
        kioskSession.tabletOpened();
        getElement().setAttribute("data-lang", getLocale().toLanguageTag());
        getElement().setAttribute("data-read-aloud", tablet.readAloud());
        // The greetings the browser writes when an avatar is tapped ({name} stands for the student's name).
        getElement().setAttribute("data-hello", getTranslation("kiosk.hello", "{name}"));
        getElement().setAttribute("data-me", getTranslation("kiosk.me.hello", "{name}"));
        buildAvatars(home.get().students());
        buildPad();
        buildSpace();
        buildBreak();
        add(avatars, pad, space, pause, unknown);
        getElement().setAttribute("data-screen", "avatars");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (tablet != null) {
            KioskClient.install(this, tablet.idleTimeoutSeconds(), NODE_CHECK_SECONDS);
            drain.expect(this);
            // Keep the screen on while the tablet waits for the next student (where the browser can).
            WakeLock.request(error -> { }, attachEvent.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        drain.moved(this);
        // The page was closed or left: nobody stays signed in on a tablet nobody looks at.
        if (currentUser.student().isPresent()) {
            kioskSession.signOut();
        }
    }

    private static Div screen(String name, String id) {
        Div d = new Div();
        d.setId(id);
        d.addClassName("ripple-kiosk-screen");
        d.getElement().setAttribute("data-kiosk-screen", name);
        return d;
    }

    private Div prompt(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassName("ripple-kiosk-prompt");
        Div row = new Div(p, KioskParts.say(this, p.getText()));
        row.addClassName("ripple-kiosk-prompt-row");
        return row;
    }

    private void buildUnknown() {
        Div card = new Div();
        card.addClassNames("ripple-card", "ripple-kiosk-unknown");
        card.add(new Image("images/ripple-logo.svg", ""), new H1(getTranslation("kiosk.unknown.title")),
                new Paragraph(getTranslation("kiosk.unknown.text")));
        unknown.add(card);
    }

    private void buildAvatars(List<KioskStudent> students) {
        className.setText(tablet.className());
        className.setId("kiosk-class-name");
        progress.setId("kiosk-progress");
        contributions.forEach(c -> c.tabletHome(token).ifPresent(progress::add));
        Div header = new Div(className, progress);
        header.addClassName("ripple-kiosk-header");
        avatarGrid.addClassName("ripple-kiosk-avatars");
        avatarGrid.setId("kiosk-avatars");
        fillAvatars(students);
        NativeButton install = new NativeButton(getTranslation("kiosk.install"));
        install.setId("kiosk-install");
        install.addClassName("ripple-kiosk-install");
        install.getElement().setAttribute("data-kiosk-go", "install");
        avatars.add(header, prompt("kiosk.findYourself"), avatarGrid, install);
    }

    private void fillAvatars(List<KioskStudent> students) {
        shown = students;
        StringBuilder html = new StringBuilder(students.size() * 320);
        for (KioskStudent s : students) {
            String img = "pictures/avatar/" + s.avatar() + ".svg";
            String name = Xml.escape(s.displayName());
            html.append(KioskParts.button("kiosk-avatar-" + s.studentId(), "ripple-kiosk-avatar",
                    "data-student=\"" + s.studentId() + "\" data-img=\"" + img + "\" data-name=\"" + name + "\" title=\"" + name + "\"",
                    s.displayName(), img, s.displayName()));
        }
        KioskParts.html(avatarGrid, html.toString());
    }

    private static Element avatarImage(String id, String cssClass) {
        Element img = new Element("img");
        img.setAttribute("id", id);
        img.setAttribute("alt", "");
        img.setAttribute("class", cssClass);
        return img;
    }

    private void buildPad() {
        H1 hello = new H1();
        hello.setId("kiosk-hello");
        Div top = new Div(hello);
        top.getElement().insertChild(0, avatarImage("kiosk-pad-avatar", "ripple-kiosk-big-avatar"));
        top.addClassName("ripple-kiosk-hello");
        Div dots = new Div(new Span(), new Span(), new Span());
        dots.setId("kiosk-dots");
        dots.addClassName("ripple-kiosk-dots");
        // A picture of progress: aria-label needs a role on a div (axe: aria-prohibited-attr).
        dots.getElement().setAttribute("role", "img");
        for (int i = 0; i <= 3; i++) {
            dots.getElement().setAttribute("data-label" + i, getTranslation("kiosk.dots", i));
        }
        message.setId("kiosk-message");
        message.addClassName("ripple-kiosk-message");
        // Read out "Oops, ..." when it appears, for children who use a screen reader.
        message.getElement().setAttribute("aria-live", "polite");
        message.getElement().setAttribute("data-wrong", getTranslation("kiosk.wrong"));
        Div grid = new Div();
        grid.setId("kiosk-picture-pad");
        grid.addClassName("ripple-kiosk-pad");
        StringBuilder pictures = new StringBuilder();
        for (Picture p : Pictures.passwordPictures()) {
            pictures.append(KioskParts.button("kiosk-picture-" + p.id(), "ripple-kiosk-picture", "data-picture=\"" + p.id() + "\"",
                    getTranslation(p.nameKey()), "pictures/password/" + p.id() + ".svg", null));
        }
        KioskParts.html(grid, pictures.toString());
        NativeButton back = new NativeButton(getTranslation("kiosk.back"));
        back.setId("kiosk-back");
        back.addClassName("ripple-kiosk-back");
        back.getElement().setAttribute("data-kiosk-go", "home");
        pad.add(top, prompt("kiosk.tapPictures"), dots, message, grid, back);
    }

    private void buildSpace() {
        H1 hello = new H1();
        hello.setId("student-hello");
        Div top = new Div(hello);
        top.getElement().insertChild(0, avatarImage("student-avatar", "ripple-kiosk-big-avatar"));
        top.addClassName("ripple-kiosk-hello");
        cards.setId("student-cards");
        cards.addClassName("ripple-student-cards");
        Div activity = new Div();
        activity.setId("student-space");
        activity.addClassName("ripple-student-space");
        contributions.forEach(c -> c.studentActivity(host).ifPresent(a -> {
            activities.add(a);
            activity.add(a.component());
        }));
        NativeButton done = new NativeButton(getTranslation("kiosk.me.done"));
        done.setId("student-done");
        done.addClassName("ripple-kiosk-back");
        done.getElement().setAttribute("data-kiosk-go", "done");
        space.add(top, cards, activity, done);
    }

    private void buildBreak() {
        breakText.setId("kiosk-break-text");
        NativeButton ok = new NativeButton(getTranslation("kiosk.back"));
        ok.setId("kiosk-break-ok");
        ok.addClassName("ripple-kiosk-back");
        ok.getElement().setAttribute("data-kiosk-go", "home");
        Div card = new Div(new H1(getTranslation("kiosk.break.title")), breakText, ok);
        card.addClassNames("ripple-card", "ripple-kiosk-unknown");
        pause.add(card);
    }

    /**
     * The avatar and the three pictures, sent together by the browser. Throttling and lock-outs are
     * {@link KioskService#signIn}'s; the picture password never leaves the server.
     *
     * @return {@code ok}, {@code wrong}, {@code break} (student locked or class paused) or {@code unknown}
     */
    @ClientCallable
    String signIn(long studentId, String first, String second, String third) {
        if (tablet == null) {
            return "unknown";
        }
        if (currentUser.student().isPresent()) {
            kioskSession.signOut();
        }
        SignInResult result = kiosk.signIn(token, studentId, List.of(first, second, third));
        return switch (result.outcome()) {
            case SIGNED_IN -> {
                kioskSession.signIn(result.student());
                cards.removeAll();
                activities.forEach(StudentActivity::signedIn);
                contributions.forEach(c -> c.studentSpace(host).ifPresent(cards::add));
                yield "ok";
            }
            case WRONG_PICTURES -> "wrong";
            case STUDENT_LOCKED -> {
                breakText.setText(getTranslation("kiosk.locked"));
                yield "break";
            }
            case CLASS_PAUSED -> {
                breakText.setText(getTranslation("kiosk.paused"));
                yield "break";
            }
            case TABLET_UNKNOWN -> "unknown";
        };
    }

    /** "I'm done", or nobody touched the tablet for the class's idle time: the student's identity leaves the tablet. */
    @ClientCallable
    void signOut() {
        if (currentUser.student().isPresent()) {
            endVisit();
        }
        cards.removeAll();
    }

    /**
     * Signs the student out and brings the home screen up to date for the next student (the class
     * goal moved; the roster may have changed), all in the current round trip. The student's cards
     * stay until the screen changes (a thank-you on them may still show).
     */
    private void endVisit() {
        kioskSession.signOut();
        Optional<KioskHome> home = kiosk.home(token);
        if (home.isEmpty()) {
            tablet = null;
            KioskClient.show(this, "unknown");
            return;
        }
        if (!home.get().students().equals(shown)) {
            fillAvatars(home.get().students());
        }
        progress.removeAll();
        contributions.forEach(c -> c.tabletHome(token).ifPresent(progress::add));
        if (drain.moveTablets()) {
            moveToAnotherNode();
            KioskClient.moveWhenHome(this);
        }
    }

    /**
     * Asked by a tablet that sat at its avatars for {@link #NODE_CHECK_SECONDS}: whether it should move
     * because this node drains (the browser then reloads the page; nobody is signed in).
     */
    @ClientCallable
    boolean nodeCheck() {
        if (!drain.moveTablets() || currentUser.student().isPresent()) {
            return false;
        }
        moveToAnotherNode();
        return true;
    }

    /**
     * This node is about to stop: the answer drops the load balancer's sticky cookie, so the tablet's
     * reload lands on another node, and the drain stops waiting for this tablet.
     */
    private void moveToAnotherNode() {
        if (VaadinResponse.getCurrent() instanceof VaadinServletResponse response) {
            Cookie expired = new Cookie(balancerCookie, "");
            expired.setPath("/");
            expired.setMaxAge(0);
            expired.setHttpOnly(true);
            response.addCookie(expired);
        }
        drain.moved(this);
    }

    @Override
    public String getPageTitle() {
        return tablet == null ? getTranslation("app.name") : tablet.className() + " · " + getTranslation("app.name");
    }
}

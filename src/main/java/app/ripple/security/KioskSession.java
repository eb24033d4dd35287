package app.ripple.security;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a student in and out on a class tablet. The tablet keeps one HTTP session; a student's
 * sign-in only puts their identity into it, and signing out takes it away again, so thirty
 * students one after another leave no extra sessions behind.
 */
@Component
public class KioskSession {

    /**
     * A visit is a few minutes. The browser signs an idle student out after the class's time-out;
     * should it not (a frozen page, a closed lid), the server refuses a student whose tablet has
     * not spoken to it for this long and signs them out itself.
     */
    public static final Duration STALE_AFTER = Duration.ofMinutes(10);
    static final String LAST_CONTACT = "ripple.kiosk.lastContact";

    private final Clock clock;

    public KioskSession(Clock clock) {
        this.clock = clock;
    }

    /**
     * Called on every student request: false (and the student signed out) when the tablet has been
     * silent for longer than {@link #STALE_AFTER}; otherwise the request counts as contact.
     */
    public boolean stillHere() {
        HttpSession http = httpSession();
        if (http == null) {
            return true;
        }
        Object last = http.getAttribute(LAST_CONTACT);
        long now = clock.millis();
        if (last instanceof Long at && now - at > STALE_AFTER.toMillis()) {
            signOut();
            return false;
        }
        http.setAttribute(LAST_CONTACT, now);
        return true;
    }

    public void signIn(StudentPrincipal student) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(student, null,
                List.of(new SimpleGrantedAuthority(Role.STUDENT.authority()))));
        SecurityContextHolder.setContext(context);
        HttpSession http = httpSession();
        if (http != null) {
            http.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            http.setAttribute(LAST_CONTACT, clock.millis());
            http.setAttribute(SessionMeters.KIOSK_ATTRIBUTE, Boolean.TRUE);
        }
    }

    /** A class tablet's page opened in this session: from now on it counts as a tablet's (SessionMeters). */
    public void tabletOpened() {
        HttpSession http = httpSession();
        if (http != null) {
            http.setAttribute(SessionMeters.KIOSK_ATTRIBUTE, Boolean.TRUE);
        }
    }

    /**
     * The student's identity leaves the tablet's session. The rest of the current request runs as
     * the anonymous visitor it was before the sign-in (as Spring Security's anonymous filter would
     * have made it), so the tablet's own calls in the same round trip (its home screen) still work.
     */
    public void signOut() {
        SecurityContext anonymous = SecurityContextHolder.createEmptyContext();
        anonymous.setAuthentication(new AnonymousAuthenticationToken("ripple-kiosk", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        SecurityContextHolder.setContext(anonymous);
        HttpSession http = httpSession();
        if (http != null) {
            http.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            http.removeAttribute(LAST_CONTACT);
            // The kiosk signs out whenever it shows the avatars: from then on this session is a tablet's.
            http.setAttribute(SessionMeters.KIOSK_ATTRIBUTE, Boolean.TRUE);
        }
    }

    private static @org.jspecify.annotations.Nullable HttpSession httpSession() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return null;
        }
        Object wrapped = session.getSession();
        return wrapped instanceof com.vaadin.flow.server.WrappedHttpSession w ? w.getHttpSession() : null;
    }
}

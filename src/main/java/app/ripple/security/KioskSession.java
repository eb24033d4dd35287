package app.ripple.security;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.util.List;
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

    public void signIn(StudentPrincipal student) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(student, null,
                List.of(new SimpleGrantedAuthority(Role.STUDENT.authority()))));
        SecurityContextHolder.setContext(context);
        HttpSession http = httpSession();
        if (http != null) {
            http.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            http.setAttribute(SessionMeters.KIOSK_ATTRIBUTE, Boolean.TRUE);
        }
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
        HttpSession http = httpSession();
        if (http != null) {
            http.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
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

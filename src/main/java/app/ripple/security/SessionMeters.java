package app.ripple.security;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Open sessions on this node for Prometheus ({@code ripple_sessions_active{kind}}): kiosk (a class
 * tablet, from the first time it showed its avatars), staff (a signed-in teacher or coordinator) and
 * anonymous (the sign-in page, not yet signed in). Counted when scraped; only the kind is a label.
 */
@Component
class SessionMeters implements HttpSessionListener {

    static final String KIOSK_ATTRIBUTE = "ripple.kiosk";

    private final Set<HttpSession> sessions = ConcurrentHashMap.newKeySet();

    SessionMeters(MeterRegistry registry) {
        for (String kind : new String[] {"kiosk", "staff", "anonymous"}) {
            Gauge.builder("ripple.sessions.active", this, m -> m.count(kind)).description("Open HTTP sessions on this node")
                    .tag("kind", kind).register(registry);
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }

    private double count(String kind) {
        int n = 0;
        for (HttpSession session : sessions) {
            try {
                if (kind.equals(kindOf(session))) {
                    n++;
                }
            } catch (IllegalStateException invalidated) {
                sessions.remove(session);
            }
        }
        return n;
    }

    static String kindOf(HttpSession session) {
        if (Boolean.TRUE.equals(session.getAttribute(KIOSK_ATTRIBUTE))) {
            return "kiosk";
        }
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context instanceof SecurityContext sc) {
            Authentication auth = sc.getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof RippleUser) {
                return "staff";
            }
        }
        return "anonymous";
    }
}

package app.ripple.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.HttpSessionEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Open sessions are counted by kind only: a tablet, a signed-in member of staff, or nobody yet. */
class SessionMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SessionMeters meters = new SessionMeters(registry);

    private double active(String kind) {
        return registry.get("ripple.sessions.active").tag("kind", kind).gauge().value();
    }

    private MockHttpSession open() {
        MockHttpSession s = new MockHttpSession();
        meters.sessionCreated(new HttpSessionEvent(s));
        return s;
    }

    @Test
    void sessionsAreCountedByKindAndForgottenWhenTheyEnd() {
        MockHttpSession anonymous = open();
        MockHttpSession staff = open();
        RippleUser teacher = new RippleUser(7, 1L, "t@school.example", "Tess", Role.TEACHER, true, "{noop}x");
        staff.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(teacher, null, List.of())));
        MockHttpSession tablet = open();
        tablet.setAttribute(SessionMeters.KIOSK_ATTRIBUTE, Boolean.TRUE);
        // A student signed in on the tablet is still the tablet's session.
        tablet.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(new StudentPrincipal(1, 2, 3, "Zoë", 1L), null, List.of())));

        assertThat(active("anonymous")).isEqualTo(1);
        assertThat(active("staff")).isEqualTo(1);
        assertThat(active("kiosk")).isEqualTo(1);

        meters.sessionDestroyed(new HttpSessionEvent(staff));
        anonymous.invalidate();
        assertThat(active("staff")).isZero();
        assertThat(active("anonymous")).isZero();
        assertThat(active("kiosk")).isEqualTo(1);
    }
}

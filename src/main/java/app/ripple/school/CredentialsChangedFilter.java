package app.ripple.school;

import app.ripple.security.RippleUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a staff session that began before the account's password was reset with a link
 * ({@code staff_account.credentials_changed_at}). Sessions are not tracked anywhere else (no session
 * registry, which would be one node's memory); instead each session notes when it was first seen
 * signed in, and every request of a signed-in staff member compares that with the account's row
 * (one primary-key read), so it works across app nodes. Runs after Spring Security's filters (the
 * default order of a filter bean), when the caller is known.
 */
@Component
class CredentialsChangedFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = CredentialsChangedFilter.class.getName() + ".signedInAt";

    private final JdbcClient jdbc;
    private final Clock clock;

    CredentialsChangedFilter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && auth != null && auth.getPrincipal() instanceof RippleUser user) {
            String key = SIGNED_IN_AT + "." + user.staffId();
            Instant signedIn = session.getAttribute(key) instanceof Instant i ? i : null;
            if (signedIn == null) {
                session.setAttribute(key, clock.instant());
            } else {
                var found = jdbc.sql("select credentials_changed_at from staff_account where id = ?").param(user.staffId())
                        .query((rs, n) -> java.util.Optional.ofNullable(rs.getTimestamp(1))).list();
                Timestamp changed = found.isEmpty() ? null : found.getFirst().orElse(null);
                if (changed != null && signedIn.isBefore(changed.toInstant())) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                    if ("GET".equals(request.getMethod())) {
                        response.sendRedirect(request.getContextPath() + "/login");
                    } else {
                        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                    }
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}

package app.ripple.classroom;

import app.ripple.base.SchoolScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request from a class tablet (its cookie) runs in the tablet's school when nobody is signed in
 * ({@link SchoolScope}): the avatars, the sign-in and the class goal read that school's rows only. The
 * token's school is looked up once per token and app node: a tablet never changes school, and every
 * service still checks the token itself (revoked, archived class).
 */
@Component
class TabletSchoolFilter extends OncePerRequestFilter {

    private static final int MAX_KEPT = 10_000;

    private final JdbcClient jdbc;
    private final Map<String, Long> schoolOfToken = new ConcurrentHashMap<>();

    TabletSchoolFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Long> school = tokenOf(request).flatMap(this::schoolOf);
        school.ifPresent(id -> SchoolScope.setForRequest(SchoolScope.Scope.school(id)));
        try {
            chain.doFilter(request, response);
        } finally {
            SchoolScope.setForRequest(null);
        }
    }

    private static Optional<String> tokenOf(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie c : request.getCookies()) {
            if (TabletTokens.COOKIE.equals(c.getName()) && c.getValue() != null && !c.getValue().isBlank()
                    && c.getValue().length() <= 200) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }

    private Optional<Long> schoolOf(String token) {
        String hash = TabletTokens.hash(token);
        Long known = schoolOfToken.get(hash);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Long> found = SchoolScope.allSchools(() -> jdbc.sql("select school_id from class_tablet where token_hash = ?")
                .param(hash).query(Long.class).optional());
        if (found.isPresent()) {
            if (schoolOfToken.size() >= MAX_KEPT) {
                schoolOfToken.clear();
            }
            schoolOfToken.put(hash, found.get());
        }
        return found;
    }
}

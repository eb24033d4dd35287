package app.ripple.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.base.SchoolScope;
import app.ripple.base.SchoolScope.Scope;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The class tablet's cookie gives a request its school (docs/district.md, "The connection's school",
 * 3.): during the filter chain the request runs in the tablet's school, and the database shows that
 * school's rows only; after the request, or without a (known) cookie, there is no school.
 */
@RippleTest
class TabletSchoolFilterTest {

    @Autowired Fixtures fixtures;
    @Autowired TabletSchoolFilter filter;
    @Autowired ClassService classes;
    @Autowired RosterService roster;
    @Autowired TabletService tablets;

    long schoolA;
    long schoolB;
    String tokenA;
    String tokenB;

    @BeforeEach
    void twoSchoolsWithATabletEach() {
        ClassroomFixtures.TabletClass a = ClassroomFixtures.zoeAndSamWithATablet(fixtures, classes, roster, tablets);
        tokenA = a.token();
        schoolA = fixtures.jdbc().sql("select id from school where name = 'Test School'").query(Long.class).single();
        schoolB = fixtures.otherSchool("Brookside", "coordinator@brookside.example");
        long bea = ClassroomFixtures.teacherIn(fixtures, schoolB, "Bea Teacher", "bea@brookside.example");
        long classB = ClassroomFixtures.classOf(fixtures, classes, bea, "5C");
        ClassroomFixtures.student(fixtures, roster, bea, classB, "Ana B.");
        fixtures.signIn(bea);
        tokenB = tablets.bind(classB, "Window").token();
        fixtures.signOut();
        // Nobody signed in and no test fallback: only the request can give this thread a school.
        SchoolScope.setFallback(Scope.NONE);
    }

    @AfterEach
    void testFallbackBack() {
        SchoolScope.setFallback(Scope.ALL_INSERTS_TO_FIRST);
    }

    /** Runs one request through the filter; returns the scope and the students the database showed during the chain. */
    private List<Object> during(MockHttpServletRequest request) throws Exception {
        List<Object> seen = new ArrayList<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            seen.add(SchoolScope.current());
            seen.add(fixtures.jdbc().sql("select display_name from student order by display_name").query(String.class).list());
        });
        return seen;
    }

    private static MockHttpServletRequest withCookie(String token) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/kiosk");
        request.setCookies(new Cookie(TabletTokens.COOKIE, token));
        return request;
    }

    @Test
    void aTabletsRequestRunsInItsSchoolDuringTheChainAndNotAfter() throws Exception {
        assertThat(during(withCookie(tokenB))).containsExactly(Scope.school(schoolB), List.of("Ana B."));
        assertThat(SchoolScope.current()).isEqualTo(Scope.NONE);

        assertThat(during(withCookie(tokenA))).containsExactly(Scope.school(schoolA), List.of("Sam O.", "Zoë K."));
        assertThat(SchoolScope.current()).isEqualTo(Scope.NONE);
    }

    @Test
    void withoutACookieOrWithAnUnknownOneThereIsNoSchool() throws Exception {
        assertThat(during(new MockHttpServletRequest("GET", "/kiosk"))).containsExactly(Scope.NONE, List.of());
        assertThat(during(withCookie("not-a-tablet"))).containsExactly(Scope.NONE, List.of());
        assertThat(SchoolScope.current()).isEqualTo(Scope.NONE);
    }
}

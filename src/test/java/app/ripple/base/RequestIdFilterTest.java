package app.ripple.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdFilterTest {

    private final RequestIdFilter filter = new RequestIdFilter();

    private String idSeenInside(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        filter.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                seen.set(MDC.get(RequestIdFilter.MDC_KEY));
            }
        });
        return seen.get();
    }

    @Test
    void anIncomingIdIsKeptForTheLogAndSentBack() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("X-Request-Id", "haproxy-7f3a.12");
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(idSeenInside(request, response)).isEqualTo("haproxy-7f3a.12");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo("haproxy-7f3a.12");
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).as("nothing leaks into the thread's next request").isNull();
    }

    @Test
    void withoutAnIdEachRequestGetsANewOne() throws Exception {
        MockHttpServletResponse first = new MockHttpServletResponse();
        MockHttpServletResponse second = new MockHttpServletResponse();
        String a = idSeenInside(new MockHttpServletRequest("GET", "/"), first);
        String b = idSeenInside(new MockHttpServletRequest("GET", "/"), second);
        assertThat(a).matches("[0-9a-f]{16}").isNotEqualTo(b);
        assertThat(first.getHeader("X-Request-Id")).isEqualTo(a);
    }

    @Test
    void anIdThatCouldForgeLogLinesIsReplaced() throws Exception {
        for (String hostile : new String[] {"abc\nERROR fake line", "x".repeat(65), "", "a b", "<script>"}) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
            request.addHeader("X-Request-Id", hostile);
            assertThat(idSeenInside(request, new MockHttpServletResponse())).matches("[0-9a-f]{16}");
        }
    }
}

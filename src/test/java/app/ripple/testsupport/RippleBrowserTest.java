package app.ripple.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Like {@link RippleTest}, but with the real servlet container on a random port so a browser can
 * reach the app. A separate annotation because a web environment makes a separate Spring context;
 * the browser tests run in failsafe's JVM, so they share one such context among themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestClockConfig.class, Fixtures.class})
public @interface RippleBrowserTest {
}

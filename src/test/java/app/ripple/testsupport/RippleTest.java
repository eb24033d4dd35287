package app.ripple.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test with the whole application on the JVM's own PostgreSQL test database and a movable
 * clock. All such tests share one Spring context; {@link Fixtures#reset()} empties the tables.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import({TestClockConfig.class, Fixtures.class})
public @interface RippleTest {
}

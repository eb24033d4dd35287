package app.ripple.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link RippleTest}, with email on and pointed at {@link TestSmtp}. The sender and escalation
 * jobs do not run by themselves here (their delay is an hour): tests run them when they mean to.
 * All such tests share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"ripple.email.send-delay=PT1H", "ripple.safeguarding.escalation-check=PT1H"})
@ContextConfiguration(initializers = TestSmtp.Initializer.class)
@Import({TestClockConfig.class, Fixtures.class})
public @interface EmailTest {
}

package app.ripple.testsupport;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Installs the test's own Spring context's security strategy into the static
 * {@link SecurityContextHolder} before any {@code @BeforeEach} method runs. The browserless test base sets
 * up its mock session and request in its own {@code @BeforeEach}, which runs before {@link Fixtures#reset};
 * when another context (say, a demo test's) had installed its strategy in between, the mock request
 * answered "no principal" for the first test of the class, and navigation bounced between the home
 * route and the sign-in page until the stack overflowed.
 */
public class ThisContextsSecurityStrategy implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}

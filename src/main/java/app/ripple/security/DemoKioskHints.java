package app.ripple.security;

import java.util.List;

/**
 * In the demo profile, what the sign-in page lists so a visitor can try a class tablet: one
 * class's students with the translation keys of their three pictures, in order.
 */
public interface DemoKioskHints {

    record StudentHint(String displayName, List<String> pictureNameKeys) {
    }

    String className();

    List<StudentHint> students();
}

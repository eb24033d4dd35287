package app.ripple.classroom;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Lets other features add to the class tablet without the classroom feature knowing them:
 * the challenge feature shows the class goal on the tablet's home and the act recording in the
 * student's space.
 */
public interface KioskContribution {

    /** What the signed-in student's space can ask of the tablet. */
    interface StudentSpaceHost {
        /** Signs the student out now. */
        void signOut();

        /** Signs the student out after a short pause (e.g. once a saved act has been celebrated). */
        void signOutSoon();

        /**
         * The student space shows a new screen: the page goes back to the top, so the new screen's
         * heading is in view (after a tap low on a long screen the next one opened scrolled down).
         */
        default void newScreen() {
        }
    }

    /** Shown on the tablet's home above the avatars, for the tablet with this token. */
    default Optional<Component> tabletHome(String token) {
        return Optional.empty();
    }

    /** The signed-in student's main activity. */
    default Optional<Component> studentSpace(StudentSpaceHost host) {
        return Optional.empty();
    }
}

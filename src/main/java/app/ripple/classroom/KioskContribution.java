package app.ripple.classroom;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Lets other features add to the class tablet without the classroom feature knowing them: the
 * challenge feature shows the class goal on the tablet's home and offers recording an act in the
 * student's space; lessons add a card when a student has a reflection or an attitude check open.
 *
 * <p>The tablet is one page for the whole visit ({@code docs/kiosk.md}): what a contribution gives
 * for every student ({@link #studentActivity}) is built once per tablet page and moves between its
 * screens in the browser; only what belongs to one student is fetched when they sign in.
 */
public interface KioskContribution {

    /** What the student's space can ask of the tablet. Each call is part of the current round trip. */
    interface StudentSpaceHost {
        /** Signs the student out now and shows the avatars. */
        void signOut();

        /**
         * Signs the student out now; the browser keeps the current screen (a thank-you) for a moment,
         * then shows the avatars by itself.
         */
        void signOutSoon();

        /**
         * Signs the student out now and leaves the current screen (the trusted-adult card) until it
         * is tapped away or the tablet's idle time-out returns to the avatars.
         */
        void signOutKeepScreen();

        /** The student space shows a new screen: the page goes back to the top. */
        void newScreen();
    }

    /** Something the student space offers every student (recording an act), built once per tablet page. */
    interface StudentActivity {
        Component component();

        /** A student has just signed in on this tablet: fetch what is theirs (e.g. their recent acts). */
        void signedIn();
    }

    /** Shown on the tablet's home above the avatars, for the tablet with this token; built again after each visit. */
    default Optional<Component> tabletHome(String token) {
        return Optional.empty();
    }

    /** The student space's standing activity, built once per tablet page (no student is signed in yet). */
    default Optional<StudentActivity> studentActivity(StudentSpaceHost host) {
        return Optional.empty();
    }

    /** A card for the student who has just signed in (an open check, a reflection), or nothing. */
    default Optional<Component> studentSpace(StudentSpaceHost host) {
        return Optional.empty();
    }
}

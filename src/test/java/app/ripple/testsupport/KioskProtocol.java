package app.ripple.testsupport;

import java.util.List;

/**
 * What a class tablet says in Vaadin's protocol, in one place for every load test that drives tablets
 * ({@code ActsUiBenchmarkIT}, the failover test): open the kiosk, and record one act from sign-in to
 * sign-out. When the kiosk's screens change, only this class follows.
 */
public final class KioskProtocol {

    private KioskProtocol() {
    }

    /** Opens the kiosk as a tablet holding this token, at tablet size; ends on the avatars. */
    public static void open(UidlClient tablet, String token) throws Exception {
        tablet.cookie("ripple_tablet", token);
        tablet.init("kiosk", 768, 1024);
        tablet.navigate("/kiosk");
        tablet.expect("kiosk-avatars");
    }

    /**
     * One student's visit: sign in with the picture password, record the suggested act with this key
     * (e.g. {@code lib:...}) for a classmate, and sign out; ends on the avatars again.
     *
     * @return the nanoseconds of the save's round trip alone
     */
    public static long recordAct(UidlClient tablet, long studentId, List<String> pictures, String suggestionKey) throws Exception {
        tablet.click("kiosk-avatar-" + studentId);
        for (String picture : pictures) {
            tablet.click("kiosk-picture-" + picture);
        }
        tablet.expect("student-hello");
        tablet.click("record-suggestion-" + suggestionKey.replace(':', '-'));
        tablet.click("record-for-CLASSMATE");
        long s0 = System.nanoTime();
        tablet.click("record-save");
        long save = System.nanoTime() - s0;
        tablet.expect("record-thanks");
        // The thank-you screen's timer signs the student out (the browser's idleTimeout call, here at once).
        tablet.call("student-home", "idleTimeout");
        tablet.expect("kiosk-avatars");
        return save;
    }
}

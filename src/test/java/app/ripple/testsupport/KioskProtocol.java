package app.ripple.testsupport;

import java.util.List;

/**
 * What a class tablet says in Vaadin's protocol, in one place for every load test that drives tablets
 * ({@code ActsUiBenchmarkIT}, the failover test): open the kiosk, and record one act from sign-in to
 * sign-out. When the kiosk's screens change, only this class follows.
 *
 * <p>The tablet is one page (docs/kiosk.md): the avatar and picture taps stay in the browser and reach
 * the server as one call, {@code signIn}; the act and recipient taps stay in the browser too, and the
 * save, which also signs the student out, is the second call. The thank-you and the return to the
 * avatars run in the browser. So a visit is {@value #ROUND_TRIPS_PER_ACT} round trips.
 */
public final class KioskProtocol {

    public static final int ROUND_TRIPS_PER_ACT = 2;

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
     * Whether the last answer told the tablet to move to another node (its node drains, see
     * {@code base/NodeDrain}): the browser would reload the page at the avatars, without the
     * load balancer's sticky cookie, which the answer has dropped.
     */
    public static boolean toldToMove(UidlClient tablet) {
        return tablet.lastResponse().contains("__kiosk.move()");
    }

    /** What the browser does when told to move: reload the kiosk (same tablet token, no re-pairing). */
    public static void move(UidlClient tablet, String token) throws Exception {
        tablet.forget();
        open(tablet, token);
    }

    /**
     * One student's visit: sign in with the picture password, record the suggested act with this key
     * (e.g. {@code lib:...}) for a classmate, and sign out; ends on the avatars again.
     *
     * @return the nanoseconds of the save's round trip alone
     */
    public static long recordAct(UidlClient tablet, long studentId, List<String> pictures, String suggestionKey) throws Exception {
        tablet.call("kiosk-view", "signIn", studentId + ",\"" + pictures.get(0) + "\",\"" + pictures.get(1) + "\",\""
                + pictures.get(2) + "\"");
        tablet.expect("\"ok\"");
        // The card's challenge, as the browser reads it from the card (sent with the first sign-in).
        String challenge = tablet.markupAttribute("record-suggestion-" + suggestionKey.replace(':', '-'), "data-challenge");
        long s0 = System.nanoTime();
        tablet.call("record-act", "save", challenge + ",\"" + suggestionKey + "\",\"\",\"CLASSMATE\",0,0");
        long save = System.nanoTime() - s0;
        tablet.expect("\"thanks\"");
        return save;
    }
}

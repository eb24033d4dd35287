package app.ripple.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.security.CurrentUser;
import app.ripple.security.KioskSession;
import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The class tablet as one page, without a browser: the browser's single sign-in call (avatar and
 * three pictures together) and what the server answers and changes in that round trip.
 */
class KioskViewTest extends ViewTest {

    @Autowired ClassService classes;
    @Autowired RosterService roster;
    @Autowired TabletService tablets;
    @Autowired CurrentUser currentUser;

    long teacher;
    long classId;
    long zoe;
    long sam;
    String token;

    @BeforeEach
    void classWithTablet() {
        ClassroomFixtures.TabletClass c = ClassroomFixtures.zoeAndSamWithATablet(fixtures, classes, roster, tablets);
        teacher = c.teacher();
        classId = c.classId();
        zoe = c.zoe();
        sam = c.sam();
        token = c.token();
    }

    private KioskView kiosk() {
        return (KioskView) getCurrentView();
    }

    private List<String> wrong(long studentId) {
        return ClassroomFixtures.wrongPassword(fixtures, studentId);
    }

    @Test
    void everyScreenIsBuiltOnceAndTheAvatarsCarryWhatTheBrowserShowsOnThePad() {
        openKiosk(token);
        KioskView view = kiosk();
        assertThat(view.getElement().getAttribute("data-screen")).isEqualTo("avatars");
        assertThat(view.getChildren().map(c -> c.getElement().getAttribute("data-kiosk-screen")))
                .containsExactly("avatars", "pad", "space", "break", "unknown");
        // The avatars and pictures are one element each: plain buttons the browser handles by itself.
        String avatars = find(Div.class).withId("kiosk-avatars").single().getElement().getProperty("innerHTML");
        assertThat(avatars).contains("id=\"kiosk-avatar-" + zoe + "\"", "data-student=\"" + zoe + "\"", "data-name=\"Zoë K.\"");
        assertThat(view.getElement().getAttribute("data-hello")).isEqualTo("Hi, {name}!");
        String pad = find(Div.class).withId("kiosk-picture-pad").single().getElement().getProperty("innerHTML");
        assertThat(pad).contains("data-picture=\"" + ClassroomFixtures.password(fixtures, zoe).getFirst() + "\"");
        // The picture password stays on the server: nothing on the page holds it.
        String password = String.join(",", ClassroomFixtures.password(fixtures, zoe));
        assertThat(view.getElement().getOuterHTML() + avatars + pad).doesNotContain(password);
    }

    @Test
    void theRightPicturesSignInInOneCallAndDoneSignsOut() {
        openKiosk(token);
        assertThat(kioskSignIn(zoe)).isEqualTo("ok");
        assertThat(currentUser.student()).hasValueSatisfying(s -> assertThat(s.studentId()).isEqualTo(zoe));
        clientCall(kiosk(), "signOut");
        assertThat(currentUser.student()).isEmpty();
    }

    @Autowired app.ripple.base.NodeDrain drain;

    @Test
    void anOpenedTabletCountsAsATabletsSessionBeforeAnyoneSignsIn() {
        openKiosk(token);
        var session = (com.vaadin.flow.server.WrappedHttpSession) com.vaadin.flow.server.VaadinSession.getCurrent().getSession();
        // SessionMeters counts it as kind="kiosk" (docs/deploy.md, metrics)
        assertThat(session.getHttpSession().getAttribute("ripple.kiosk")).isEqualTo(Boolean.TRUE);
    }

    @Test
    void aDrainingNodeMovesItsTabletWhenNobodyIsSignedInAndNotBefore() {
        openKiosk(token);
        KioskView view = kiosk();
        assertThat(drain.waitsFor(view)).as("a drain would wait for this tablet").isTrue();
        assertThat(clientCall(view, "nodeCheck")).as("not draining: stay").isEqualTo(false);
        drain.begin();
        try {
            assertThat(kioskSignIn(zoe)).as("a student may still sign in while the node drains").isEqualTo("ok");
            assertThat(clientCall(view, "nodeCheck")).as("Zoë is signed in: the tablet stays").isEqualTo(false);
            assertThat(drain.waitsFor(view)).isTrue();
            clientCall(view, "signOut");
            assertThat(drain.waitsFor(view)).as("told to move once Zoë is done").isFalse();
            assertThat(currentUser.student()).isEmpty();
        } finally {
            drain.end();
        }
    }

    @Test
    void anIdleTabletAsksAndMovesWhileTheNodeDrains() {
        openKiosk(token);
        KioskView view = kiosk();
        drain.begin();
        try {
            assertThat(clientCall(view, "nodeCheck")).isEqualTo(true);
            assertThat(drain.waitsFor(view)).isFalse();
        } finally {
            drain.end();
        }
    }

    @Test
    void wrongPicturesAnswerWrongAndCountTowardTheLockOut() {
        openKiosk(token);
        for (int i = 1; i < KioskService.STUDENT_MAX_FAILURES; i++) {
            assertThat(kioskSignIn(sam, wrong(sam))).as("attempt %d", i).isEqualTo("wrong");
        }
        assertThat(kioskSignIn(sam, wrong(sam))).isEqualTo("break");
        assertThat(kiosk().breakText.getText()).contains("ask your teacher");
        // Locked: even the right pictures wait, exactly as before the tablet became one page.
        assertThat(kioskSignIn(sam)).isEqualTo("break");
        assertThat(currentUser.student()).isEmpty();
        assertThat(kioskSignIn(zoe)).as("other students are not locked").isEqualTo("ok");
    }

    @Test
    void aClassWithTooManyWrongAttemptsPausesItsTablets() {
        openKiosk(token);
        List<String> any = ClassroomFixtures.password(fixtures, zoe);
        for (int i = 1; i < KioskService.CLASS_MAX_FAILURES; i++) {
            // Someone not in this class: counts against the class, never locks a student.
            assertThat(kioskSignIn(-1, any)).as("attempt %d", i).isEqualTo("wrong");
        }
        assertThat(kioskSignIn(-1, any)).isEqualTo("break");
        assertThat(kiosk().breakText.getText()).contains("resting");
        assertThat(kioskSignIn(zoe)).as("paused: even the right pictures wait").isEqualTo("break");
    }

    @Test
    void aRevokedTabletAnswersUnknown() {
        openKiosk(token);
        fixtures.signIn(teacher);
        long tablet = fixtures.jdbc().sql("select id from class_tablet where class_id = ?").param(classId).query(Long.class).single();
        tablets.revoke(classId, tablet);
        fixtures.signOut();
        assertThat(kioskSignIn(zoe)).isEqualTo("unknown");
        assertThat(currentUser.student()).isEmpty();
    }

    @Test
    void aDeviceWithoutATabletCookieShowsOnlyTheUnknownScreen() {
        UI.getCurrent().navigate("kiosk");
        assertThat(kiosk().getElement().getAttribute("data-screen")).isEqualTo("unknown");
        assertThat(find(NativeButton.class).all()).isEmpty();
    }

    @Test
    void aStudentWhoseTabletFellSilentIsRefusedAndSignedOutByTheServer() {
        openKiosk(token);
        assertThat(kioskSignIn(zoe)).isEqualTo("ok");
        fixtures.clock().advance(KioskSession.STALE_AFTER.plusSeconds(1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kioskService.requireStudentSession())
                .isInstanceOf(app.ripple.base.NotAllowedException.class);
        assertThat(currentUser.student()).isEmpty();
    }

    @Autowired KioskService kioskService;

    @Test
    void readAloudFollowsTheClassSettingOnByDefaultForTheYoungest() {
        fixtures.signIn(teacher);
        long young = classes.create(new ClassRecords.ClassForm("1A", AgeBand.AGES_6_8, null, List.of(teacher), 60));
        assertThat(classes.get(young).readAloud()).isTrue();
        assertThat(classes.get(classId).readAloud()).isFalse();
        String youngToken = tablets.bind(young, "Carpet").token();
        fixtures.signOut();
        openKiosk(youngToken);
        assertThat(kiosk().getElement().hasAttribute("data-read-aloud")).isTrue();
    }

    @Autowired TabletSchoolFilter tabletSchoolFilter;

    /**
     * Two schools: school B's tablet, its request run through the real {@link TabletSchoolFilter} (the
     * cookie sets the request's school), lists B's students only and signs one in. The test thread's own
     * "every school" fallback is switched off meanwhile, so only the tablet's cookie gives the school.
     */
    @Test
    void aTabletOfTheSecondSchoolListsOnlyThatSchoolsStudentsAndSignsOneIn() throws Exception {
        long schoolB = fixtures.otherSchool("Brookside", "coordinator@brookside.example");
        long bea = ClassroomFixtures.teacherIn(fixtures, schoolB, "Bea Teacher", "bea@brookside.example");
        long classB = ClassroomFixtures.classOf(fixtures, classes, bea, "5C");
        long ana = ClassroomFixtures.student(fixtures, roster, bea, classB, "Ana B.");
        long ben = ClassroomFixtures.student(fixtures, roster, bea, classB, "Ben B.");
        fixtures.signIn(bea);
        String tokenB = tablets.bind(classB, "Window").token();
        fixtures.signOut();

        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/kiosk");
        request.setCookies(new jakarta.servlet.http.Cookie(TabletTokens.COOKIE, tokenB));
        List<String> avatars = new ArrayList<>();
        List<String> signedIn = new ArrayList<>();
        app.ripple.base.SchoolScope.setFallback(app.ripple.base.SchoolScope.Scope.NONE);
        try {
            tabletSchoolFilter.doFilter(request, new org.springframework.mock.web.MockHttpServletResponse(), (req, res) -> {
                assertThat(app.ripple.base.SchoolScope.current()).isEqualTo(app.ripple.base.SchoolScope.Scope.school(schoolB));
                openKiosk(tokenB);
                avatars.add(find(Div.class).withId("kiosk-avatars").single().getElement().getProperty("innerHTML"));
                signedIn.add(kioskSignIn(ana));
                currentUser.student().ifPresent(s -> signedIn.add(s.studentId() + "@" + s.schoolId()));
            });
        } finally {
            app.ripple.base.SchoolScope.setFallback(app.ripple.base.SchoolScope.Scope.ALL_INSERTS_TO_FIRST);
        }
        assertThat(avatars.getFirst()).contains("data-student=\"" + ana + "\"", "data-student=\"" + ben + "\"", "Ana B.")
                .doesNotContain("data-student=\"" + zoe + "\"", "data-student=\"" + sam + "\"", "Zoë K.", "Sam O.");
        assertThat(signedIn).containsExactly("ok", ana + "@" + schoolB);
    }
}

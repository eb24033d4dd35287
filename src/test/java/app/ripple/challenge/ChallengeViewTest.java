package app.ripple.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.challenge.ChallengeRecords.RecordAct;
import app.ripple.classroom.ClassService;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(ChallengeFixtures.class)
class ChallengeViewTest extends ViewTest {

    @Autowired ChallengeFixtures f;
    @Autowired ActService acts;
    @Autowired ChallengeService challenges;
    @Autowired ClassService classes;
    @Autowired app.ripple.security.CurrentUser currentUser;

    long zoe;
    long challenge;

    @BeforeEach
    void classWithChallenge() {
        fixtures.reset();
        fixtures.school();
        f.classWithTablet("tess@test.example", "4B");
        zoe = f.student("Zoë K.");
        challenge = f.challenge(10, false);
    }

    private long ownWords(String text) {
        f.signInStudent(zoe);
        long id = acts.record(new RecordAct(UUID.randomUUID(), challenge, null, text, Recipient.CLASSMATE, null, null)).actId();
        fixtures.signOut();
        return id;
    }

    @Test
    void aTeacherCreatesAChallengeFromATemplateOnTheClassPage() {
        signInAs(f.teacher);
        open("classes/" + f.classId);
        Button create = find(Button.class).withId("challenge-new").single();
        test(create).click();
        ChallengesSection.ChallengeDialog dialog = find(ChallengesSection.ChallengeDialog.class).single();
        test(dialog.template).selectItem("Kindness week");
        assertThat(dialog.title.getValue()).isEqualTo("Kindness week");
        assertThat(dialog.goal.getValue()).isEqualTo(3);
        assertThat(dialog.suggestions.getValue()).isNotEmpty();
        test(dialog.save).click();
        assertThat(challenges.challenges(f.classId)).extracting(ChallengeRecords.ChallengeInfo::title).contains("Kindness week");
    }

    @Test
    void aChallengeWithoutCategoriesIsRefusedNextToTheField() {
        signInAs(f.teacher);
        open("classes/" + f.classId);
        test(find(Button.class).withId("challenge-new").single()).click();
        ChallengesSection.ChallengeDialog dialog = find(ChallengesSection.ChallengeDialog.class).single();
        test(dialog.title).setValue("Empty");
        dialog.categories.clear();
        test(dialog.save).click();
        assertThat(dialog.categories.isInvalid()).isTrue();
        assertThat(challenges.challenges(f.classId)).hasSize(1);
    }

    @Test
    void theTeacherApprovesOwnWordsWithNeutralWordingAndTheWallShowsIt() {
        long id = ownWords("I helped Sam <script>alert(1)</script>");
        signInAs(f.teacher);
        ModerationView view = navigate(ModerationView.class);
        assertThat(find(Paragraph.class, view.queue).all()).extracting(Paragraph::getText)
                .contains("I helped Sam <script>alert(1)</script>");
        test(find(Button.class).withId("pending-neutral-" + id).single()).click();
        test(find(Button.class).withId("neutral-approve").single()).click();
        UI.getCurrent().navigate("classes/" + f.classId + "/wall");
        WallView wall = (WallView) getCurrentView();
        assertThat(wall.shownCards()).extracting(ChallengeRecords.WallCard::text).containsExactly("Did something kind for someone.");
        assertThat(find(Div.class).withId("wall-card-" + id).single().getElement().getTextRecursively()).contains("Zoë");
    }

    @Test
    void aConcerningEntryAppearsInNeedsAttentionAndCanBeResolved() {
        long id = ownWords("Nobody likes me at break");
        signInAs(f.teacher);
        ModerationView view = navigate(ModerationView.class);
        assertThat(view.attention.getElement().getTextRecursively()).contains("Nobody likes me at break", "nobody likes me");
        long item = fixtures.jdbc().sql("select id from attention_item where act_id = ?").param(id).query(Long.class).single();
        test(find(Button.class).withId("attention-ack-" + item).single()).click();
        test(find(Button.class).withId("attention-resolve-" + item).single()).click();
        assertThat(fixtures.jdbc().sql("select status from attention_item where id = ?").param(item).query(String.class).single())
                .isEqualTo("RESOLVED");
    }

    /** The act cards as the browser gets them: markup inside the card groups. */
    private String cardsMarkup() {
        StringBuilder all = new StringBuilder();
        collectMarkup(find(Div.class).withId("record-cards").single().getElement(), all);
        return all.toString();
    }

    private static void collectMarkup(com.vaadin.flow.dom.Element e, StringBuilder all) {
        if (e.hasProperty("innerHTML")) {
            all.append(e.getProperty("innerHTML"));
        }
        e.getChildren().forEach(c -> collectMarkup(c, all));
    }

    private ChallengeKiosk.RecordActFlow flow() {
        return find(ChallengeKiosk.RecordActFlow.class).single();
    }

    @Test
    void theStudentSavesASuggestedActAndIsSignedOutInTheSameCall() {
        openKiosk(f.token);
        assertThat(kioskSignIn(zoe)).isEqualTo("ok");
        assertThat(currentUser.student()).isPresent();
        assertThat(flow().save(challenge, "lib:held_door", "", "CLASSMATE", 0, 0)).isEqualTo("thanks");
        assertThat(fixtures.jdbc().sql("select status from kindness_act").query(String.class).single()).isEqualTo("APPROVED");
        assertThat(currentUser.student()).as("signed out by the save").isEmpty();
        // The class goal on the tablet's home already shows the act for the next student.
        assertThat(find(Div.class).withId("kiosk-progress").single().getElement().getTextRecursively()).contains("1 of 10");
        // A replayed save (e.g. a second tap that arrives late) saves nothing more.
        assertThat(flow().save(challenge, "lib:held_door", "", "CLASSMATE", 0, 0)).isEqualTo("out");
        assertThat(fixtures.jdbc().sql("select count(*) from kindness_act").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aKindToMyselfActGoesToMyselfAndStaysOffTheWall() {
        openKiosk(f.token);
        assertThat(kioskSignIn(zoe)).isEqualTo("ok");
        assertThat(cardsMarkup()).containsPattern("id=\"record-suggestion-lib-went_to_bed_on_time\"[^>]* data-private");
        assertThat(flow().save(challenge, "lib:went_to_bed_on_time", "", "MYSELF", 4, 0)).isEqualTo("thanks");
        assertThat(fixtures.jdbc().sql("select recipient from kindness_act").query(String.class).single()).isEqualTo("MYSELF");
        fixtures.signIn(f.teacher);
        assertThat(challenges.runningProgress(f.classId).getFirst().count()).isZero();
    }

    @Test
    void ownWordsWaitForTheTeacherAndAnEmptyEntryIsRefusedWithTheStudentStillSignedIn() {
        openKiosk(f.token);
        assertThat(kioskSignIn(zoe)).isEqualTo("ok");
        assertThat(flow().save(challenge, "", "   ", "CLASSMATE", 0, 0)).isEqualTo("error");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("record-error").single().getText()).isEqualTo("Please fill this in.");
        assertThat(currentUser.student()).as("the entry stays, and so does the student").isPresent();
        assertThat(flow().save(challenge, "", "I helped Sam", "CLASSMATE", 0, 0)).isEqualTo("pending");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("record-error").single().getText()).isEmpty();
        assertThat(fixtures.jdbc().sql("select status from kindness_act").query(String.class).single()).isEqualTo("PENDING");
    }

    @Test
    void aConcerningEntryShowsTheTrustedAdultCardAndSignsOut() {
        openKiosk(f.token);
        assertThat(kioskSignIn(zoe)).isEqualTo("ok");
        assertThat(flow().save(challenge, "", "Nobody likes me at break", "CLASSMATE", 0, 0)).isEqualTo("trusted");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("record-trusted-text").single().getText())
                .contains("trusted adult");
        assertThat(currentUser.student()).isEmpty();
    }

    @Test
    void withSeveralChallengesEachCardNamesItsChallengeSoThreeTapsStillDo() {
        long second = f.challenge(5, false);
        openKiosk(f.token);
        assertThat(kioskSignIn(zoe)).isEqualTo("ok");
        assertThat(cardsMarkup()).contains("id=\"record-suggestion-" + second + "-lib-held_door\" class=\"ripple-record-card\" data-challenge=\""
                + second + "\"", "id=\"record-suggestion-" + challenge + "-lib-held_door\"");
        assertThat(flow().save(second, "lib:held_door", "", "FAMILY", 0, 0)).isEqualTo("thanks");
        assertThat(fixtures.jdbc().sql("select challenge_id from kindness_act").query(Long.class).single()).isEqualTo(second);
        // Own words: the student may pick which challenge; the first is chosen for them.
        assertThat(find(NativeButton.class).all().stream().filter(b -> b.getId().orElse("").startsWith("record-own-challenge-"))
                .map(b -> b.getElement().getAttribute("aria-pressed"))).containsExactly("true", "false");
    }

    @Test
    void aStudentFlagsAnActAsNotMeFromTheirSpace() {
        f.signInStudent(zoe);
        long id = acts.record(new RecordAct(UUID.randomUUID(), challenge, "lib:held_door", null, Recipient.FAMILY, null, null)).actId();
        openKiosk(f.token);
        assertThat(kioskSignIn(zoe)).isEqualTo("ok");
        test(find(Button.class).withId("record-not-me-" + id).single()).click();
        assertThat(fixtures.jdbc().sql("select not_me from kindness_act where id = ?").param(id).query(Boolean.class).single()).isTrue();
        assertThat(find(Button.class).withId("record-not-me-" + id).all()).isEmpty();
    }

    @Test
    void anotherTeacherCannotOpenThisClassesWall() {
        long other = fixtures.teacher("Otto", "otto@test.example");
        signInAs(other);
        UI.getCurrent().navigate("classes/" + f.classId + "/wall");
        assertThat(getCurrentView()).isNotInstanceOf(WallView.class);
    }

    @Test
    void theCoordinatorAddsAConcernPhraseAndItRoutesTheNextEntry() {
        signInAs(fixtures.staffId(Fixtures.COORDINATOR_EMAIL));
        // The settings view belongs to the safeguarding module now; drive it by its components' ids.
        open("school/safeguarding");
        test(find(TextField.class).withId("safeguarding-phrase").single()).setValue("Sad every day");
        test(find(Button.class).withId("safeguarding-add").single()).click();
        try {
            long id = ownWords("I am sad every day but I helped");
            assertThat(fixtures.jdbc().sql("select status from kindness_act where id = ?").param(id).query(String.class).single())
                    .isEqualTo("NEEDS_ATTENTION");
        } finally {
            fixtures.jdbc().sql("delete from concern_phrase where phrase = 'sad every day'").update();
        }
    }

    @Test
    void aTeacherAddsTheirOwnSuggestionAndItIsOfferedOnTheTablet() {
        signInAs(f.teacher);
        open("classes/" + f.classId);
        test(find(Button.class).withId("challenge-new").single()).click();
        ChallengesSection.ChallengeDialog dialog = find(ChallengesSection.ChallengeDialog.class).single();
        test(dialog.title).setValue("Our own week");
        test(dialog.ownText).setValue("I watered the class plants");
        test(dialog.addOwn).click();
        assertThat(dialog.suggestions.getValue()).extracting(ChallengeRecords.Suggestion::text).contains("I watered the class plants");
        test(dialog.save).click();

        f.signInStudent(zoe);
        assertThat(acts.runningChallenges()).flatExtracting(ChallengeRecords.ChallengeInfo::suggestions)
                .extracting(ChallengeRecords.Suggestion::text).contains("I watered the class plants");
    }

    @Test
    void theWallShowsAClassmateInsteadOfNamesWhenTheTeacherSaysSo() {
        f.signInStudent(zoe);
        long id = acts.record(new RecordAct(UUID.randomUUID(), challenge, "lib:held_door", null, Recipient.FAMILY, null, null)).actId();
        signInAs(f.teacher);
        open("classes/" + f.classId);
        test(find(com.vaadin.flow.component.checkbox.Checkbox.class).withId("challenge-wall-names").single()).click();
        UI.getCurrent().navigate("classes/" + f.classId + "/wall");
        assertThat(find(Div.class).withId("wall-card-" + id).single().getElement().getTextRecursively())
                .contains("A classmate").doesNotContain("Zoë");
    }
}

package app.ripple.lesson.checks;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.lesson.attitude.BuiltInInstruments;
import app.ripple.lesson.checks.AttitudeFixtures.TestClass;
import app.ripple.lesson.checks.AttitudeRecords.ConsentPolicy;
import app.ripple.lesson.checks.AttitudeRecords.Phase;
import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(AttitudeFixtures.class)
class AttitudeViewTest extends ViewTest {

    static final String SKS = BuiltInInstruments.SCHOOL_KINDNESS_SCALE.id();

    @Autowired AttitudeFixtures f;
    @Autowired InstrumentService instruments;
    TestClass c;

    @BeforeEach
    void classWithStudents() {
        fixtures.reset();
        f.school();
        c = f.classWith("tess@test.example", "4B", 3);
    }

    private long count(String sql) {
        return fixtures.jdbc().sql(sql).query(Long.class).single();
    }

    @Test
    void theCoordinatorSeesBothBuiltInInstrumentsWithCreditAndValidationLabel() {
        signInAs(f.coordinator);
        InstrumentsView view = navigate(InstrumentsView.class);
        assertThat(find(Paragraph.class).withId("instrument-validated-" + SKS).single().getText()).isEqualTo("Validated instrument");
        assertThat(find(Paragraph.class).withId("instrument-validated-ripple-stigma-check").single().getText())
                .isEqualTo("Not a validated instrument");
        assertThat(find(Div.class).withId("instrument-" + SKS).single().getElement().getTextRecursively()).contains("Binfet");
        assertThat(view.list.getChildren().count()).isEqualTo(2);
    }

    @Test
    void theCoordinatorSeesEveryProblemByLineThenImportsAndRetiresALicensedInstrument() {
        signInAs(f.coordinator);
        InstrumentsView view = navigate(InstrumentsView.class);
        view.fileReceived("bad.csv", """
                id,made-up
                title,Made-up
                citation,Made up for a test
                scale,1,3
                labels,No,Maybe
                item,reverse
                First made-up statement,no
                Second made-up statement,perhaps
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(view.problems.isVisible()).isTrue();
        assertThat(view.shownProblems()).extracting(AttitudeRecords.ImportLine::line).contains(5, 8);
        assertThat(view.importButton.isEnabled()).isFalse();
        assertThat(count("select count(*) from attitude_instrument")).isZero();

        view.fileReceived("good.json", AttitudeChecksServiceTest.json("made-up").getBytes(StandardCharsets.UTF_8));
        assertThat(view.problems.isVisible()).isFalse();
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText).contains("Made-up statement one");
        assertThat(count("select count(*) from attitude_instrument")).isZero();
        test(view.importButton).click();
        assertThat(count("select count(*) from attitude_instrument")).isEqualTo(1);
        assertThat(find(Paragraph.class).withId("instrument-validated-made-up").single().getText()).isEqualTo("Not a validated instrument");

        test(find(Button.class).withId("instrument-retire-made-up").single()).click();
        assertThat(fixtures.jdbc().sql("select retired from attitude_instrument").query(Boolean.class).single()).isTrue();
    }

    @Test
    void theCoordinatorSetsTheConsentPolicyPerInstrument() {
        signInAs(f.coordinator);
        navigate(InstrumentsView.class);
        @SuppressWarnings("unchecked")
        Select<ConsentPolicy> policy = find(Select.class).withId("instrument-policy-" + SKS).single();
        test(policy).selectItem("Opt-out (everyone except a “no”)");
        assertThat(instruments.policy(SKS)).isEqualTo(ConsentPolicy.OPT_OUT);
    }

    @Test
    void teachersCannotOpenTheInstrumentRegistry() {
        signInAs(c.teacher());
        UI.getCurrent().navigate("school/instruments");
        assertThat(getCurrentView()).isNotInstanceOf(InstrumentsView.class);
    }

    @Test
    void aTeacherRecordsConsentWithOneTapPerStudent() {
        signInAs(c.teacher());
        open("classes/" + c.classId() + "/consent");
        assertThat(getCurrentView()).isInstanceOf(ConsentView.class);
        long ana = c.students().getFirst();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> choice = find(RadioButtonGroup.class).withId("consent-" + ana).single();
        assertThat(choice.getValue()).isEqualTo(ConsentView.UNKNOWN);
        test(choice).selectItem("Yes");
        assertThat(fixtures.jdbc().sql("select consent from attitude_consent where student_id = ?").param(ana).query(Boolean.class).single())
                .isTrue();
        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("consent-offered-" + ana).single().getText())
                .isEqualTo("Will be offered the check");
    }

    @Test
    void anotherTeacherCannotOpenThisClassesConsentScreen() {
        long other = fixtures.teacher("Otto", "otto@test.example");
        signInAs(other);
        UI.getCurrent().navigate("classes/" + c.classId() + "/consent");
        assertThat(getCurrentView()).isNotInstanceOf(ConsentView.class);
    }

    @Test
    void aTeacherOpensACheckOnTheClassPageSeesWhoHasNotAnsweredAndClosesIt() {
        f.consentAll(c, SKS);
        signInAs(c.teacher());
        open("classes/" + c.classId());
        assertThat(find(Paragraph.class).withId("attitude-term").single().getText()).contains("Autumn 2026");
        test(find(Button.class).withId("attitude-open").single()).click();
        long check = fixtures.jdbc().sql("select id from attitude_check").query(Long.class).single();
        assertThat(find(Paragraph.class).withId("attitude-not-answered-" + check).single().getText())
                .contains("Student A.", "Student B.", "Student C.");
        test(find(Button.class).withId("attitude-close-" + check).single()).click();
        assertThat(fixtures.jdbc().sql("select closed_at is not null from attitude_check").query(Boolean.class).single()).isTrue();
    }

    @Test
    void theClassPageShowsNoFiguresForFourPairsAndTheAggregateWithCaveatsForFive() {
        TestClass five = f.classWith("five@test.example", "5C", 5);
        f.consentAll(five, SKS);
        long pre = f.open(five, SKS, Phase.PRE);
        five.students().forEach(s -> f.answer(five, s, pre, List.of(2, 2, 3, 3, 3)));
        f.close(five, pre);
        long post = f.open(five, SKS, Phase.POST);
        five.students().forEach(s -> f.answer(five, s, post, List.of(3, 3, 4, 4, 3 + (int) (s % 2))));
        f.close(five, post);
        signInAs(five.teacher());
        open("classes/" + five.classId());
        String text = find(Div.class).withId("attitude-figures-" + SKS).single().getElement().getTextRecursively();
        assertThat(text).contains("5 students answered both times", "95% confidence interval", "d_z", "One class cannot prove an effect",
                "d = 0.21");

        f.consentAll(c, SKS);
        long pre4 = f.open(c, SKS, Phase.PRE);
        c.students().forEach(s -> f.answer(c, s, pre4, List.of(2, 2, 3, 3, 3)));
        f.close(c, pre4);
        long post4 = f.open(c, SKS, Phase.POST);
        c.students().forEach(s -> f.answer(c, s, post4, List.of(3, 3, 3, 3, 3)));
        f.close(c, post4);
        signInAs(c.teacher());
        open("classes/" + c.classId());
        String small = find(Div.class).withId("attitude-figures-" + SKS).single().getElement().getTextRecursively();
        assertThat(small).contains("Fewer than 5 students").doesNotContain("Average score before").doesNotContain("d_z =");
    }

    @Test
    void theParentPreviewShowsTheExactStatementsAndScaleInTheSchoolsLanguageAndInSpanish() {
        signInAs(c.teacher());
        open("instruments/" + SKS + "/preview");
        ParentPreviewView view = (ParentPreviewView) getCurrentView();
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText).containsExactly("The adults in my school model kindness",
                "Kindness happens regularly in my classroom", "Kindness happens regularly in my school", "My teacher is kind",
                "At my school, I am encouraged to be kind");
        assertThat(find(Div.class).withId("preview-scale").single().getElement().getTextRecursively()).contains("1 – Disagree a lot",
                "5 – Agree a lot");
        assertThat(view.pdf.getHref()).isNotBlank();
        test(view.language).selectItem("Español");
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText).contains("Mi maestro o maestra es amable");
        assertThat(view.content.getElement().getTextRecursively()).contains("Traducción de Ripple");
    }

    @Test
    void aStudentWithConsentAnswersTheCheckOneStatementPerScreenOnTheTablet() {
        f.consentAll(c, SKS);
        long check = f.open(c, SKS, Phase.PRE);
        openKiosk(c.token());
        assertThat(kioskSignIn(c.students().getFirst())).isEqualTo("ok");
        Div cards = find(Div.class).withId("student-cards").single();
        assertThat(cards.getChildren().findFirst().orElseThrow().getId()).contains("attitude-check");
        assertThat(find(Div.class).withId("record-act").all()).hasSize(1);
        test(find(Button.class).withId("attitude-start").single()).click();
        for (int i = 1; i <= 5; i++) {
            assertThat(find(Paragraph.class).withId("attitude-progress").single().getText()).isEqualTo("Question " + i + " of 5");
            assertThat(find(Button.class).withId("attitude-answer-1").single().getElement().getTextRecursively()).contains("Disagree a lot");
            test(find(Button.class).withId("attitude-answer-" + (i == 3 ? 1 : 4)).single()).click();
        }
        assertThat(find(Div.class).withId("attitude-thanks").all()).hasSize(1);
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Thank you!");
        assertThat(fixtures.jdbc().sql("select answers::int[] from attitude_response where check_id = ?").param(check)
                .query((rs, n) -> (Integer[]) rs.getArray(1).getArray()).single()).containsExactly(4, 4, 1, 4, 4);
    }

    @Test
    void aStudentWithoutConsentIsNotOfferedTheCheck() {
        f.open(c, SKS, Phase.PRE);
        openKiosk(c.token());
        assertThat(kioskSignIn(c.students().getFirst())).isEqualTo("ok");
        assertThat(find(Div.class).withId("attitude-check").all()).isEmpty();
        assertThat(find(Div.class).withId("record-act").all()).hasSize(1);
    }

    @Test
    void theClassPageLinksToTheConsentScreenAndTheParentPreview() {
        f.open(c, SKS, Phase.PRE);
        signInAs(c.teacher());
        open("classes/" + c.classId());
        assertThat(find(Anchor.class).withId("attitude-consent-link").single().getHref()).isEqualTo("classes/" + c.classId() + "/consent");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).contains("instruments/" + SKS + "/preview");
    }
}

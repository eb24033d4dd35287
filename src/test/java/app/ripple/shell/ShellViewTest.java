package app.ripple.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShellViewTest extends ViewTest {

    @org.springframework.beans.factory.annotation.Autowired app.ripple.classroom.ClassService classes;

    long coordinator;
    long teacher;

    @BeforeEach
    void school() {
        fixtures.reset();
        coordinator = fixtures.school();
        teacher = fixtures.teacher("Tess Teacher", "tess@test.example");
        UI.getCurrent().navigate("");
    }

    private List<String> menuPaths() {
        return find(SideNav.class).single().getItems().stream().map(SideNavItem::getPath).toList();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
        UI.getCurrent().navigate("staff");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
        UI.getCurrent().navigate("account");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }

    @Test
    void aTeacherSeesNoCoordinatorMenuEntryAndCannotOpenACoordinatorRoute() {
        signInAs(teacher);
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(menuPaths()).contains("").doesNotContain("staff");
        UI.getCurrent().navigate("staff");
        assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("StaffView");
    }

    @Test
    void aCoordinatorSeesTheStaffMenuEntryAndTheSchoolName() {
        signInAs(coordinator);
        assertThat(menuPaths()).contains("", "staff");
        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("school-name").single().getText())
                .isEqualTo("Test School");
    }

    @Test
    void aStaffMemberWithAOneTimePasswordMustChangeItBeforeAnythingElse() {
        fixtures.jdbc().sql("update staff_account set must_change_password = true where id = ?").param(teacher).update();
        signInAs(teacher);
        assertThat(getCurrentView()).isInstanceOf(AccountView.class);
        AccountView view = (AccountView) getCurrentView();
        test(view.current).setValue(Fixtures.PASSWORD);
        test(view.newPassword).setValue("my very own passphrase");
        test(view.repeat).setValue("my very own passphrase");
        test(view.changePassword).click();
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void aMismatchedRepeatIsShownNextToTheRepeatField() {
        signInAs(teacher);
        AccountView view = navigate(AccountView.class);
        test(view.current).setValue(Fixtures.PASSWORD);
        test(view.newPassword).setValue("my very own passphrase");
        test(view.repeat).setValue("my very own passphrase?");
        test(view.changePassword).click();
        assertThat(view.repeat.isInvalid()).isTrue();
        assertThat(view.repeat.getErrorMessage()).isEqualTo("The two passwords are not the same.");
        assertThat(view.newPassword.isInvalid()).isFalse();
    }

    @Test
    void theLanguageIsRememberedPerAccount() {
        signInAs(teacher);
        AccountView view = navigate(AccountView.class);
        test(view.language).selectItem("Español");
        test(view.saveLanguage).click();
        assertThat(fixtures.jdbc().sql("select language from staff_account where id = ?").param(teacher)
                .query(String.class).single()).isEqualTo("es");
    }

    @Test
    void theHomePageListsTheTeachersOwnClassesOnly() {
        fixtures.signIn(teacher);
        classes.create(new app.ripple.classroom.ClassRecords.ClassForm("Tess's class", app.ripple.classroom.AgeBand.AGES_6_8, null,
                java.util.List.of(teacher), 60));
        fixtures.signIn(coordinator);
        classes.create(new app.ripple.classroom.ClassRecords.ClassForm("Someone else's class", app.ripple.classroom.AgeBand.AGES_6_8,
                null, java.util.List.of(coordinator), 60));
        signInAs(teacher);
        String text = find(com.vaadin.flow.component.html.Div.class).withId("home-classes").single().getElement().getTextRecursively();
        assertThat(text).contains("Tess's class").doesNotContain("Someone else's class");
    }
}

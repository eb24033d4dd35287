package app.ripple.school;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.base.SchoolScope;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The ways into district mode and the district administrator's pages, browserless. */
class DistrictViewTest extends ViewTest {

    static final String ADMIN_EMAIL = "district@test.example";

    @Autowired DistrictService district;
    @Autowired SetupService setup;
    long coordinator;

    @BeforeEach
    void school() {
        fixtures.reset();
        coordinator = fixtures.school();
    }

    /** The fixture school turned into a district; its administrator has chosen their own password. */
    long districtAdmin() {
        fixtures.signIn(coordinator);
        district.turnIntoDistrict(new DistrictService.TurnIntoDistrictForm("Riverside District", "Dana District", ADMIN_EMAIL,
                Fixtures.PASSWORD));
        fixtures.signOut();
        fixtures.jdbc().sql("update staff_account set must_change_password = false where email = ?").param(ADMIN_EMAIL).update();
        return fixtures.staffId(ADMIN_EMAIL);
    }

    private List<String> menuPaths() {
        return find(SideNav.class).single().getItems().stream().map(SideNavItem::getPath).toList();
    }

    private static Button button(Component cell, int index) {
        return (Button) cell.getChildren().toList().get(index);
    }

    @Test
    void theFirstRunOffersADistrictWithItsAdministratorAndFirstSchool() {
        fixtures.reset();
        UI.getCurrent().navigate("setup");
        SetupView view = (SetupView) getCurrentView();
        assertThat(view.kind.getValue()).isEqualTo(SetupView.ONE_SCHOOL);
        assertThat(view.districtName.isAttached()).isFalse();
        test(view.kind).selectItem("A district (several schools)");
        assertThat(view.districtName.isAttached()).isTrue();
        assertThat(view.create.getText()).isEqualTo("Create district");

        test(view.create).click();
        assertThat(view.districtName.isInvalid()).isTrue();
        assertThat(view.districtName.getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(setup.isSetupNeeded()).isTrue();

        test(view.districtName).setValue("Lakeside Trust");
        test(view.coordinatorName).setValue("Dana District");
        test(view.email).setValue("dana@lakeside.example");
        test(view.password).setValue(Fixtures.PASSWORD);
        test(view.schoolName).setValue("Lakeside Primary");
        test(view.timeZone).selectItem("Europe/London");
        test(view.create).click();

        assertThat(setup.isSetupNeeded()).isFalse();
        assertThat(fixtures.jdbc().sql("select d.name || '|' || s.name from school s join district d on d.id = s.district_id")
                .query(String.class).single()).isEqualTo("Lakeside Trust|Lakeside Primary");
        assertThat(fixtures.jdbc().sql("select role || '|' || (school_id is null) from staff_account").query(String.class).single())
                .isEqualTo("DISTRICT_ADMIN|true");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }

    @Test
    void aDistrictAdministratorLandsOnTheSchoolsPageAndSeesOnlyTheDistrictsMenu() {
        long admin = districtAdmin();
        signInAs(admin);
        assertThat(getCurrentView()).isInstanceOf(DistrictSchoolsView.class);
        assertThat(menuPaths()).contains("district", "district/audit").doesNotContain("", "staff", "classes", "school/settings");
        assertThat(find(Span.class).withId("school-name").single().getText()).isEqualTo("Riverside District");

        UI.getCurrent().navigate("staff");
        assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("StaffView");
        UI.getCurrent().navigate("district/audit");
        assertThat(getCurrentView()).isInstanceOf(DistrictAuditView.class);
        assertThat(test(((DistrictAuditView) getCurrentView()).grid).size()).isGreaterThan(0);
        UI.getCurrent().navigate("account");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("AccountView");
    }

    @Test
    void aCoordinatorSeesNoDistrictMenuAndCannotOpenTheDistrictsPages() {
        signInAs(coordinator);
        assertThat(menuPaths()).contains("", "staff").doesNotContain("district", "district/audit");
        UI.getCurrent().navigate("district");
        assertThat(getCurrentView()).isNotInstanceOf(DistrictSchoolsView.class);
    }

    @Test
    void theSchoolsPageCreatesAndArchivesSchools() {
        signInAs(districtAdmin());
        DistrictSchoolsView view = (DistrictSchoolsView) getCurrentView();
        assertThat(test(view.schools).size()).isEqualTo(1);

        test(view.schoolName).setValue("  ");
        test(view.timeZone).selectItem("Europe/Madrid");
        test(view.createSchool).click();
        assertThat(view.schoolName.isInvalid()).isTrue();
        assertThat(view.schoolName.getErrorMessage()).isEqualTo("Please fill this in.");

        test(view.schoolName).setValue("Acorn School");
        test(view.language).selectItem("Español");
        test(view.createSchool).click();
        assertThat(view.schoolName.isInvalid()).isFalse();
        assertThat(test(view.schools).size()).isEqualTo(2);
        assertThat(test(view.schools).getRow(0).name()).isEqualTo("Acorn School");
        assertThat(test(view.schools).getCellText(0, 3)).isEqualTo("Open");

        test(button(test(view.schools).getCellComponent(0, 4), 1)).click();
        assertThat(test(view.schools).getCellText(0, 3)).isEqualTo("Archived");
        assertThat(SchoolScope.openSchools(fixtures.jdbc())).doesNotContain(test(view.schools).getRow(0).id());
        test(button(test(view.schools).getCellComponent(0, 4), 1)).click();
        assertThat(test(view.schools).getCellText(0, 3)).isEqualTo("Open");
    }

    @Test
    void theSchoolsPageAppointsAndRemovesACoordinator() {
        long admin = districtAdmin();
        fixtures.signIn(admin);
        long acorn = district.createSchool(new DistrictService.SchoolForm("Acorn School", "Europe/Madrid", "en"));
        fixtures.signOut();
        signInAs(admin);
        DistrictSchoolsView view = (DistrictSchoolsView) getCurrentView();
        assertThat(view.coordinatorsCard.isVisible()).isFalse();
        test(button(test(view.schools).getCellComponent(0, 4), 0)).click();
        assertThat(view.coordinatorsCard.isVisible()).isTrue();
        assertThat(view.coordinatorsTitle.getText()).isEqualTo("Coordinators of Acorn School");
        assertThat(test(view.coordinators).size()).isZero();

        test(view.coordinatorName).setValue("Ann Acorn");
        test(view.coordinatorEmail).setValue(Fixtures.COORDINATOR_EMAIL);
        test(view.appoint).click();
        assertThat(view.coordinatorEmail.isInvalid()).isTrue();
        assertThat(view.coordinatorEmail.getErrorMessage()).startsWith("Someone in this installation already uses this email");

        test(view.coordinatorEmail).setValue("ann@acorn.example");
        test(view.appoint).click();
        assertThat(view.coordinatorEmail.isInvalid()).isFalse();
        assertThat(find(Span.class).withId("district-one-time-password").single().getText()).hasSize(19);
        assertThat(test(view.coordinators).size()).isEqualTo(1);
        assertThat(test(view.schools).getCellText(0, 2)).isEqualTo("1");
        assertThat(fixtures.jdbc().sql("select school_id from staff_account where email = 'ann@acorn.example'").query(Long.class).single())
                .isEqualTo(acorn);

        test((Button) test(view.coordinators).getCellComponent(0, 3)).click();
        assertThat(test(view.coordinators).getCellText(0, 2)).isEqualTo("Deactivated");
        assertThat(test(view.schools).getCellText(0, 2)).isEqualTo("0");
    }

    @Test
    void aCoordinatorTurnsTheSchoolIntoADistrictFromTheSchoolPage() {
        signInAs(coordinator);
        SchoolSettingsView settings = navigate(SchoolSettingsView.class);
        TurnIntoDistrictSection section = find(TurnIntoDistrictSection.class).single();
        test(section.turn).click();
        assertThat(section.districtName.isInvalid()).isTrue();
        assertThat(section.password.isInvalid()).isTrue();

        test(section.districtName).setValue("Riverside District");
        test(section.adminName).setValue("Dana District");
        test(section.email).setValue(ADMIN_EMAIL);
        test(section.password).setValue(Fixtures.PASSWORD);
        test(section.turn).click();
        assertThat(section.done.isVisible()).isTrue();
        assertThat(section.done.getText()).contains("Riverside District", ADMIN_EMAIL);
        assertThat(section.turn.isEnabled()).isFalse();
        fixtures.signOut();
        assertThat(fixtures.jdbc().sql("select name from district").query(String.class).single()).isEqualTo("Riverside District");
        assertThat(fixtures.jdbc().sql("select role from staff_account where email = ?").param(ADMIN_EMAIL).query(String.class).single())
                .isEqualTo("DISTRICT_ADMIN");

        // Once the district has an administrator the section is gone.
        signInAs(coordinator);
        navigate(SchoolSettingsView.class);
        assertThat(find(TurnIntoDistrictSection.class).all()).isEmpty();
        assertThat(settings).isNotNull();

        // The new administrator must choose their own password first, then lands on the schools page.
        fixtures.signOut();
        signInAs(fixtures.staffId(ADMIN_EMAIL));
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("AccountView");
    }
}

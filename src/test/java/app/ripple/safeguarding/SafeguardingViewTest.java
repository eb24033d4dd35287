package app.ripple.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SafeguardingViewTest extends ViewTest {

    @Autowired SafeguardingService safeguarding;
    @Autowired AlertSettingsService alertSettings;

    long coordinator;
    long teacher;

    @BeforeEach
    void school() {
        fixtures.reset();
        coordinator = fixtures.school();
        teacher = fixtures.teacher("Tess Teacher", "tess@test.example");
    }

    @Test
    void teachersCannotOpenSafeguardingSettings() {
        signInAs(teacher);
        UI.getCurrent().navigate("school/safeguarding");
        assertThat(getCurrentView()).isNotInstanceOf(SafeguardingView.class);
    }

    @Test
    void theCoordinatorAddsAPhraseAndItIsListedAndMatchedAtOnce() {
        signInAs(coordinator);
        SafeguardingView view = navigate(SafeguardingView.class);
        test(view.phraseList.phrase).setValue("Sad every day");
        test(view.phraseList.add).click();
        assertThat(view.phraseList.phrases.getGenericDataView().getItems().map(SafeguardingService.Phrase::phrase)).contains("sad every day");
        assertThat(safeguarding.concerningPhrase("I am SAD every day")).contains("sad every day");
        long id = fixtures.jdbc().sql("select id from concern_phrase where phrase = 'sad every day'").query(Long.class).single();
        safeguarding.removePhrase(id);
        view.refresh();
        assertThat(view.phraseList.phrases.getGenericDataView().getItems().map(SafeguardingService.Phrase::phrase)).doesNotContain("sad every day");
        assertThat(safeguarding.concerningPhrase("I am SAD every day")).isEmpty();
    }

    @Test
    void theCoordinatorSetsContactsAndTheEscalationHours() {
        signInAs(coordinator);
        SafeguardingView view = navigate(SafeguardingView.class);
        test(view.contactAddress).setValue("not an address");
        test(view.addAddressContact).click();
        assertThat(view.contactAddress.isInvalid()).isTrue();
        test(view.contactAddress).setValue("dsl@school.test");
        test(view.addAddressContact).click();
        view.contactStaff.setValue(view.contactStaff.getGenericDataView().getItems()
                .filter(o -> o.email().equals("tess@test.example")).findFirst().orElseThrow());
        test(view.addStaffContact).click();
        assertThat(view.contacts.getGenericDataView().getItems().map(AlertSettingsService.Contact::label))
                .containsExactly("dsl@school.test", "Tess Teacher <tess@test.example>");
        assertThat(view.escalationHours.getValue()).isEqualTo(24);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> alertSettings.setEscalationHours(800))
                .isInstanceOf(app.ripple.base.InvalidInputException.class);
        test(view.escalationHours).setValue(6);
        test(view.saveHours).click();
        assertThat(fixtures.jdbc().sql("select escalation_hours from safeguarding_setting").query(Integer.class).single()).isEqualTo(6);
    }

    @Test
    void teachersCannotChangeAlertContacts() {
        fixtures.signIn(teacher);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> alertSettings.addAddressContact("x@school.test"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}

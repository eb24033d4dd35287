package app.ripple.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SafeguardingViewTest extends ViewTest {

    @Autowired SafeguardingService safeguarding;

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
        test(view.phrase).setValue("Sad every day");
        test(view.add).click();
        assertThat(view.phrases.getGenericDataView().getItems().map(SafeguardingService.Phrase::phrase)).contains("sad every day");
        assertThat(safeguarding.concerningPhrase("I am SAD every day")).contains("sad every day");
        long id = fixtures.jdbc().sql("select id from concern_phrase where phrase = 'sad every day'").query(Long.class).single();
        safeguarding.removePhrase(id);
        view.refresh();
        assertThat(view.phrases.getGenericDataView().getItems().map(SafeguardingService.Phrase::phrase)).doesNotContain("sad every day");
        assertThat(safeguarding.concerningPhrase("I am SAD every day")).isEmpty();
    }
}

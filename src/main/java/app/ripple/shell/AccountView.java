package app.ripple.shell;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import app.ripple.school.Languages;
import app.ripple.school.PasswordPolicy;
import app.ripple.school.StaffService;
import app.ripple.school.StaffSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** Every staff member's own settings: password and language. */
@Route("account")
@RolesAllowed({"COORDINATOR", "TEACHER", app.ripple.security.Role.DISTRICT_ADMIN_NAME})
public class AccountView extends Main implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button changePassword = new Button();
    final Select<String> language = new Select<>();
    final Button saveLanguage = new Button();

    final com.vaadin.flow.component.checkbox.Checkbox digest = new com.vaadin.flow.component.checkbox.Checkbox();
    private final StaffService staff;

    AccountView(StaffService staff, app.ripple.dashboard.DigestService digests, app.ripple.school.StaffSsoService sso) {
        this.staff = staff;
        setId("account-view");
        addClassName("ripple-page");
        StaffSummary me = staff.me();
        add(new H1(getTranslation("account.title")));
        if (me.mustChangePassword()) {
            Paragraph must = new Paragraph(getTranslation("account.mustChange"));
            must.setId("account-must-change");
            must.addClassName("ripple-notice");
            add(must);
        }

        current.setLabel(getTranslation("account.password.current"));
        current.setId("account-current-password");
        newPassword.setLabel(getTranslation("account.password.new"));
        newPassword.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        newPassword.setId("account-new-password");
        repeat.setLabel(getTranslation("account.password.repeat"));
        repeat.setId("account-repeat-password");
        changePassword.setText(getTranslation("account.password.save"));
        changePassword.setId("account-change-password");
        changePassword.addThemeVariants(ButtonVariant.PRIMARY);
        changePassword.addClickListener(e -> changePassword());
        FormLayout pw = new FormLayout(current, newPassword, repeat);
        pw.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div pwCard = new Div(new H2(getTranslation("account.password.title")), pw, changePassword);
        pwCard.addClassName("ripple-card");

        language.setLabel(getTranslation("account.language"));
        language.setId("account-language");
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setValue(me.language());
        saveLanguage.setText(getTranslation("account.language.save"));
        saveLanguage.setId("account-save-language");
        saveLanguage.addClickListener(e -> saveLanguage());
        Div langCard = new Div(new H2(getTranslation("account.language.title")), language, saveLanguage);
        langCard.addClassName("ripple-card");

        Div cards = new Div(pwCard, langCard);
        cards.addClassName("ripple-card-grid");
        add(cards);
        if (me.role() == app.ripple.security.Role.DISTRICT_ADMIN) {
            // The weekly digest and school sign-in methods are a school's; a district administrator has neither.
            return;
        }
        digest.setLabel(getTranslation("account.digest.label"));
        digest.setHelperText(getTranslation(digests.available() ? "account.digest.help" : "account.digest.off"));
        digest.setId("account-digest");
        digest.setValue(digests.subscribed());
        digest.setEnabled(digests.available() || digest.getValue());
        digest.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                digests.setSubscribed(e.getValue());
                FieldErrors.Notifications.success(getTranslation("account.digest.saved"));
            }
        });
        Div digestCard = new Div(new H2(getTranslation("account.digest.title")), digest);
        digestCard.addClassName("ripple-card");

        cards.add(digestCard, new SignInMethodsCard(sso.mySignIn()));
    }

    private void changePassword() {
        Map<String, HasValidation> fields = Map.of("current", current, "new", newPassword, "repeat", repeat);
        try {
            staff.changeOwnPassword(current.getValue(), newPassword.getValue(), repeat.getValue());
            FieldErrors.clear(fields);
            current.clear();
            newPassword.clear();
            repeat.clear();
            FieldErrors.Notifications.success(getTranslation("account.password.changed"));
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, fields);
        }
    }

    private void saveLanguage() {
        try {
            staff.changeOwnLanguage(language.getValue());
            VaadinSession.getCurrent().setLocale(Languages.locale(language.getValue()));
            // Rebuild the page so every label switches language at once.
            UI.getCurrent().getPage().reload();
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, Map.of("language", language));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}

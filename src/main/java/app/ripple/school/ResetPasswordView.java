package app.ripple.school;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;

/** The page a reset link opens: a new password, once; a spent or expired link says so. */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();
    private final PasswordResetService resets;
    private final Div card = new Div();
    private String token = "";

    ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        setId("reset-password-view");
        addClassName("ripple-center-page");
        card.addClassNames("ripple-card", "ripple-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> t = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of());
        token = t.isEmpty() ? "" : t.getFirst();
        card.removeAll();
        card.add(new H1(getTranslation("reset.title")));
        if (token.isEmpty() || token.length() > 100 || !resets.isUsable(token)) {
            showInvalid();
            return;
        }
        password.setLabel(getTranslation("account.password.new"));
        password.setHelperText(getTranslation("reset.passwordHelp", PasswordPolicy.MIN_LENGTH));
        password.setId("reset-password");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setWidthFull();
        repeat.setLabel(getTranslation("account.password.repeat"));
        repeat.setId("reset-repeat");
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setWidthFull();
        save.setText(getTranslation("reset.save"));
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                resets.resetPassword(token, password.getValue(), repeat.getValue());
                card.removeAll();
                Paragraph done = new Paragraph(getTranslation("reset.done"));
                done.setId("reset-done");
                Anchor signIn = new Anchor("login", getTranslation("login.submit"));
                signIn.setId("reset-sign-in");
                card.add(new H1(getTranslation("reset.title")), done, signIn);
            } catch (InvalidInputException ex) {
                if (ex.problems().stream().anyMatch(p -> p.field().equals("token"))) {
                    card.removeAll();
                    card.add(new H1(getTranslation("reset.title")));
                    showInvalid();
                } else {
                    FieldErrors.show(this, ex, Map.of("new", password, "repeat", repeat));
                }
            }
        });
        card.add(password, repeat, save);
    }

    private void showInvalid() {
        Paragraph invalid = new Paragraph(getTranslation("reset.linkInvalid"));
        invalid.setId("reset-invalid");
        Anchor again = new Anchor("forgot-password", getTranslation("reset.askAgain"));
        again.setId("reset-ask-again");
        card.add(invalid, again);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title");
    }
}

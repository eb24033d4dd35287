package app.ripple.school;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Forgot password?": asks for the account's address and always answers the same, whether or not an
 * account has it. Without email it says to ask a coordinator (the one-time password fallback).
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends Main implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph done = new Paragraph();

    ForgotPasswordView(PasswordResetService resets) {
        setId("forgot-password-view");
        addClassName("ripple-center-page");
        Div card = new Div();
        card.addClassNames("ripple-card", "ripple-login-card");
        card.add(new H1(getTranslation("reset.forgot.title")));
        Anchor back = new Anchor("login", getTranslation("reset.backToSignIn"));
        back.setId("forgot-back");
        if (!resets.available()) {
            Paragraph off = new Paragraph(getTranslation("reset.emailOff"));
            off.setId("forgot-email-off");
            card.add(off, back);
            add(card);
            return;
        }
        card.add(new Paragraph(getTranslation("reset.forgot.intro")));
        email.setLabel(getTranslation("login.email"));
        email.setId("forgot-email");
        email.setMaxLength(254);
        email.setWidthFull();
        send.setText(getTranslation("reset.forgot.send"));
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        done.setId("forgot-done");
        done.setVisible(false);
        send.addClickListener(e -> {
            resets.requestReset(email.getValue(), clientAddress());
            // The same answer for every address: nobody learns which addresses have accounts.
            done.setText(getTranslation("reset.forgot.done"));
            done.setVisible(true);
            email.setEnabled(false);
            send.setEnabled(false);
        });
        card.add(email, send, done, back);
        add(card);
    }

    private static String clientAddress() {
        VaadinSession session = VaadinSession.getCurrent();
        String address = session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
        return address == null ? "unknown" : address;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.forgot.title");
    }
}

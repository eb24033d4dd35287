package app.ripple.school;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/**
 * On the school settings page, until the installation has a district administrator: name the
 * district and create its first administrator, who can then add schools and appoint their
 * coordinators (docs/district.md). Nothing changes for this school's users.
 */
class TurnIntoDistrictSection extends Div {

    final TextField districtName = new TextField();
    final TextField adminName = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final Button turn = new Button();
    final Paragraph done = new Paragraph();

    TurnIntoDistrictSection(DistrictService district, boolean invitations) {
        setId("turn-into-district");
        addClassNames("ripple-card", "ripple-section");
        Paragraph intro = new Paragraph(getTranslation("district.turn.intro"));
        intro.addClassName("ripple-muted");
        districtName.setLabel(getTranslation("district.setup.districtName"));
        districtName.setId("turn-district-name");
        districtName.setMaxLength(120);
        adminName.setLabel(getTranslation("district.turn.adminName"));
        adminName.setId("turn-admin-name");
        adminName.setMaxLength(100);
        email.setLabel(getTranslation("district.turn.email"));
        email.setId("turn-admin-email");
        password.setLabel(getTranslation("district.turn.password"));
        password.setId("turn-admin-password");
        password.setHelperText(getTranslation(invitations ? "district.turn.password.helpInvite" : "district.turn.password.help",
                PasswordPolicy.MIN_LENGTH));
        turn.setText(getTranslation("district.turn.button"));
        turn.setId("turn-into-district-button");
        turn.addThemeVariants(ButtonVariant.PRIMARY);
        done.setId("turn-into-district-done");
        done.setVisible(false);
        turn.addClickListener(e -> {
            Map<String, HasValidation> fields = Map.of("districtName", districtName, "adminName", adminName, "email", email,
                    "password", password);
            try {
                district.turnIntoDistrict(new DistrictService.TurnIntoDistrictForm(districtName.getValue(), adminName.getValue(),
                        email.getValue(), password.getValue()));
                FieldErrors.clear(fields);
                String who = email.getValue().strip();
                done.setText(getTranslation(password.getValue().isEmpty() ? "district.turn.doneInvite" : "district.turn.done",
                        districtName.getValue().strip(), who));
                done.setVisible(true);
                password.clear();
                for (var c : new com.vaadin.flow.component.Component[] {districtName, adminName, email, password, turn}) {
                    ((com.vaadin.flow.component.HasEnabled) c).setEnabled(false);
                }
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, fields);
            }
        });
        FormLayout form = new FormLayout(districtName, adminName, email, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        add(new H2(getTranslation("district.turn.title")), intro, form, turn, done);
    }
}

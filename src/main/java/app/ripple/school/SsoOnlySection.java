package app.ripple.school;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;

/**
 * School settings: "staff sign in only with the school's provider" (docs/sso.md). Shown only when the
 * installation configures a provider.
 */
class SsoOnlySection extends Div {

    final Checkbox ssoOnly = new Checkbox();
    final Paragraph status = new Paragraph();
    private final StaffSsoService sso;

    SsoOnlySection(StaffSsoService sso) {
        this.sso = sso;
        setId("school-sso-card");
        addClassNames("ripple-card", "ripple-section");
        StaffSsoService.SsoOnlyStatus s = sso.ssoOnlyStatus();
        setVisible(s.providersConfigured());
        ssoOnly.setId("school-sso-only");
        ssoOnly.setLabel(getTranslation("sso.settings.ssoOnly"));
        ssoOnly.setHelperText(getTranslation("sso.settings.ssoOnly.help"));
        ssoOnly.setValue(s.on());
        status.setId("school-sso-status");
        ssoOnly.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                sso.setStaffSsoOnly(e.getValue());
                FieldErrors.Notifications.success(getTranslation(e.getValue() ? "sso.settings.on" : "sso.settings.off"));
            } catch (InvalidInputException ex) {
                ssoOnly.setValue(e.getOldValue());
                FieldErrors.show(this, ex, Map.<String, com.vaadin.flow.component.HasValidation>of());
            }
            showStatus(sso.ssoOnlyStatus());
        });
        showStatus(s);
        add(new H2(getTranslation("sso.settings.title")), ssoOnly, status);
    }

    private void showStatus(StaffSsoService.SsoOnlyStatus s) {
        status.setText(s.on() ? getTranslation("sso.settings.breakGlass", s.breakGlassName() == null ? "" : s.breakGlassName())
                : s.callerHasSignedInThroughProvider() ? getTranslation("sso.settings.ready")
                        : getTranslation("sso.settings.signInFirst"));
    }
}

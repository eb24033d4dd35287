package app.ripple.school;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import app.ripple.security.Role;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** The district administrator: the defaults every school starts with and follows unless it chose its own. */
@Route("district/settings")
@RolesAllowed(Role.DISTRICT_ADMIN_NAME)
@Menu(order = 130, title = "nav.districtSettings", icon = "vaadin:cogs")
class DistrictSettingsView extends Main implements HasDynamicTitle {

    final Select<String> language = new Select<>();
    final Select<String> paperSize = new Select<>();
    final IntegerField retentionMonths = new IntegerField();
    final TextArea trustedAdult = new TextArea();
    final Button save = new Button();
    final Paragraph outcome = new Paragraph();

    DistrictSettingsView(DistrictDefaultsService defaults) {
        setId("district-settings-view");
        addClassName("ripple-page");
        DistrictDefaultsService.Defaults d = defaults.defaults();
        SchoolFields.language(language, "district-language", d.defaultLanguage());
        SchoolFields.paperSize(paperSize, "district-paper-size", d.paperSize());
        retentionMonths.setLabel(getTranslation("district.settings.retention"));
        retentionMonths.setHelperText(getTranslation("district.settings.retention.help"));
        retentionMonths.setId("district-retention");
        retentionMonths.setMin(SchoolService.RETENTION_MIN_MONTHS);
        retentionMonths.setMax(SchoolService.RETENTION_MAX_MONTHS);
        retentionMonths.setValue(d.retentionMonths());
        trustedAdult.setLabel(getTranslation("district.settings.trustedAdult"));
        trustedAdult.setHelperText(getTranslation("district.settings.trustedAdult.help"));
        trustedAdult.setId("district-trusted-adult");
        trustedAdult.setMaxLength(500);
        trustedAdult.setValue(d.trustedAdultText() == null ? "" : d.trustedAdultText());
        save.setText(getTranslation("action.save"));
        save.setId("district-settings-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        outcome.setId("district-settings-outcome");
        Map<String, HasValidation> fields = Map.of("language", language, "paperSize", paperSize,
                "retentionMonths", retentionMonths, "trustedAdult", trustedAdult);
        save.addClickListener(e -> {
            try {
                DistrictDefaultsService.Applied applied = defaults.update(new DistrictDefaultsService.Defaults(language.getValue(),
                        paperSize.getValue(), retentionMonths.getValue(), trustedAdult.getValue()));
                FieldErrors.clear(fields);
                outcome.setText(getTranslation("district.settings.saved", applied.following(), applied.ownChoice()));
                FieldErrors.Notifications.success(getTranslation("school.saved"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, fields);
            }
        });
        FormLayout form = new FormLayout(language, paperSize, retentionMonths, trustedAdult);
        Div card = new Div(form, save, outcome);
        card.addClassNames("ripple-card", "ripple-section");
        add(new H1(getTranslation("district.settings.title")), new Paragraph(getTranslation("district.settings.help")), card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("district.settings.title");
    }
}

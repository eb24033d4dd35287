package app.ripple.safeguarding;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/** Coordinators: the concerning words and phrases, and the "talk to a trusted adult" text students see. */
@Route("school/safeguarding")
@RolesAllowed("COORDINATOR")
@Menu(order = 85, title = "nav.safeguarding", icon = "vaadin:shield")
class SafeguardingView extends Main implements HasDynamicTitle {

    final TextArea trustedAdult = new TextArea();
    final Button saveText = new Button();
    final Grid<AlertSettingsService.Contact> contacts = new Grid<>();
    final com.vaadin.flow.component.combobox.ComboBox<AlertSettingsService.StaffOption> contactStaff =
            new com.vaadin.flow.component.combobox.ComboBox<>();
    final Button addStaffContact = new Button();
    final TextField contactAddress = new TextField();
    final Button addAddressContact = new Button();
    final com.vaadin.flow.component.textfield.IntegerField escalationHours = new com.vaadin.flow.component.textfield.IntegerField();
    final Button saveHours = new Button();
    private final SafeguardingService safeguarding;
    private final AlertSettingsService alertSettings;
    final PhraseList phraseList;

    SafeguardingView(SafeguardingService safeguarding, AlertSettingsService alertSettings) {
        this.safeguarding = safeguarding;
        this.alertSettings = alertSettings;
        setId("safeguarding-view");
        addClassName("ripple-page");

        trustedAdult.setLabel(getTranslation("safeguarding.trustedAdult"));
        trustedAdult.setHelperText(getTranslation("safeguarding.trustedAdult.help"));
        trustedAdult.setId("safeguarding-trusted-adult");
        trustedAdult.setMaxLength(500);
        trustedAdult.setWidthFull();
        String current = safeguarding.trustedAdultText();
        trustedAdult.setValue(current == null ? "" : current);
        trustedAdult.setPlaceholder(getTranslation("record.trustedAdult.text"));
        saveText.setText(getTranslation("action.save"));
        saveText.setId("safeguarding-save-text");
        saveText.addClickListener(e -> {
            try {
                safeguarding.setTrustedAdultText(trustedAdult.getValue());
                FieldErrors.Notifications.success(getTranslation("school.saved"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, Map.of("trustedAdult", trustedAdult));
            }
        });
        Div card = new Div(new H2(getTranslation("safeguarding.card")), trustedAdult, saveText);
        card.addClassNames("ripple-card", "ripple-section");

        PhraseList list = new PhraseList(safeguarding);
        phraseList = list;
        add(new H1(getTranslation("safeguarding.title")), card, alertsCard(), list);
        refresh();
    }

    /** Who is emailed about new items, and when unacknowledged items are escalated. */
    private Div alertsCard() {
        Div alerts = new Div(new H2(getTranslation("alerts.title")), new Paragraph(getTranslation("alerts.help")));
        alerts.setId("safeguarding-alerts");
        alerts.addClassNames("ripple-card", "ripple-section");
        if (!alertSettings.emailOn()) {
            Paragraph off = new Paragraph(getTranslation("alerts.emailOff"));
            off.setId("safeguarding-alerts-email-off");
            off.addClassName("ripple-muted");
            alerts.add(off);
        }
        contacts.setId("safeguarding-contacts");
        contacts.setAriaLabel(getTranslation("alerts.contacts"));
        contacts.addColumn(AlertSettingsService.Contact::label).setHeader(getTranslation("alerts.contacts")).setFlexGrow(1);
        contacts.addComponentColumn(c -> {
            Button remove = new Button(getTranslation("roster.remove"), e -> {
                alertSettings.removeContact(c.id());
                refresh();
            });
            remove.setId("safeguarding-contact-remove-" + c.id());
            remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            return remove;
        }).setKey("actions").setAutoWidth(true);
        contacts.setAllRowsVisible(true);
        contactStaff.setLabel(getTranslation("alerts.staff"));
        contactStaff.setId("safeguarding-contact-staff");
        contactStaff.setItems(alertSettings.staffOptions());
        contactStaff.setItemLabelGenerator(o -> o.name() + " <" + o.email() + ">");
        addStaffContact.setText(getTranslation("alerts.addStaff"));
        addStaffContact.setId("safeguarding-contact-add-staff");
        addStaffContact.addClickListener(e -> {
            if (contactStaff.getValue() != null) {
                alertSettings.addStaffContact(contactStaff.getValue().id());
                contactStaff.clear();
                refresh();
            }
        });
        contactAddress.setLabel(getTranslation("alerts.address"));
        contactAddress.setId("safeguarding-contact-address");
        contactAddress.setMaxLength(254);
        addAddressContact.setText(getTranslation("alerts.addAddress"));
        addAddressContact.setId("safeguarding-contact-add-address");
        addAddressContact.addClickListener(e -> {
            try {
                alertSettings.addAddressContact(contactAddress.getValue());
                FieldErrors.clear(Map.of("address", contactAddress));
                contactAddress.clear();
                refresh();
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, Map.of("address", contactAddress));
            }
        });
        escalationHours.setLabel(getTranslation("alerts.hours"));
        escalationHours.setHelperText(getTranslation("alerts.hours.help"));
        escalationHours.setId("safeguarding-escalation-hours");
        escalationHours.setMin(AlertSettingsService.MIN_HOURS);
        escalationHours.setMax(AlertSettingsService.MAX_HOURS);
        escalationHours.setValue(alertSettings.escalationHours());
        saveHours.setText(getTranslation("action.save"));
        saveHours.setId("safeguarding-escalation-save");
        saveHours.addClickListener(e -> {
            try {
                alertSettings.setEscalationHours(escalationHours.getValue());
                FieldErrors.clear(Map.of("hours", escalationHours));
                FieldErrors.Notifications.success(getTranslation("school.saved"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, Map.of("hours", escalationHours));
            }
        });
        HorizontalLayout staffRow = new HorizontalLayout(contactStaff, addStaffContact);
        staffRow.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        HorizontalLayout addressRow = new HorizontalLayout(contactAddress, addAddressContact);
        addressRow.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        HorizontalLayout hoursRow = new HorizontalLayout(escalationHours, saveHours);
        hoursRow.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        alerts.add(contacts, staffRow, addressRow, hoursRow);
        return alerts;
    }

    void refresh() {
        phraseList.refresh();
        contacts.setItems(alertSettings.contacts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("safeguarding.title");
    }
}

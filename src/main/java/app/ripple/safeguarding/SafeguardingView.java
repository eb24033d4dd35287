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

    final Grid<SafeguardingService.Phrase> phrases = new Grid<>();
    final Select<String> language = new Select<>();
    final TextField phrase = new TextField();
    final Button add = new Button();
    final TextArea trustedAdult = new TextArea();
    final Button saveText = new Button();
    private final SafeguardingService safeguarding;

    SafeguardingView(SafeguardingService safeguarding) {
        this.safeguarding = safeguarding;
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

        phrases.setId("safeguarding-phrases");
        phrases.setAriaLabel(getTranslation("safeguarding.phrases"));
        phrases.addColumn(p -> getTranslation("language." + p.language())).setHeader(getTranslation("account.language")).setAutoWidth(true);
        phrases.addColumn(SafeguardingService.Phrase::phrase).setHeader(getTranslation("safeguarding.phrase")).setFlexGrow(1);
        phrases.addComponentColumn(p -> {
            Button remove = new Button(getTranslation("roster.remove"), e -> {
                safeguarding.removePhrase(p.id());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            return remove;
        }).setKey("actions").setAutoWidth(true);
        phrases.setHeight("360px");
        language.setLabel(getTranslation("account.language"));
        language.setId("safeguarding-language");
        language.setItems(List.of("en", "es"));
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setValue(getLocale().getLanguage().equals("es") ? "es" : "en");
        phrase.setLabel(getTranslation("safeguarding.phrase"));
        phrase.setId("safeguarding-phrase");
        phrase.setMaxLength(100);
        add.setText(getTranslation("safeguarding.add"));
        add.setId("safeguarding-add");
        add.addClickListener(e -> {
            Map<String, HasValidation> fields = Map.of("phrase", phrase, "language", language);
            try {
                safeguarding.addPhrase(language.getValue(), phrase.getValue());
                FieldErrors.clear(fields);
                phrase.clear();
                refresh();
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, fields);
            }
        });
        HorizontalLayout addRow = new HorizontalLayout(language, phrase, add);
        addRow.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        Div list = new Div(new H2(getTranslation("safeguarding.phrases")), new Paragraph(getTranslation("safeguarding.phrases.help")),
                addRow, phrases);
        list.addClassNames("ripple-card", "ripple-section");
        add(new H1(getTranslation("safeguarding.title")), card, list);
        refresh();
    }

    void refresh() {
        phrases.setItems(safeguarding.phrases());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("safeguarding.title");
    }
}

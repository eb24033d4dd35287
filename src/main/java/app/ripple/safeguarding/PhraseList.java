package app.ripple.safeguarding;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;

/**
 * The concern phrases with a form to add one: on a coordinator's safeguarding page (the district's
 * phrases, marked, and the school's own) and on the district administrator's (the district's list).
 */
class PhraseList extends Div {

    final Grid<SafeguardingService.Phrase> phrases = new Grid<>();
    final Select<String> language = new Select<>();
    final TextField phrase = new TextField();
    final Button add = new Button();
    private final SafeguardingService safeguarding;

    PhraseList(SafeguardingService safeguarding) {
        this.safeguarding = safeguarding;
        phrases.setId("safeguarding-phrases");
        phrases.setAriaLabel(getTranslation("safeguarding.phrases"));
        phrases.addColumn(p -> getTranslation("language." + p.language())).setHeader(getTranslation("account.language")).setAutoWidth(true);
        phrases.addColumn(SafeguardingService.Phrase::phrase).setHeader(getTranslation("safeguarding.phrase")).setFlexGrow(1);
        phrases.addComponentColumn(p -> {
            if (p.districtWide() && !safeguarding.mayChangeDistrictList()) {
                return new Span(getTranslation("safeguarding.phrase.district"));
            }
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
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("safeguarding.phrases")), new Paragraph(getTranslation(
                safeguarding.mayChangeDistrictList() ? "safeguarding.phrases.help" : "safeguarding.phrases.help.school")),
                addRow, phrases);
        addClassNames("ripple-card", "ripple-section");
    }

    void refresh() {
        phrases.setItems(safeguarding.phrases());
    }
}

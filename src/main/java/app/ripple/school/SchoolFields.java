package app.ripple.school;

import com.vaadin.flow.component.select.Select;
import java.util.List;

/** The language and paper-size choices the school's, the district's and the first-run forms share. */
final class SchoolFields {

    static final List<String> PAPER_SIZES = List.of("A4", "LETTER");

    private SchoolFields() {
    }

    static void language(Select<String> language, String id, String value) {
        language.setLabel(language.getTranslation("setup.language"));
        language.setId(id);
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> language.getTranslation("language." + l));
        language.setValue(value);
    }

    static void paperSize(Select<String> paperSize, String id, String value) {
        paperSize.setLabel(paperSize.getTranslation("school.paperSize"));
        paperSize.setId(id);
        paperSize.setItems(PAPER_SIZES);
        paperSize.setItemLabelGenerator(p -> paperSize.getTranslation("school.paperSize." + p));
        paperSize.setValue(value);
    }
}

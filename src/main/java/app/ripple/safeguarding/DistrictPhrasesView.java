package app.ripple.safeguarding;

import app.ripple.security.Role;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The district administrator: the concern phrases every school of the district uses. */
@Route("district/phrases")
@RolesAllowed(Role.DISTRICT_ADMIN_NAME)
@Menu(order = 4, title = "nav.districtPhrases", icon = "vaadin:shield")
class DistrictPhrasesView extends Main implements HasDynamicTitle {

    final PhraseList phraseList;

    DistrictPhrasesView(SafeguardingService safeguarding) {
        setId("district-phrases-view");
        addClassName("ripple-page");
        phraseList = new PhraseList(safeguarding);
        add(new H1(getTranslation("district.phrases.title")), new Paragraph(getTranslation("district.phrases.help")), phraseList);
        phraseList.refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("district.phrases.title");
    }
}

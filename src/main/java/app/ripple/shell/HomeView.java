package app.ripple.shell;

import app.ripple.classroom.ClassService;
import app.ripple.dashboard.HomeCardService;
import app.ripple.dashboard.HomeCards;
import app.ripple.school.SchoolService;
import app.ripple.school.StaffService;
import app.ripple.school.StaffSummary;
import app.ripple.school.TermInfo;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import app.ripple.security.Role;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The staff home: the term, the caller's classes and a card of figures per class they teach (dashboard feature).
 * A district administrator, who has no school home, lands on the district's schools page instead
 * (sign-in sends everybody here).
 */
@Route("")
@RolesAllowed({"COORDINATOR", "TEACHER", Role.DISTRICT_ADMIN_NAME})
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
class HomeView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** The district administrator's landing page (the district's schools). */
    static final String DISTRICT_HOME = "district";

    private final boolean districtAdmin;

    HomeView(StaffService staff, SchoolService school, ClassService classes, HomeCardService dashboards,
            AuthenticationContext authentication) {
        setId("home-view");
        addClassName("ripple-page");
        districtAdmin = authentication.hasRole(Role.DISTRICT_ADMIN_NAME);
        if (districtAdmin) {
            return;
        }
        StaffSummary me = staff.me();
        H1 hello = new H1(getTranslation("home.hello", me.name()));
        hello.setId("home-greeting");
        add(hello);

        Div cards = new Div();
        cards.addClassName("ripple-card-grid");
        Div term = card(getTranslation("home.term.title"), school.currentTerm()
                .map(t -> getTranslation("home.term.current", t.name(), format(t), daysLeft(t, school)))
                .orElse(getTranslation("home.term.none")));
        term.setId("home-term");
        cards.add(term);
        Div mine = card(getTranslation("home.classes.title"), classes.myClasses(false).isEmpty()
                ? getTranslation("home.classes.empty") : getTranslation("home.classes.intro"));
        mine.setId("home-classes");
        UnorderedList list = new UnorderedList();
        classes.myClasses(false).forEach(c -> list.add(new ListItem(new Anchor("classes/" + c.id(), c.name()))));
        mine.add(list);
        cards.add(mine);
        cards.add(card(getTranslation("home.idea.title"), getTranslation("home.idea.text")));
        add(cards);
        add(new HomeCards(dashboards));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (districtAdmin) {
            event.forwardTo(DISTRICT_HOME);
        }
    }

    private Div card(String title, String text) {
        Div card = new Div(new H2(title), new Paragraph(text));
        card.addClassName("ripple-card");
        return card;
    }

    private String format(TermInfo t) {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        return f.format(t.startDate()) + " – " + f.format(t.endDate());
    }

    private long daysLeft(TermInfo t, SchoolService school) {
        return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(school.today(), t.endDate()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}

package app.ripple.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The district overview page, browserless: two schools by name, a chart with its table each, downloads, the note. */
class DistrictOverviewViewTest extends ViewTest {

    @org.springframework.beans.factory.annotation.Autowired DistrictOverviewService overviews;
    @org.springframework.beans.factory.annotation.Autowired DistrictTermReport report;
    long admin;
    long coordinator;
    long alder;

    @BeforeEach
    void district() {
        fixtures.reset();
        coordinator = fixtures.school();
        var jdbc = fixtures.jdbc();
        alder = jdbc.sql("""
                insert into school (district_id, name, time_zone, default_language, created_at)
                values ((select min(id) from district), 'Alder School', 'Europe/Madrid', 'en', now()) returning id""")
                .query(Long.class).single();
        admin = jdbc.sql("""
                insert into staff_account (school_id, name, email, password_hash, role, language, active, must_change_password, created_at)
                values (null, 'Dana District', 'district@test.example', 'not-a-hash', 'DISTRICT_ADMIN', 'en', true, false, now())
                returning id""").query(Long.class).single();
    }

    @Test
    void theDistrictAdministratorSeesEverySchoolByNameWithChartsAndDownloads() {
        fixtures.signIn(admin);
        open();
        assertThat(find(H1.class).withId("district-heading").single().getText()).isEqualTo("District overview");
        assertThat(find(Paragraph.class).withId("district-honesty").single().getText()).contains("not a ranking",
                "small numbers cannot prove");
        @SuppressWarnings("unchecked")
        Grid<DistrictRecords.SchoolFigures> grid = find(Grid.class).withId("district-grid").single();
        assertThat(grid.getGenericDataView().getItems().map(DistrictRecords.SchoolFigures::schoolName).toList())
                .containsExactly("Alder School", "Test School");
        long testSchool = fixtures.jdbc().sql("select min(id) from school").query(Long.class).single();
        for (long school : new long[] {alder, testSchool}) {
            Div panel = find(Div.class).withId("district-school-" + school).single();
            // the accessible alternative: the same numbers as a table
            assertThat(panel.getElement().toString()).contains("<table id=\"district-school-" + school + "-table\"");
        }
        assertThat(find(Paragraph.class).withId("district-attitude-none").single().getText()).contains("at least 5");
        assertThat(find(Anchor.class).withId("district-csv").exists()).isTrue();
        assertThat(find(Anchor.class).withId("district-pdf").exists()).isTrue();
        assertThat(find(Div.class).withId("district-summary").single().getElement().toString()).contains("Open schools", ">2<");
    }

    /**
     * The page itself, attached to the UI. (Navigating to it as a district administrator also needs the
     * staff shell, MainLayout, to admit district administrators: the district pages' work, docs/district.md.)
     */
    private void open() {
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new DistrictOverviewView(overviews, report));
        roundTrip();
    }

    @Test
    void aCoordinatorDoesNotGetThePage() {
        fixtures.signIn(coordinator);
        UI.getCurrent().navigate("district/overview");
        assertThat(getCurrentView()).isNotInstanceOf(DistrictOverviewView.class);
    }

    @Test
    void theSpanishPageIsInSpanish() {
        fixtures.signIn(admin);
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("es"));
        open();
        assertThat(find(H1.class).withId("district-heading").single().getText()).isEqualTo("Vista del distrito");
    }
}

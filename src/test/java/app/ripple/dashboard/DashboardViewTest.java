package app.ripple.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DashboardViewTest extends ViewTest {

    @org.springframework.beans.factory.annotation.Autowired HomeCardService homeCards;
    @org.springframework.beans.factory.annotation.Autowired ClassDashboardService classDashboards;
    @org.springframework.beans.factory.annotation.Autowired SchoolOverviewService overview;
    DashboardFixtures f;

    @BeforeEach
    void school() {
        f = new DashboardFixtures(fixtures).build();
        UI.getCurrent().navigate("");
    }

    private <T extends Component> T byId(Class<T> type, String id) {
        return find(type).withId(id).single();
    }

    private String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        UI.getCurrent().navigate("classes/" + f.robins + "/dashboard");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
        UI.getCurrent().navigate("school");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }

    @Test
    void theHomePageHasACardPerClassWithItsFigures() {
        signInAs(f.tess);
        assertThat(find(Div.class).withId("home-card-" + f.robins).exists()).isTrue();
        assertThat(find(Div.class).withId("home-card-" + f.owls).exists()).isFalse();
        Div card = byId(Div.class, "home-card-" + f.robins);
        // the same lesson figures as the class dashboard and the school overview
        assertThat(byId(Paragraph.class, "home-card-" + f.robins + "-lessons").getText())
                .isEqualTo("Lesson completion: 4 of 5 lessons due so far delivered (80%)");
        assertThat(byId(Paragraph.class, "home-card-" + f.robins + "-plan").getText())
                .isEqualTo("Term plan: 4 of 7 lessons delivered (57%)");
        assertThat(byId(Paragraph.class, "home-card-" + f.robins + "-participation").getText())
                .isEqualTo("Average lesson participation this term: 80%");
        assertThat(text(card)).contains("Autumn kindness: 5 of 20", "3 acts this week (last week: 2)",
                "Next lesson: Dec 1, 2026, My mind matters too",
                "Attitude check (after) open: 1 of 4 students answered");
        Anchor waiting = byId(Anchor.class, "home-card-" + f.robins + "-waiting");
        assertThat(waiting.getHref()).isEqualTo("moderation");
        assertThat(waiting.getText()).contains("2 to approve, 1 needing attention");
        assertThat(byId(Anchor.class, "home-card-" + f.robins + "-dashboard").getHref())
                .isEqualTo("classes/" + f.robins + "/dashboard");
    }

    @Test
    void theClassDashboardShowsChartsWithSummariesAndTablesForTheTerm() {
        signInAs(f.tess);
        open("classes/" + f.robins + "/dashboard");
        assertThat(getCurrentView()).isInstanceOf(ClassDashboardView.class);
        assertThat(byId(Select.class, "dashboard-period").getValue()).isEqualTo(ClassDashboardView.Period.THIS_TERM);
        assertThat(byId(Svg.class, "chart-weeks-svg").getElement().toString()).contains("role=\"img\"");
        assertThat(byId(Paragraph.class, "chart-weeks-summary").getText()).startsWith("7 acts in 13 weeks.");
        assertThat(byId(Paragraph.class, "chart-mix-summary").getText()).isEqualTo("Most acts were \"Kind to others\": 3 of 7.");
        Html table = byId(Html.class, "chart-mix-table");
        assertThat(table.getInnerHtml()).contains("<th scope=\"row\">Kind to myself</th>", "2 (29%)");
        assertThat(byId(Paragraph.class, "dashboard-self-text").getText()).startsWith("1 of 4 students");
        assertThat(text(byId(UnorderedList.class, "dashboard-quiet-list"))).isEqualTo("Dora P.");
        assertThat(byId(Paragraph.class, "dashboard-lessons-completion").getText())
                .isEqualTo("Lesson completion: 4 of 5 lessons due so far delivered (80%)");
        assertThat(byId(Paragraph.class, "dashboard-lessons-plan-progress").getText())
                .isEqualTo("Term plan: 4 of 7 lessons delivered (57%)");
        assertThat(byId(Paragraph.class, "dashboard-lessons-summary").getText())
                .isEqualTo("4 lessons delivered in this period; average participation 80%.");
        String lessons = byId(Html.class, "dashboard-lessons-table").getInnerHtml();
        assertThat(lessons.split("<tr>")).hasSize(1 + 1 + 5); // before the first row, the header, 5 students
        assertThat(lessons).contains("<tr><th scope=\"row\">Ana M.</th><td>3</td><td>4</td><td>1</td><td>75%</td></tr>")
                .contains("<th scope=\"row\">Dan S. (left the class)</th>");
    }

    @Test
    void thePeriodFilterChangesTheFigures() {
        signInAs(f.tess);
        open("classes/" + f.robins + "/dashboard");
        @SuppressWarnings("unchecked")
        Select<ClassDashboardView.Period> period = byId(Select.class, "dashboard-period");
        test(period).selectItem("This week");
        assertThat(byId(Paragraph.class, "chart-weeks-summary").getText()).startsWith("3 acts in 1 weeks.");
        test(period).selectItem("This month");
        assertThat(byId(Paragraph.class, "chart-weeks-summary").getText()).startsWith("6 acts in 5 weeks.");
        test(period).selectItem("Choose dates");
        DatePicker from = byId(DatePicker.class, "dashboard-from");
        DatePicker to = byId(DatePicker.class, "dashboard-to");
        assertThat(from.isVisible()).isTrue();
        test(from).setValue(LocalDate.of(2026, 11, 16));
        test(to).setValue(LocalDate.of(2026, 11, 10));
        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("dashboard-range-error").single().getText())
                .isEqualTo("The end date is before the start date.");
        test(to).setValue(LocalDate.of(2026, 11, 22));
        assertThat(byId(Paragraph.class, "chart-weeks-summary").getText()).startsWith("2 acts in 1 weeks.");
    }

    @Test
    void aTeacherCannotOpenAnotherTeachersClassDashboardByUrl() {
        signInAs(f.bob);
        open("classes/" + f.robins + "/dashboard");
        assertThat(getCurrentView()).isNotInstanceOf(ClassDashboardView.class);
        assertThat(find(Div.class).withId("dashboard-content").exists()).isFalse();
        open("classes/" + f.owls + "/dashboard");
        assertThat(getCurrentView()).isInstanceOf(ClassDashboardView.class);
    }

    @Test
    void theSchoolOverviewIsForCoordinatorsOnly() {
        signInAs(f.tess);
        open("school");
        assertThat(getCurrentView()).isNotInstanceOf(SchoolOverviewView.class);
    }

    @Test
    void aCoordinatorSeesEveryClassOfTheTermWithChartsAndACsvDownload() {
        signInAs(f.coordinator);
        open("school");
        assertThat(getCurrentView()).isInstanceOf(SchoolOverviewView.class);
        @SuppressWarnings("unchecked")
        Grid<DashboardRecords.ClassRow> grid = byId(Grid.class, "school-grid");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Tess Teacher");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("7");
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("4 of 5 (80%)");
        assertThat(test(grid).getCellText(0, 6)).isEqualTo("4 of 7 (57%)");
        assertThat(test(grid).getCellText(1, 5)).isEqualTo("–");
        assertThat(byId(Svg.class, "chart-school-weeks-svg").getElement().toString()).contains("Class 3 Owls");
        assertThat(byId(Paragraph.class, "chart-school-completion-summary").getText()).contains("classes without any due yet: 1");
        assertThat(find(Anchor.class).withId("school-csv").exists()).isTrue();
        // the menu offers the overview to coordinators
        assertThat(find(com.vaadin.flow.component.sidenav.SideNav.class).single().getItems().stream()
                .map(i -> i.getPath()).toList()).contains("school");
    }

    @Test
    void theCsvQuotesAndDefusesCells() {
        signInAs(f.coordinator);
        String o = SchoolCsv.csv(overview.schoolOverviewForExport(null), new String[] {"Class", "Teachers", "Students",
                "Acts", "Delivered", "Due", "Completion", "In plan", "Plan progress", "=Participation, %"});
        assertThat(o).startsWith("\uFEFFClass,Teachers").contains(",\"'=Participation, %\"\r\n").contains("Class 2 Robins,Tess Teacher,4,7,4,5,80.0,7,57.1,80.0\r\n")
                .contains("Class 3 Owls,Bob Teacher,1,1,0,0,,0,,\r\n");
    }

    @Test
    void theClassPageLinksToTheDashboard() {
        signInAs(f.tess);
        open("classes/" + f.robins);
        assertThat(byId(Anchor.class, "class-dashboard-link").getHref()).isEqualTo("classes/" + f.robins + "/dashboard");
    }
}

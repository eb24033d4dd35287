package app.ripple.dashboard;

import app.ripple.lesson.LessonProgressText;
import app.ripple.dashboard.DashboardRecords.ClassRow;
import app.ripple.dashboard.DashboardRecords.SchoolOverview;
import app.ripple.dashboard.DashboardRecords.TermChoice;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The coordinator's overview of every class in a term: one table (also as CSV) and two charts.
 * Classes are listed by name; no student appears here at all.
 */
@Route("school")
@RolesAllowed("COORDINATOR")
@Menu(order = 5, title = "dashboard.nav.school", icon = "vaadin:chart")
@StyleSheet("styles/dashboard.css")
class SchoolOverviewView extends Main implements HasDynamicTitle {

    private final SchoolOverviewService dashboards;
    private final Select<TermChoice> term = new Select<>();
    private final Div content = new Div();

    SchoolOverviewView(SchoolOverviewService dashboards) {
        this.dashboards = dashboards;
        setId("school-overview");
        addClassNames("ripple-page", "ripple-dashboard");
        H1 heading = new H1(getTranslation("dashboard.school.title"));
        heading.setId("school-heading");
        term.setId("school-term");
        term.setLabel(getTranslation("dashboard.school.term"));
        term.setItemLabelGenerator(TermChoice::name);
        term.setEmptySelectionAllowed(false);
        Div filter = new Div(term);
        filter.addClassName("ripple-dashboard-filter");
        content.setId("school-content");
        content.addClassName("ripple-dashboard-grid");
        add(heading, filter, content);

        SchoolOverview first = dashboards.schoolOverview(null);
        term.setItems(first.terms());
        if (first.term() != null) {
            term.setValue(first.term());
        }
        term.setVisible(!first.terms().isEmpty());
        show(first);
        term.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getOldValue() != null) {
                show(dashboards.schoolOverview(e.getValue().id()));
            }
        });
    }

    private void show(SchoolOverview o) {
        content.removeAll();
        DashboardCharts charts = new DashboardCharts(this, getLocale());
        Paragraph showing = new Paragraph(getTranslation("dashboard.showing", charts.date(o.range().from()),
                charts.date(o.range().to())));
        showing.addClassName("ripple-muted");
        showing.setId("school-showing");
        content.add(showing);
        if (o.classes().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.school.noClasses"));
            none.setId("school-no-classes");
            content.add(none);
            return;
        }
        Div tableCard = new Div();
        tableCard.addClassNames("ripple-card", "ripple-dashboard-wide");
        tableCard.setId("school-table-card");
        Grid<ClassRow> grid = new Grid<>();
        grid.setId("school-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(c -> new Anchor("classes/" + c.classId() + "/dashboard", c.className()))
                .setHeader(getTranslation("dashboard.school.class")).setFlexGrow(2);
        grid.addColumn(ClassRow::teachers).setHeader(getTranslation("dashboard.school.teachers")).setFlexGrow(2);
        grid.addColumn(ClassRow::students).setHeader(getTranslation("dashboard.school.students"));
        grid.addColumn(ClassRow::acts).setHeader(getTranslation("dashboard.chart.acts"));
        grid.addColumn(c -> c.lessons().delivered()).setHeader(getTranslation("lessons.progress.delivered"));
        grid.addColumn(c -> LessonProgressText.completionCell(c.lessons().progress(), getLocale(), this::getTranslation))
                .setHeader(getTranslation("lessons.progress.completion.name"));
        grid.addColumn(c -> LessonProgressText.planProgressCell(c.lessons().progress(), getLocale(), this::getTranslation))
                .setHeader(getTranslation("lessons.progress.plan.name"));
        grid.addColumn(c -> LessonProgressText.percent(c.lessons().averageDose(), getLocale()))
                .setHeader(getTranslation("dashboard.lessons.averageDose"));
        grid.setItems(o.classes());
        grid.setAllRowsVisible(o.classes().size() <= 30);
        grid.setAriaLabel(getTranslation("dashboard.school.table"));
        tableCard.add(grid, csvLink(o.term()));
        String tableLabel = getTranslation("dashboard.showTable");
        content.add(tableCard, new ChartPanel("chart-school-weeks", charts.schoolActsPerWeek(o), tableLabel),
                new ChartPanel("chart-school-completion", charts.schoolCompletion(o), tableLabel));
    }

    private Anchor csvLink(@Nullable TermChoice t) {
        Long termId = t == null ? null : t.id();
        Locale locale = getLocale();
        DashboardCharts charts = new DashboardCharts(this, locale);
        String[] headers = {getTranslation("dashboard.school.class"), getTranslation("dashboard.school.teachers"),
                getTranslation("dashboard.school.students"), getTranslation("dashboard.chart.acts"),
                getTranslation("lessons.progress.delivered"), getTranslation("lessons.progress.due"),
                getTranslation("lessons.progress.completion.name"), getTranslation("lessons.progress.inPlan"),
                getTranslation("lessons.progress.plan.name"), getTranslation("dashboard.lessons.averageDose")};
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = SchoolCsv.csv(dashboards.schoolOverviewForExport(termId), headers).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "school-overview.csv", "text/csv", csv.length);
        }), "");
        link.add(VaadinIcon.DOWNLOAD.create(), new com.vaadin.flow.component.html.Span(getTranslation("dashboard.school.csv")));
        link.setId("school-csv");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.school.title");
    }
}

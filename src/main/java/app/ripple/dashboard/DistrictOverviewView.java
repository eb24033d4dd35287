package app.ripple.dashboard;

import app.ripple.chart.CategoryChart;
import app.ripple.chart.Series;
import app.ripple.chart.ValueFormat;
import app.ripple.dashboard.DistrictRecords.DistrictOverview;
import app.ripple.dashboard.DistrictRecords.DistrictTotals;
import app.ripple.dashboard.DistrictRecords.SchoolAttitude;
import app.ripple.dashboard.DistrictRecords.SchoolFigures;
import app.ripple.lesson.LessonProgressText;
import app.ripple.lesson.attitude.PairedAnalysis;
import app.ripple.security.Role;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The district administrator's overview of every open school (docs/district.md): a summary, one table
 * row per school, a small acts-per-week chart per school (each with its table), attitude results only
 * where a school has at least 5 pairs, and the CSV and PDF downloads. Schools are listed by name: it
 * is not a ranking, and nothing here is about a class or a student.
 */
@Route("district/overview")
@RolesAllowed(Role.DISTRICT_ADMIN_NAME)
@Menu(order = 2, title = "district.overview.nav", icon = "vaadin:chart-grid")
@StyleSheet("styles/dashboard.css")
class DistrictOverviewView extends Main implements HasDynamicTitle {

    private final DistrictOverviewService overviews;
    private final DistrictTermReport report;

    DistrictOverviewView(DistrictOverviewService overviews, DistrictTermReport report) {
        this.overviews = overviews;
        this.report = report;
        setId("district-overview");
        addClassNames("ripple-page", "ripple-dashboard");
        Locale locale = getLocale();
        DistrictOverview o = overviews.districtOverview(locale);
        H1 heading = new H1(getTranslation("district.overview.title"));
        heading.setId("district-heading");
        Paragraph honesty = new Paragraph(getTranslation("district.overview.honesty", PairedAnalysis.MIN_GROUP));
        honesty.setId("district-honesty");
        honesty.addClassName("ripple-muted");
        Div content = new Div();
        content.setId("district-content");
        content.addClassName("ripple-dashboard-grid");
        add(heading, honesty, content);
        if (o.schools().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("district.overview.noSchools"));
            none.setId("district-no-schools");
            content.add(none);
            return;
        }
        content.add(summary(o.totals(), locale), schoolTable(o, locale));
        Div attitude = attitude(o, locale);
        content.add(attitude);
        DashboardCharts charts = new DashboardCharts(this, locale);
        String tableLabel = getTranslation("dashboard.showTable");
        for (SchoolFigures s : o.schools()) {
            content.add(new ChartPanel("district-school-" + s.schoolId(), weeks(s, charts, locale), tableLabel));
        }
    }

    private Div summary(DistrictTotals t, Locale locale) {
        Div card = new Div();
        card.setId("district-summary");
        card.addClassNames("ripple-card", "ripple-dashboard-wide");
        H2 title = new H2(getTranslation("district.overview.summary"));
        List<List<String>> rows = List.of(
                List.of(getTranslation("district.overview.schools"), Integer.toString(t.schools())),
                List.of(getTranslation("district.overview.classes"), Integer.toString(t.classes())),
                List.of(getTranslation("district.overview.acts"), Integer.toString(t.acts())),
                List.of(getTranslation("lessons.progress.delivered"), Integer.toString(t.lessons().delivered())),
                List.of(getTranslation("lessons.progress.completion.name"),
                        LessonProgressText.completionCell(t.lessons(), locale, this::getTranslation)),
                List.of(getTranslation("dashboard.lessons.averageDose"), LessonProgressText.percent(t.participation(), locale)));
        card.add(title, ChartPanel.table("district-summary-table", null, getTranslation("district.overview.summary"),
                List.of(getTranslation("district.overview.figure"), getTranslation("district.overview.value")), rows),
                downloads());
        return card;
    }

    private Div downloads() {
        Locale locale = getLocale();
        String[] headers = csvHeaders();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = DistrictCsv.csv(overviews.districtOverviewForExport(locale, "csv"), headers);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "district-overview.csv", "text/csv", bytes.length);
        }), "");
        csv.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("district.overview.csv")));
        csv.setId("district-csv");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = report.pdf(overviews.districtOverviewForExport(locale, "pdf"), locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "district-term-report.pdf", "application/pdf",
                    bytes.length);
        }), "");
        pdf.add(VaadinIcon.FILE_TEXT_O.create(), new Span(getTranslation("district.overview.pdf")));
        pdf.setId("district-pdf");
        Div links = new Div(csv, pdf);
        links.addClassName("ripple-dashboard-filter");
        return links;
    }

    String[] csvHeaders() {
        return new String[] {getTranslation("district.overview.school"), getTranslation("dashboard.school.term"),
                getTranslation("district.overview.from"), getTranslation("district.overview.to"),
                getTranslation("district.overview.classes"), getTranslation("district.overview.acts"),
                getTranslation("lessons.progress.delivered"), getTranslation("lessons.progress.due"),
                getTranslation("lessons.progress.completion.name"), getTranslation("dashboard.lessons.averageDose"),
                getTranslation("district.overview.attitude.csv")};
    }

    private Div schoolTable(DistrictOverview o, Locale locale) {
        Div card = new Div();
        card.setId("district-table-card");
        card.addClassNames("ripple-card", "ripple-dashboard-wide");
        Grid<SchoolFigures> grid = new Grid<>();
        grid.setId("district-grid");
        // Long school and term names wrap instead of being cut off.
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        column(grid, SchoolFigures::schoolName, "district.overview.school").setFlexGrow(2);
        column(grid, s -> s.term() == null ? getTranslation("district.overview.noTerm") : s.term().name(), "dashboard.school.term")
                .setFlexGrow(2);
        column(grid, s -> Integer.toString(s.classes()), "district.overview.classes");
        column(grid, s -> Integer.toString(s.acts()), "district.overview.acts");
        column(grid, s -> Integer.toString(s.lessons().delivered()), "lessons.progress.delivered");
        column(grid, s -> LessonProgressText.completionCell(s.lessons(), locale, this::getTranslation),
                "lessons.progress.completion.name");
        column(grid, s -> LessonProgressText.percent(s.participation(), locale), "dashboard.lessons.averageDose");
        grid.setItems(o.schools());
        grid.setAllRowsVisible(o.schools().size() <= 50);
        grid.setAriaLabel(getTranslation("district.overview.table"));
        card.add(new H2(getTranslation("district.overview.table")), grid);
        return card;
    }

    private Grid.Column<SchoolFigures> column(Grid<SchoolFigures> grid, Function<SchoolFigures, String> value, String key) {
        return grid.addColumn(value::apply).setHeader(getTranslation(key)).setSortable(false);
    }

    /** One row per school and instrument with figures; schools below 5 pairs are not listed at all. */
    private Div attitude(DistrictOverview o, Locale locale) {
        Div card = new Div();
        card.setId("district-attitude");
        card.addClassNames("ripple-card", "ripple-dashboard-wide");
        H2 title = new H2(getTranslation("district.overview.attitude"));
        Paragraph note = new Paragraph(getTranslation("district.overview.attitude.note", PairedAnalysis.MIN_GROUP));
        note.addClassName("ripple-muted");
        card.add(title, note);
        List<List<String>> rows = new ArrayList<>();
        for (SchoolFigures s : o.schools()) {
            for (SchoolAttitude a : s.attitude()) {
                var f = a.figures();
                rows.add(List.of(s.schoolName(), a.title(), Integer.toString(f.n()), decimal(f.preMean(), locale),
                        decimal(f.postMean(), locale), signed(f.meanDifference(), locale),
                        "[" + signed(f.ciLow(), locale) + "; " + signed(f.ciHigh(), locale) + "]"));
            }
        }
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("district.overview.attitude.none", PairedAnalysis.MIN_GROUP));
            none.setId("district-attitude-none");
            card.add(none);
        } else {
            card.add(ChartPanel.table("district-attitude-table", null, getTranslation("district.overview.attitude"),
                    List.of(getTranslation("district.overview.school"), getTranslation("district.overview.instrument"),
                            getTranslation("district.overview.pairs"), getTranslation("district.overview.before"),
                            getTranslation("district.overview.after"), getTranslation("district.overview.change"),
                            getTranslation("district.overview.ci")), rows));
        }
        return card;
    }

    static String decimal(double v, Locale locale) {
        return String.format(locale, "%.2f", v);
    }

    static String signed(double v, Locale locale) {
        return String.format(locale, "%+.2f", v).replace('-', '\u2212');
    }

    private CategoryChart weeks(SchoolFigures s, DashboardCharts charts, Locale locale) {
        String summary = s.acts() == 0 ? getTranslation("district.overview.chart.none")
                : getTranslation("district.overview.chart.summary", s.acts(), s.weeks().size());
        return new CategoryChart(CategoryChart.Kind.BAR, getTranslation("district.overview.chart.title", s.schoolName()), summary,
                getTranslation("dashboard.chart.weekStarting"), getTranslation("dashboard.chart.acts"),
                s.weeks().stream().map(charts::week).toList(),
                List.of(Series.of(getTranslation("dashboard.chart.acts"), 0, s.actsPerWeek())), ValueFormat.INTEGER, locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("district.overview.title");
    }

}

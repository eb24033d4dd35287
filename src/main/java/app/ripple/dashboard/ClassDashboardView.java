package app.ripple.dashboard;

import app.ripple.base.LocalizedComponents;
import app.ripple.base.NotAllowedException;
import app.ripple.dashboard.DashboardRecords.ClassDashboard;
import app.ripple.dashboard.DashboardRecords.DateRange;
import app.ripple.dashboard.ClassDashboardService.Preset;
import app.ripple.lesson.LessonProgressText;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A class's dashboard for its teachers: acts per week, the category mix, self-kindness
 * participation (a share, never what anyone wrote), a gentle list of students without an act
 * lately and lesson participation, for this week, this month, this term or chosen dates.
 */
@Route("classes/:classId(\\d+)/dashboard")
@RolesAllowed({"COORDINATOR", "TEACHER"})
@StyleSheet("styles/dashboard.css")
class ClassDashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The choices of the period filter; CUSTOM shows two date fields. */
    enum Period { THIS_WEEK, THIS_MONTH, THIS_TERM, CUSTOM }

    private final ClassDashboardService dashboards;
    private final H1 heading = new H1();
    private final Select<Period> period = new Select<>();
    private final DatePicker from = LocalizedComponents.datePicker();
    private final DatePicker to = LocalizedComponents.datePicker();
    private final Span rangeError = new Span();
    private final Div content = new Div();
    private long classId;
    private String className = "";

    ClassDashboardView(ClassDashboardService dashboards) {
        this.dashboards = dashboards;
        setId("class-dashboard");
        addClassNames("ripple-page", "ripple-dashboard");
        heading.setId("dashboard-heading");

        period.setId("dashboard-period");
        period.setLabel(getTranslation("dashboard.period"));
        period.setItems(Period.values());
        period.setItemLabelGenerator(p -> getTranslation("dashboard.period." + p.name()));
        from.setId("dashboard-from");
        from.setLabel(getTranslation("dashboard.from"));
        to.setId("dashboard-to");
        to.setLabel(getTranslation("dashboard.to"));
        rangeError.setId("dashboard-range-error");
        rangeError.addClassName("ripple-error-text");
        rangeError.getElement().setAttribute("role", "alert");
        Div filter = new Div(period, from, to, rangeError);
        filter.addClassName("ripple-dashboard-filter");
        content.setId("dashboard-content");
        content.addClassName("ripple-dashboard-grid");
        add(heading, filter, content);

        period.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getOldValue() != null) {
                choose(e.getValue());
            }
        });
        from.addValueChangeListener(e -> customChanged());
        to.addValueChangeListener(e -> customChanged());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            classId = Long.parseLong(event.getRouteParameters().get("classId").orElse(""));
            DateRange term = dashboards.range(classId, Preset.THIS_TERM);
            period.setValue(Period.THIS_TERM);
            show(term);
        } catch (NotAllowedException | NumberFormatException e) {
            // someone else's class or no class at all: the same answer, so ids reveal nothing
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void choose(@Nullable Period p) {
        if (p == null) {
            return;
        }
        boolean custom = p == Period.CUSTOM;
        from.setVisible(custom);
        to.setVisible(custom);
        if (!custom) {
            show(dashboards.range(classId, Preset.valueOf(p.name())));
        }
    }

    private void customChanged() {
        if (period.getValue() != Period.CUSTOM) {
            return;
        }
        rangeError.setText("");
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        if (to.getValue().isBefore(from.getValue())) {
            rangeError.setText(getTranslation("dashboard.range.backwards"));
            return;
        }
        if (from.getValue().plusYears(1).isBefore(to.getValue())) {
            rangeError.setText(getTranslation("dashboard.range.tooLong"));
            return;
        }
        show(new DateRange(from.getValue(), to.getValue()));
    }

    private void show(DateRange range) {
        ClassDashboard d = dashboards.classDashboard(classId, range);
        className = d.className();
        heading.setText(getTranslation("dashboard.class.title", d.className()));
        from.setVisible(period.getValue() == Period.CUSTOM);
        to.setVisible(period.getValue() == Period.CUSTOM);
        if (period.getValue() != Period.CUSTOM) {
            from.setValue(range.from());
            to.setValue(range.to());
        }
        DashboardCharts charts = new DashboardCharts(this, getLocale());
        content.removeAll();
        Paragraph period = new Paragraph(getTranslation("dashboard.showing", charts.date(range.from()),
                charts.date(range.to())));
        period.setId("dashboard-showing");
        period.addClassName("ripple-muted");
        String tableLabel = getTranslation("dashboard.showTable");
        content.add(period, new ChartPanel("chart-weeks", charts.actsPerWeek(d), tableLabel),
                new ChartPanel("chart-mix", charts.categoryMix(d), tableLabel), selfKindness(d, charts), quiet(d),
                lessons(d, charts));
    }

    private Div selfKindness(ClassDashboard d, DashboardCharts charts) {
        Div card = new Div(new H2(getTranslation("dashboard.self.title")));
        card.setId("dashboard-self");
        card.addClassNames("ripple-card", "ripple-dashboard-figure");
        Span big = new Span(charts.percent(d.selfKindnessShare()));
        big.addClassName("ripple-big-figure");
        Paragraph text = new Paragraph(getTranslation("dashboard.self.text", d.studentsWithSelfKindness(), d.students()));
        text.setId("dashboard-self-text");
        Paragraph privacy = new Paragraph(getTranslation("dashboard.self.private"));
        privacy.addClassName("ripple-muted");
        card.add(big, text, privacy);
        return card;
    }

    private Div quiet(ClassDashboard d) {
        Div card = new Div(new H2(getTranslation("dashboard.quiet.title", d.quietDays())));
        card.setId("dashboard-quiet");
        card.addClassNames("ripple-card", "ripple-dashboard-figure");
        if (d.quiet().isEmpty()) {
            card.add(new Paragraph(getTranslation("dashboard.quiet.none")));
        } else {
            card.add(new Paragraph(getTranslation("dashboard.quiet.intro")));
            UnorderedList list = new UnorderedList();
            list.setId("dashboard-quiet-list");
            d.quiet().forEach(s -> list.add(new ListItem(s.displayName())));
            card.add(list);
        }
        Paragraph note = new Paragraph(getTranslation("dashboard.quiet.private"));
        note.addClassName("ripple-muted");
        card.add(note);
        return card;
    }

    private Div lessons(ClassDashboard d, DashboardCharts charts) {
        Div card = new Div(new H2(getTranslation("dashboard.lessons.title")));
        card.setId("dashboard-lessons");
        card.addClassNames("ripple-card", "ripple-dashboard-wide");
        var l = d.lessons();
        Paragraph summary = new Paragraph(l.progress().inPlan() == 0
                ? getTranslation("dashboard.lessons.none")
                : getTranslation("dashboard.lessons.summary", l.delivered(),
                        LessonProgressText.percent(l.averageDose(), getLocale())));
        summary.setId("dashboard-lessons-summary");
        Paragraph completion = new Paragraph(LessonProgressText.completion(l.progress(), getLocale(), this::getTranslation));
        completion.setId("dashboard-lessons-completion");
        Paragraph plan = new Paragraph(LessonProgressText.planProgress(l.progress(), getLocale(), this::getTranslation));
        plan.setId("dashboard-lessons-plan-progress");
        card.add(completion, plan, summary);
        if (!d.lessonsPerStudent().isEmpty() && l.delivered() > 0) {
            // a plain table (one element for the UI protocol), the same columns as before
            List<List<String>> rows = d.lessonsPerStudent().stream().map(s -> List.of(
                    s.onRoster() ? s.displayName() : getTranslation("dashboard.lessons.left", s.displayName()),
                    Integer.toString(s.attended()), Integer.toString(s.delivered()), Integer.toString(s.madeUp()),
                    s.dose() == null ? "–" : charts.percent(s.dose()))).toList();
            Html table = ChartPanel.table("dashboard-lessons-table", null, getTranslation("dashboard.lessons.title"),
                    List.of(getTranslation("dashboard.lessons.student"), getTranslation("dashboard.lessons.attended"),
                            getTranslation("dashboard.lessons.delivered"), getTranslation("dashboard.lessons.madeUp"),
                            getTranslation("dashboard.lessons.dose")),
                    rows);
            table.addClassName("ripple-data-table");
            card.add(table);
            Paragraph how = new Paragraph(getTranslation("dashboard.lessons.how"));
            how.addClassName("ripple-muted");
            card.add(how);
        }
        Anchor back = new Anchor("classes/" + classId, getTranslation("dashboard.class.back"));
        back.setId("dashboard-class-link");
        card.add(back);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.class.title", className);
    }
}

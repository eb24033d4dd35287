package app.ripple.report;

import app.ripple.report.ReportData.ReportListItem;
import app.ripple.school.SchoolService;
import app.ripple.school.TermOverview;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A closed term's classes with their reports and exports (a teacher sees only their own classes). */
@Route("reports/archive/:termId(\\d+)")
@RolesAllowed({"COORDINATOR", "TEACHER"})
class TermArchiveView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Div list = new Div();
    private final ReportService reports;
    private final SchoolService school;
    private String title = "";

    TermArchiveView(ReportService reports, SchoolService school) {
        this.reports = reports;
        this.school = school;
        setId("term-archive-view");
        addClassName("ripple-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long termId = event.getRouteParameters().getLong("termId").orElse(0L);
        TermOverview term = school.termOverviews().stream().filter(t -> t.term().id() == termId).findFirst().orElse(null);
        if (term == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = getTranslation("report.archive.title", term.term().name());
        add(new H1(title));
        if (!term.term().closed()) {
            add(new Paragraph(getTranslation("report.archive.notClosed")));
            return;
        }
        add(new Paragraph(getTranslation("report.archive.intro")));
        list.setId("term-archive-list");
        list.addClassName("ripple-card-grid");
        list.removeAll();
        List<ReportListItem> items = reports.termArchive(termId);
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("report.list.none")));
        }
        for (ReportListItem item : items) {
            Div card = new Div();
            card.addClassNames("ripple-card", "ripple-report-card");
            card.setId("archive-class-" + item.classId());
            Anchor open = new Anchor("classes/" + item.classId(), getTranslation("report.list.open"));
            open.addClassName("ripple-link-button");
            var all = new java.util.ArrayList<>(Downloads.forClass(reports, item.classId(), item.className(), getLocale(),
                    this::getTranslation));
            all.add(open);
            var links = Downloads.list(all);
            card.add(new H2(item.className()), new Paragraph(String.join(", ", item.teachers())), links);
            list.add(card);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

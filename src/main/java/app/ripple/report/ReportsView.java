package app.ripple.report;

import app.ripple.report.ReportData.ReportListItem;
import app.ripple.school.SchoolService;
import app.ripple.school.TermOverview;
import app.ripple.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every class's term report and exports in one list; coordinators also make a zip of all classes
 * in the background (with a progress bar, the page polls while it runs) and open the term archive.
 */
@Route("reports")
@RolesAllowed({"COORDINATOR", "TEACHER"})
@Menu(order = 60, title = "nav.reports", icon = "vaadin:file-text-o")
class ReportsView extends Main implements HasDynamicTitle {

    final Div list = new Div();
    final Select<Optional<TermOverview>> bulkTerm = new Select<>();
    final Button bulkStart = new Button();
    final ProgressBar bulkProgress = new ProgressBar();
    final Span bulkStatus = new Span();
    final Div bulkResult = new Div();
    final Div archive = new Div();

    private final ReportService reports;
    private volatile @Nullable CompletableFuture<byte[]> running;

    ReportsView(ReportService reports, SchoolService school, CurrentUser currentUser) {
        this.reports = reports;
        setId("reports-view");
        addClassName("ripple-page");
        add(new H1(getTranslation("report.title")), new Paragraph(getTranslation("report.intro")));
        boolean coordinator = currentUser.require().isCoordinator();
        List<TermOverview> terms = school.termOverviews();

        list.setId("report-list");
        list.addClassName("ripple-card-grid");
        List<ReportListItem> items = reports.reportList();
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("report.list.none")));
        }
        Locale locale = getLocale();
        for (ReportListItem item : items) {
            Div card = new Div();
            card.addClassNames("ripple-card", "ripple-report-card");
            card.setId("report-class-" + item.classId());
            H2 name = new H2(item.className());
            String term = item.termName() == null ? getTranslation("report.term.none")
                    : item.termClosed() ? item.termName() + " (" + getTranslation("report.list.closed") + ")" : item.termName();
            Paragraph meta = new Paragraph(getTranslation("report.list.term") + ": " + term + " · "
                    + getTranslation("report.list.teachers") + ": " + String.join(", ", item.teachers()) + " · "
                    + getTranslation("report.list.students") + ": " + item.students());
            meta.addClassName("ripple-muted");
            Anchor open = new Anchor("classes/" + item.classId(), getTranslation("report.list.open"));
            open.addClassName("ripple-link-button");
            var all = new java.util.ArrayList<>(Downloads.forClass(reports, item.classId(), item.className(), locale, this::getTranslation));
            all.add(open);
            var links = Downloads.list(all);
            links.setId("report-links-" + item.classId());
            card.add(name, meta, links);
            list.add(card);
        }
        add(list);

        List<TermOverview> closed = terms.stream().filter(t -> t.term().closed()).toList();
        archive.setId("report-archive-links");
        archive.addClassNames("ripple-card", "ripple-section");
        archive.add(new H2(getTranslation("report.archive.terms")));
        if (closed.isEmpty()) {
            archive.add(new Paragraph(getTranslation("report.archive.none")));
        }
        for (TermOverview t : closed) {
            Anchor a = new Anchor("reports/archive/" + t.term().id(), t.term().name());
            a.setId("report-archive-" + t.term().id());
            archive.add(new Paragraph(a));
        }

        if (coordinator) {
            Div bulk = new Div();
            bulk.setId("report-bulk");
            bulk.addClassNames("ripple-card", "ripple-section");
            List<Optional<TermOverview>> options = new ArrayList<>();
            options.add(Optional.empty());
            terms.forEach(t -> options.add(Optional.of(t)));
            bulkTerm.setLabel(getTranslation("report.bulk.term"));
            bulkTerm.setId("report-bulk-term");
            bulkTerm.setItems(options);
            bulkTerm.setItemLabelGenerator(o -> o.map(t -> t.term().name()).orElse(getTranslation("report.bulk.allCurrent")));
            bulkTerm.setValue(Optional.empty());
            bulkStart.setText(getTranslation("report.bulk.start"));
            bulkStart.setId("report-bulk-start");
            bulkStart.addThemeVariants(ButtonVariant.PRIMARY);
            bulkStart.addClickListener(e -> startBulk());
            bulkProgress.setVisible(false);
            bulkProgress.setId("report-bulk-progress");
            bulkProgress.getElement().setAttribute("aria-label", getTranslation("report.bulk.title"));
            bulkStatus.setId("report-bulk-status");
            bulkStatus.getElement().setAttribute("aria-live", "polite");
            bulkResult.setId("report-bulk-result");
            bulk.add(new H3(getTranslation("report.bulk.title")), new Paragraph(getTranslation("report.bulk.intro")), bulkTerm,
                    bulkStart, bulkProgress, bulkStatus, bulkResult);
            add(bulk);
        }
        add(archive);
    }

    /** Starts the zip in the background; the page polls for progress until it is done. */
    CompletableFuture<byte[]> startBulk() {
        UI ui = UI.getCurrent();
        Long termId = bulkTerm.getValue() == null ? null : bulkTerm.getValue().map(t -> t.term().id()).orElse(null);
        Locale locale = getLocale();
        // A copy, never the request thread's own context object: the background thread must not
        // share (or clear) what the UI thread holds.
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        bulkStart.setEnabled(false);
        bulkResult.removeAll();
        bulkProgress.setVisible(true);
        bulkProgress.setValue(0);
        ui.setPollInterval(500);
        CompletableFuture<byte[]> future = CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(security);
            try {
                return reports.bulkZip(termId, locale, (done, total) -> ui.access(() -> {
                    bulkProgress.setValue(total == 0 ? 1 : done / (double) total);
                    bulkStatus.setText(getTranslation("report.bulk.progress", done, total));
                }));
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, command -> Thread.ofVirtual().name("report-zip").start(command));
        future.whenComplete((zip, error) -> ui.access(() -> finishBulk(zip, error, termId)));
        running = future;
        return future;
    }

    private void finishBulk(byte @Nullable [] zip, @Nullable Throwable error, @Nullable Long termId) {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        bulkStart.setEnabled(true);
        bulkProgress.setVisible(false);
        running = null;
        if (zip == null || error != null) {
            bulkStatus.setText(getTranslation("report.bulk.failed"));
            return;
        }
        bulkStatus.setText(getTranslation("report.bulk.ready"));
        String name = "ripple-reports-" + (termId == null ? "current" : "term-" + termId) + ".zip";
        bulkResult.add(Downloads.link("report-bulk-download", getTranslation("report.bulk.download"), name, "application/zip",
                () -> zip));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title");
    }
}

package app.ripple.privacy;

import app.ripple.base.LocalizedComponents;
import app.ripple.school.AuditService;
import app.ripple.school.AuditService.AuditEntry;
import app.ripple.school.AuditService.AuditFilter;
import app.ripple.school.SchoolInfo;
import app.ripple.school.SchoolService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Coordinators: the audit log — who viewed, exported or changed what, and when — filtered by date
 * range (in the school's time zone), actor, action and target, paged from the database, and
 * downloadable as CSV (the download is itself recorded in the log).
 */
@Route("school/audit")
@RolesAllowed("COORDINATOR")
@Menu(order = 96, title = "nav.audit", icon = "vaadin:records")
class AuditView extends Main implements HasDynamicTitle {

    final DatePicker from = LocalizedComponents.datePicker();
    final DatePicker to = LocalizedComponents.datePicker();
    final TextField actor = new TextField();
    final ComboBox<String> action = new ComboBox<>();
    final TextField target = new TextField();
    final Button clear = new Button();
    final Grid<AuditEntry> grid = new Grid<>();
    final Span total = new Span();
    final Anchor csv;

    private final AuditService audit;
    private final ZoneId zone;

    AuditView(AuditService audit, SchoolService school) {
        this.audit = audit;
        this.zone = school.current().map(SchoolInfo::timeZone).orElse(ZoneId.of("UTC"));
        setId("audit-view");
        addClassName("ripple-page");

        from.setLabel(getTranslation("audit.from"));
        from.setId("audit-from");
        to.setLabel(getTranslation("audit.to"));
        to.setId("audit-to");
        actor.setLabel(getTranslation("audit.actor"));
        actor.setId("audit-actor");
        actor.setHelperText(getTranslation("audit.actor.help"));
        action.setLabel(getTranslation("audit.action"));
        action.setId("audit-action");
        action.setItems(audit.actions());
        action.setClearButtonVisible(true);
        target.setLabel(getTranslation("audit.target"));
        target.setId("audit-target");
        target.setHelperText(getTranslation("audit.target.help"));
        for (TextField f : new TextField[] {actor, target}) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.setClearButtonVisible(true);
            f.setMaxLength(254);
            f.addValueChangeListener(e -> refresh());
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        clear.setText(getTranslation("audit.clear"));
        clear.setId("audit-clear");
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        clear.addClickListener(e -> {
            from.clear();
            to.clear();
            actor.clear();
            action.clear();
            target.clear();
        });
        FormLayout filters = new FormLayout(from, to, actor, action, target);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2),
                new FormLayout.ResponsiveStep("1000px", 5));

        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                audit.exportCsv(filter(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "ripple-audit.csv", "text/csv;charset=UTF-8", bytes.length);
        }), getTranslation("audit.csv"));
        csv.setId("audit-csv");
        csv.addClassName("ripple-download");
        total.setId("audit-total");
        HorizontalLayout tools = new HorizontalLayout(total, clear, csv);
        tools.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(zone);
        grid.setId("audit-grid");
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.addColumn(e -> when.format(e.at())).setHeader(getTranslation("audit.at")).setWidth("9.5em").setFlexGrow(0);
        // Fixed widths that share what is left, wrapping long names and details: no sideways scrolling at 1024 px.
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setWidth("6em").setFlexGrow(1)
                .setTooltipGenerator(AuditEntry::actor);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.action")).setWidth("7em").setFlexGrow(1)
                .setTooltipGenerator(AuditEntry::action);
        grid.addColumn(e -> e.target() == null ? "" : e.target()).setHeader(getTranslation("audit.target")).setWidth("6em")
                .setFlexGrow(1);
        grid.addColumn(e -> e.details() == null ? "" : e.details()).setHeader(getTranslation("audit.details")).setWidth("6em")
                .setFlexGrow(2);
        grid.setPageSize(50);
        grid.setHeight("60vh");

        Div card = new Div(filters, tools, grid);
        card.addClassNames("ripple-card", "ripple-section");
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro", zone.getId())), card);
        refresh();
    }

    /** The filter as typed; dates are whole days in the school's time zone, both ends included. */
    AuditFilter filter() {
        return new AuditFilter(from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant(),
                actor.getValue(), action.getValue(), target.getValue());
    }

    void refresh() {
        AuditFilter f = filter();
        int count = audit.count(f);
        total.setText(getTranslation("audit.total", count));
        grid.setItems(query -> audit.page(f, query.getOffset(), query.getLimit()).stream(), query -> audit.count(f));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}

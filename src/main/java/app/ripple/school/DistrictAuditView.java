package app.ripple.school;

import app.ripple.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The district-level audit: the newest entries of the district itself (schools created or archived,
 * coordinators appointed) and of every school, each with its school. A school's full log, with
 * filters and CSV, stays on that school's own audit page.
 */
@Route("district/audit")
@RolesAllowed(Role.DISTRICT_ADMIN_NAME)
@Menu(order = 9, title = "district.nav.audit", icon = "vaadin:list")
class DistrictAuditView extends Main implements HasDynamicTitle {

    static final int SHOWN = 200;

    final Grid<DistrictService.DistrictAuditEntry> grid = new Grid<>();

    DistrictAuditView(DistrictService district) {
        setId("district-audit-view");
        addClassName("ripple-page");
        ZoneId zone = ZoneId.systemDefault();
        add(new H1(getTranslation("district.audit.title")));
        Paragraph intro = new Paragraph(getTranslation("district.audit.intro", SHOWN, zone.getId()));
        intro.addClassName("ripple-muted");
        add(intro);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(zone);
        grid.setId("district-audit-grid");
        grid.setAriaLabel(getTranslation("district.audit.title"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(e -> when.format(e.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.school() == null ? getTranslation("district.audit.district") : e.school())
                .setHeader(getTranslation("district.audit.school")).setFlexGrow(1);
        grid.addColumn(DistrictService.DistrictAuditEntry::actor).setHeader(getTranslation("audit.actor")).setFlexGrow(1);
        grid.addColumn(DistrictService.DistrictAuditEntry::action).setHeader(getTranslation("audit.action")).setFlexGrow(1);
        grid.addColumn(e -> e.target() == null ? "" : e.target()).setHeader(getTranslation("audit.target")).setFlexGrow(1);
        grid.addColumn(e -> e.details() == null ? "" : e.details()).setHeader(getTranslation("audit.details")).setFlexGrow(2);
        grid.setItems(district.recentAudit(SHOWN));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("district.audit.title");
    }
}

package app.ripple.classroom;

import app.ripple.base.NotAllowedException;
import app.ripple.classroom.ClassRecords.ClassDetail;
import app.ripple.school.SchoolService;
import app.ripple.school.StaffService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import org.jspecify.annotations.Nullable;

/**
 * One class: its roster ({@link RosterSection}), the sections other features contribute, its tablets
 * and sign-in lock-outs ({@link TabletsSection}) and its settings.
 */
@Route("classes/:classId(\\d+)")
@RolesAllowed({"COORDINATOR", "TEACHER"})
class ClassView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    /** Built on entering the page (they need the class). */
    @Nullable RosterSection roster;
    @Nullable TabletsSection tablets;

    private final ClassService classes;
    private final RosterService rosterService;
    private final TabletService tabletService;
    private final SchoolService school;
    private final StaffService staff;
    private long classId;
    private @Nullable ClassDetail detail;

    private final List<ClassPageSection> sections;

    ClassView(ClassService classes, RosterService rosterService, TabletService tablets, SchoolService school, StaffService staff,
            List<ClassPageSection> sections) {
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(ClassPageSection::order)).toList();
        this.classes = classes;
        this.rosterService = rosterService;
        this.tabletService = tablets;
        this.school = school;
        this.staff = staff;
        setId("class-view");
        addClassName("ripple-page");
    }

    static void open(UI ui, long classId) {
        ui.navigate("classes/" + classId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            classId = Long.parseLong(event.getRouteParameters().get("classId").orElse("0"));
            detail = classes.get(classId);
        } catch (NotAllowedException | NumberFormatException e) {
            // Somebody else's class, or no class: the same answer, so ids cannot be probed.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        ClassDetail d = detail;
        title.setText(d.name());
        title.setId("class-title");
        Paragraph meta = new Paragraph(getTranslation("class.meta", getTranslation(d.ageBand().labelKey()),
                d.termName() == null ? getTranslation("classes.term.none") : d.termName(), String.join(", ", d.teacherNames())));
        meta.addClassName("ripple-muted");
        add(title, meta);

        // Sections on one page rather than tabs: everything a teacher needs is one scroll away.
        roster = new RosterSection(rosterService, classId);
        tablets = new TabletsSection(tabletService, school, classId, d.name());
        add(section("class.tab.roster", roster));
        sections.forEach(s -> add(section(s.titleKey(), s.create(classId))));
        add(section("class.tab.tablets", tablets), section("class.tab.settings", settingsTab()));
    }

    private Component section(String titleKey, Component content) {
        com.vaadin.flow.component.html.Section section = new com.vaadin.flow.component.html.Section(
                new H2(getTranslation(titleKey)), content);
        section.addClassNames("ripple-card", "ripple-section");
        return section;
    }

    // ---- Settings ----

    private Component settingsTab() {
        Button edit = new Button(getTranslation("classes.edit.title"), e -> new ClassFormDialog(classes, school, staff, detail, id -> {
            detail = classes.get(classId);
            build();
        }).open());
        edit.setId("class-edit");
        Button archive = new Button(getTranslation(detail.archived() ? "class.restore" : "class.archive"), e -> {
            classes.setArchived(classId, !detail.archived());
            detail = classes.get(classId);
            build();
        });
        archive.setId("class-archive");
        Paragraph idle = new Paragraph(getTranslation("class.settings.idle", detail.idleTimeoutSeconds()));
        Checkbox readAloud = new Checkbox(getTranslation("class.settings.readAloud"), detail.readAloud());
        readAloud.setId("class-read-aloud");
        readAloud.setHelperText(getTranslation("class.settings.readAloud.help"));
        readAloud.setReadOnly(detail.archived());
        readAloud.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                classes.setReadAloud(classId, e.getValue());
                detail = classes.get(classId);
            }
        });
        Paragraph archiveHelp = new Paragraph(getTranslation("class.archive.help"));
        archiveHelp.addClassName("ripple-muted");
        Div tab = new Div(idle, readAloud, edit, archiveHelp, archive);
        tab.setId("settings-tab");
        return tab;
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("classes.title") : detail.name();
    }
}

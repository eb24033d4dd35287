package app.ripple.classroom;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import app.ripple.base.NotAllowedException;
import app.ripple.classroom.ClassRecords.ClassDetail;
import app.ripple.classroom.ClassRecords.LockedStudent;
import app.ripple.classroom.ClassRecords.StudentForm;
import app.ripple.classroom.ClassRecords.StudentInfo;
import app.ripple.classroom.ClassRecords.TabletInfo;
import app.ripple.classroom.pictures.Picture;
import app.ripple.classroom.pictures.Pictures;
import app.ripple.school.SchoolService;
import app.ripple.school.StaffService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.Cookie;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/** One class: its roster, its tablets (and sign-in lock-outs) and its settings. */
@Route("classes/:classId(\\d+)")
@RolesAllowed({"COORDINATOR", "TEACHER"})
class ClassView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<StudentInfo> roster = new Grid<>();
    final Button addStudent = new Button();
    final Button importStudents = new Button();
    final Button cards = new Button();
    final Grid<TabletInfo> tabletGrid = new Grid<>();
    final TextField tabletName = new TextField();
    final Button useAsTablet = new Button();
    final Div lockouts = new Div();
    final H1 title = new H1();

    private final ClassService classes;
    private final RosterService rosterService;
    private final TabletService tablets;
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
        this.tablets = tablets;
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
        add(section("class.tab.roster", rosterTab()));
        sections.forEach(s -> add(section(s.titleKey(), s.create(classId))));
        add(section("class.tab.tablets", tabletsTab()), section("class.tab.settings", settingsTab()));
    }

    private Component section(String titleKey, Component content) {
        com.vaadin.flow.component.html.Section section = new com.vaadin.flow.component.html.Section(
                new H2(getTranslation(titleKey)), content);
        section.addClassNames("ripple-card", "ripple-section");
        return section;
    }

    // ---- Roster ----

    private Component rosterTab() {
        addStudent.setText(getTranslation("roster.add"));
        addStudent.setId("roster-add");
        addStudent.addThemeVariants(ButtonVariant.PRIMARY);
        addStudent.addClickListener(e -> openStudentDialog(null));
        importStudents.setText(getTranslation("roster.import"));
        importStudents.setId("roster-import");
        importStudents.addClickListener(e -> new RosterImportDialog(rosterService, classId, this::refreshRoster).open());
        cards.setText(getTranslation("roster.cards"));
        cards.setId("roster-cards");
        HorizontalLayout actions = new HorizontalLayout(addStudent, importStudents, cardsLink());
        actions.setId("roster-actions");
        actions.addClassName("ripple-toolbar");

        roster.setId("roster-grid");
        roster.setAriaLabel(getTranslation("class.tab.roster"));
        roster.addComponentColumn(s -> avatarImage(s.avatar(), 40)).setHeader(getTranslation("roster.avatar"))
                .setAutoWidth(true).setFlexGrow(0);
        roster.addColumn(StudentInfo::displayName).setHeader(getTranslation("roster.displayName")).setAutoWidth(true).setFlexGrow(1);
        roster.addColumn(s -> s.schoolStudentId() == null ? "" : s.schoolStudentId()).setHeader(getTranslation("roster.schoolId"))
                .setAutoWidth(true);
        roster.addComponentColumn(s -> picturePassword(s.picturePassword())).setHeader(getTranslation("roster.picturePassword"))
                .setAutoWidth(true);
        roster.addComponentColumn(this::studentActions).setKey("actions").setHeader(getTranslation("staff.actions")).setAutoWidth(true);
        roster.setAllRowsVisible(true);
        refreshRoster();
        Div tab = new Div(actions, roster);
        tab.setId("roster-tab");
        return tab;
    }

    /** Printable sign-in cards: one card per student and a class sheet, A4 or Letter by school setting. */
    private Anchor cardsLink() {
        java.util.Locale locale = getLocale();
        long id = classId;
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = rosterService.signInCardsPdf(id, locale);
            return new DownloadResponse(new java.io.ByteArrayInputStream(pdf), "sign-in-cards.pdf", "application/pdf", pdf.length);
        }), "");
        link.setId("roster-cards-link");
        link.add(cards);
        return link;
    }

    void refreshRoster() {
        roster.setItems(rosterService.students(classId));
    }

    private Image avatarImage(String avatarId, int size) {
        String name = Pictures.avatar(avatarId).map(p -> getTranslation(p.nameKey())).orElse(avatarId);
        Image img = new Image("pictures/avatar/" + avatarId + ".svg", name);
        img.setWidth(size + "px");
        img.setHeight(size + "px");
        return img;
    }

    private Component picturePassword(List<String> ids) {
        HorizontalLayout row = new HorizontalLayout();
        row.setSpacing(false);
        row.addClassName("ripple-picture-row");
        for (String id : ids) {
            String name = Pictures.passwordPicture(id).map(p -> getTranslation(p.nameKey())).orElse(id);
            Image img = new Image("pictures/password/" + id + ".svg", name);
            img.setWidth("28px");
            img.setHeight("28px");
            img.setTitle(name);
            row.add(img);
        }
        return row;
    }

    private Component studentActions(StudentInfo s) {
        Button edit = new Button(getTranslation("roster.edit"), e -> openStudentDialog(s));
        edit.setId("roster-edit-" + s.id());
        edit.addThemeVariants(ButtonVariant.SMALL);
        Button reset = new Button(getTranslation("roster.resetPassword"), e -> {
            rosterService.resetPicturePassword(classId, s.id());
            refreshRoster();
            FieldErrors.Notifications.success(getTranslation("roster.resetPassword.done", s.displayName()));
        });
        reset.setId("roster-reset-" + s.id());
        reset.addThemeVariants(ButtonVariant.SMALL);
        Button remove = new Button(getTranslation("roster.remove"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("roster.remove.title", s.displayName()),
                    getTranslation("roster.remove.text"), getTranslation("roster.remove"), ev -> {
                        rosterService.removeStudent(classId, s.id());
                        refreshRoster();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.setId("roster-remove-confirm");
            confirm.open();
        });
        remove.setId("roster-remove-" + s.id());
        remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        HorizontalLayout row = new HorizontalLayout(edit, reset, remove);
        row.setSpacing(true);
        return row;
    }

    void openStudentDialog(@Nullable StudentInfo existing) {
        Dialog dialog = new Dialog();
        dialog.setId("student-dialog");
        dialog.setHeaderTitle(getTranslation(existing == null ? "roster.add.title" : "roster.edit.title"));
        TextField name = new TextField(getTranslation("roster.displayName"));
        name.setId("student-name");
        name.setHelperText(getTranslation("roster.displayName.help"));
        name.setMaxLength(RosterService.NAME_MAX);
        TextField schoolId = new TextField(getTranslation("roster.schoolId"));
        schoolId.setId("student-school-id");
        schoolId.setMaxLength(40);
        ComboBox<String> avatar = new ComboBox<>(getTranslation("roster.avatar"));
        avatar.setId("student-avatar");
        avatar.setItems(rosterService.availableAvatars(classId, existing == null ? null : existing.id()));
        avatar.setItemLabelGenerator(a -> Pictures.avatar(a).map(p -> getTranslation(p.nameKey())).orElse(a));
        avatar.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(a -> {
            HorizontalLayout row = new HorizontalLayout(avatarImage(a, 32),
                    new Span(Pictures.avatar(a).map(p -> getTranslation(p.nameKey())).orElse(a)));
            row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
            return row;
        }));
        if (existing != null) {
            name.setValue(existing.displayName());
            schoolId.setValue(existing.schoolStudentId() == null ? "" : existing.schoolStudentId());
            avatar.setValue(existing.avatar());
        } else {
            avatar.setHelperText(getTranslation("roster.avatar.auto"));
        }
        FormLayout form = new FormLayout(name, schoolId, avatar);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"));
        save.setId("student-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            StudentForm f = new StudentForm(name.getValue(), schoolId.getValue(), avatar.getValue());
            Map<String, HasValidation> fields = Map.of("displayName", name, "schoolStudentId", schoolId, "avatar", avatar);
            try {
                if (existing == null) {
                    rosterService.addStudent(classId, f);
                } else {
                    rosterService.updateStudent(classId, existing.id(), f);
                }
                dialog.close();
                refreshRoster();
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, fields);
            }
        });
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        add(dialog);
        dialog.open();
    }

    // ---- Tablets ----

    private Component tabletsTab() {
        Paragraph intro = new Paragraph(getTranslation("tablets.intro"));
        tabletName.setLabel(getTranslation("tablets.name"));
        tabletName.setId("tablet-name");
        tabletName.setMaxLength(60);
        tabletName.setValue(getTranslation("tablets.name.default", tablets.tablets(classId).size() + 1));
        useAsTablet.setText(getTranslation("tablets.useThisDevice"));
        useAsTablet.setId("tablet-use-this-device");
        useAsTablet.addThemeVariants(ButtonVariant.PRIMARY);
        useAsTablet.addClickListener(e -> confirmUseAsTablet());
        HorizontalLayout bind = new HorizontalLayout(tabletName, useAsTablet);
        bind.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        bind.addClassName("ripple-toolbar");

        tabletGrid.setId("tablet-grid");
        tabletGrid.setAriaLabel(getTranslation("class.tab.tablets"));
        tabletGrid.addColumn(TabletInfo::name).setHeader(getTranslation("tablets.name")).setAutoWidth(true).setFlexGrow(1);
        tabletGrid.addColumn(t -> t.lastSeenAt() == null ? getTranslation("tablets.never") : format(t.lastSeenAt()))
                .setHeader(getTranslation("tablets.lastSeen")).setAutoWidth(true);
        tabletGrid.addColumn(t -> getTranslation(t.revoked() ? "tablets.status.revoked" : "tablets.status.active"))
                .setHeader(getTranslation("staff.status")).setAutoWidth(true);
        tabletGrid.addComponentColumn(t -> {
            if (t.revoked()) {
                return new Span();
            }
            Button revoke = new Button(getTranslation("tablets.revoke"), e -> {
                tablets.revoke(classId, t.id());
                refreshTablets();
            });
            revoke.setId("tablet-revoke-" + t.id());
            revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            return revoke;
        }).setKey("actions").setHeader(getTranslation("staff.actions")).setAutoWidth(true);
        tabletGrid.setAllRowsVisible(true);

        lockouts.setId("kiosk-lockouts");
        refreshTablets();
        Div tab = new Div(intro, bind, tabletGrid, new H2(getTranslation("lockouts.title")), lockouts);
        tab.setId("tablets-tab");
        return tab;
    }

    void refreshTablets() {
        tabletGrid.setItems(tablets.tablets(classId));
        lockouts.removeAll();
        tablets.pausedUntil(classId).ifPresent(until -> {
            Button resume = new Button(getTranslation("lockouts.resume"), e -> {
                tablets.resumeSignIn(classId);
                refreshTablets();
            });
            resume.setId("kiosk-resume");
            Div row = new Div(new Span(getTranslation("lockouts.classPaused", format(until))), resume);
            row.addClassName("ripple-notice");
            lockouts.add(row);
        });
        List<LockedStudent> locked = tablets.lockedStudents(classId);
        if (locked.isEmpty() && lockouts.getComponentCount() == 0) {
            lockouts.add(new Paragraph(getTranslation("lockouts.none")));
        }
        for (LockedStudent l : locked) {
            Button unlock = new Button(getTranslation("lockouts.unlock"), e -> {
                tablets.unlockStudent(classId, l.studentId());
                refreshTablets();
            });
            unlock.setId("kiosk-unlock-" + l.studentId());
            unlock.addThemeVariants(ButtonVariant.SMALL);
            HorizontalLayout row = new HorizontalLayout(new Span(getTranslation("lockouts.student", l.displayName(),
                    format(l.lockedUntil()))), unlock);
            row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
            lockouts.add(row);
        }
    }

    private void confirmUseAsTablet() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("tablets.confirm.title"),
                getTranslation("tablets.confirm.text", detail.name()), getTranslation("tablets.useThisDevice"), e -> bindThisDevice());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setId("tablet-confirm");
        confirm.open();
    }

    /** Binds this browser: the token goes into an HttpOnly cookie, then the teacher is signed out here. */
    void bindThisDevice() {
        TabletService.BoundTablet bound;
        try {
            bound = tablets.bind(classId, tabletName.getValue());
        } catch (InvalidInputException ex) {
            FieldErrors.show(this, ex, Map.of("tabletName", tabletName));
            return;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(TabletTokens.COOKIE, bound.token());
            cookie.setHttpOnly(true);
            cookie.setSecure(request != null && request.isSecure());
            cookie.setPath(request == null || request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(400 * 24 * 3600);
            cookie.setAttribute("SameSite", "Strict");
            response.addCookie(cookie);
        }
        // Sign the teacher out on this device: from now on it belongs to the class.
        SecurityContextHolder.clearContext();
        UI ui = UI.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();
        ui.getPage().setLocation("kiosk");
        if (session != null && session.getSession() != null) {
            session.getSession().invalidate();
        }
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
        Paragraph archiveHelp = new Paragraph(getTranslation("class.archive.help"));
        archiveHelp.addClassName("ripple-muted");
        Div tab = new Div(idle, edit, archiveHelp, archive);
        tab.setId("settings-tab");
        return tab;
    }

    private String format(java.time.Instant instant) {
        ZoneId zone = school.current().map(s -> s.timeZone()).orElse(ZoneId.of("UTC"));
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone).format(instant);
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("classes.title") : detail.name();
    }
}

package app.ripple.classroom;

import app.ripple.base.FieldErrors;
import app.ripple.classroom.ClassRecords.StudentInfo;
import app.ripple.classroom.pictures.Pictures;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.util.List;
import java.util.Locale;

/** The class page's roster: the students, their picture passwords, import and the printable sign-in cards. */
class RosterSection extends Div {

    final Grid<StudentInfo> grid = new Grid<>();
    final Button addStudent = new Button();
    final Button importStudents = new Button();
    final Button cards = new Button();

    private final RosterService roster;
    private final long classId;

    RosterSection(RosterService roster, long classId) {
        this.roster = roster;
        this.classId = classId;
        setId("roster-tab");
        addStudent.setText(getTranslation("roster.add"));
        addStudent.setId("roster-add");
        addStudent.addThemeVariants(ButtonVariant.PRIMARY);
        addStudent.addClickListener(e -> openStudentDialog(null));
        importStudents.setText(getTranslation("roster.import"));
        importStudents.setId("roster-import");
        importStudents.addClickListener(e -> new RosterImportDialog(roster, classId, this::refresh).open());
        cards.setText(getTranslation("roster.cards"));
        cards.setId("roster-cards");
        HorizontalLayout actions = new HorizontalLayout(addStudent, importStudents, cardsLink());
        actions.setId("roster-actions");
        actions.addClassName("ripple-toolbar");

        grid.setId("roster-grid");
        grid.setAriaLabel(getTranslation("class.tab.roster"));
        // Real names are long (40 characters, or one word without spaces): the name column takes the
        // room that is left and wraps, the actions stay in view at the end (the grid never scrolls sideways).
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addClassName("ripple-roster-grid");
        grid.addComponentColumn(s -> avatarImage(s.avatar(), 40)).setHeader(getTranslation("roster.avatar"))
                .setWidth("72px").setFlexGrow(0);
        grid.addComponentColumn(s -> name(s.displayName())).setKey("name").setHeader(getTranslation("roster.displayName"))
                .setWidth("9em").setFlexGrow(1).setTooltipGenerator(StudentInfo::displayName);
        grid.addColumn(s -> s.schoolStudentId() == null ? "" : s.schoolStudentId()).setHeader(getTranslation("roster.schoolId"))
                .setWidth("6em").setFlexGrow(0);
        grid.addComponentColumn(s -> picturePassword(s.picturePassword())).setHeader(getTranslation("roster.picturePassword"))
                .setWidth("7.5em").setFlexGrow(0);
        // A fixed width, not the buttons' natural width: on a narrow screen the three buttons wrap onto two lines.
        grid.addComponentColumn(this::studentActions).setKey("actions").setHeader(getTranslation("staff.actions"))
                .setWidth("13em").setFlexGrow(1).setFrozenToEnd(true);
        grid.setAllRowsVisible(true);
        refresh();
        add(actions, grid);
    }

    void refresh() {
        grid.setItems(roster.students(classId));
    }

    /** Printable sign-in cards: one card per student and a class sheet, A4 or Letter by school setting. */
    private Anchor cardsLink() {
        Locale locale = getLocale();
        long id = classId;
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = roster.signInCardsPdf(id, locale);
            return new DownloadResponse(new java.io.ByteArrayInputStream(pdf), "sign-in-cards.pdf", "application/pdf", pdf.length);
        }), "");
        link.setId("roster-cards-link");
        link.add(cards);
        return link;
    }

    /** A long name wraps (even without spaces) instead of widening the grid; the tooltip has it whole. */
    static Span name(String displayName) {
        Span name = new Span(displayName);
        name.addClassName("ripple-long-name");
        name.setTitle(displayName);
        return name;
    }

    static Image avatarImage(String avatarId, int size) {
        Image img = new Image("pictures/avatar/" + avatarId + ".svg", "");
        img.setAlt(Pictures.avatar(avatarId).map(p -> img.getTranslation(p.nameKey())).orElse(avatarId));
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
            roster.resetPicturePassword(classId, s.id());
            refresh();
            FieldErrors.Notifications.success(getTranslation("roster.resetPassword.done", s.displayName()));
        });
        reset.setId("roster-reset-" + s.id());
        reset.addThemeVariants(ButtonVariant.SMALL);
        Button remove = new Button(getTranslation("roster.remove"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("roster.remove.title", s.displayName()),
                    getTranslation("roster.remove.text"), getTranslation("roster.remove"), ev -> {
                        roster.removeStudent(classId, s.id());
                        refresh();
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
        row.addClassName("ripple-row-actions");
        return row;
    }

    void openStudentDialog(ClassRecords.@org.jspecify.annotations.Nullable StudentInfo existing) {
        StudentDialog dialog = new StudentDialog(roster, classId, existing, this::refresh);
        add(dialog);
        dialog.open();
    }
}

package app.ripple.classroom;

import app.ripple.classroom.ClassRecords.ClassSummary;
import app.ripple.school.SchoolService;
import app.ripple.school.StaffService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The classes a teacher teaches (a coordinator: all), and where new ones are made. */
@Route("classes")
@RolesAllowed({"COORDINATOR", "TEACHER"})
@Menu(order = 10, title = "nav.classes", icon = "vaadin:group")
class ClassesView extends Main implements HasDynamicTitle {

    final Button create = new Button();
    final Checkbox showArchived = new Checkbox();
    final Div list = new Div();

    private final ClassService classes;

    ClassesView(ClassService classes, SchoolService school, StaffService staff) {
        this.classes = classes;
        setId("classes-view");
        addClassName("ripple-page");
        create.setText(getTranslation("classes.new"));
        create.setId("classes-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> new ClassFormDialog(classes, school, staff, null,
                id -> getUI().ifPresent(ui -> ClassView.open(ui, id))).open());
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("classes.title")), create);
        header.addClassName("ripple-page-header");
        showArchived.setLabel(getTranslation("classes.showArchived"));
        showArchived.setId("classes-show-archived");
        showArchived.addValueChangeListener(e -> refresh());
        list.addClassName("ripple-card-grid");
        list.setId("classes-list");
        add(header, showArchived, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        var mine = classes.myClasses(showArchived.getValue());
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("classes.empty"));
            empty.setId("classes-empty");
            list.add(empty);
        }
        for (ClassSummary c : mine) {
            Div card = new Div();
            card.addClassNames("ripple-card", "ripple-class-card");
            Anchor link = new Anchor("classes/" + c.id(), c.name());
            link.setId("class-link-" + c.id());
            H2 title = new H2(link);
            Paragraph meta = new Paragraph(getTranslation("classes.card.meta", getTranslation(c.ageBand().labelKey()),
                    c.studentCount(), c.termName() == null ? getTranslation("classes.term.none") : c.termName()));
            meta.addClassName("ripple-muted");
            Paragraph teachers = new Paragraph(getTranslation("classes.card.teachers", String.join(", ", c.teacherNames())));
            card.add(title, meta, teachers);
            if (c.archived()) {
                card.add(new Paragraph(getTranslation("classes.archived")));
            }
            list.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classes.title");
    }
}

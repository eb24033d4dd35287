package app.ripple.lesson;

import app.ripple.base.FieldErrors;
import app.ripple.lesson.DistrictLessonService.DistrictLesson;
import app.ripple.lesson.DistrictLessonService.SchoolLesson;
import app.ripple.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The district administrator's lessons: the lessons shared with every school (stop sharing one), and
 * every school's own lessons, schools alphabetically, to share one with every school.
 */
@Route("district/lessons")
@RolesAllowed(Role.DISTRICT_ADMIN_NAME)
@Menu(order = 3, title = "district.nav.lessons", icon = "vaadin:book")
class DistrictLessonsView extends Main implements HasDynamicTitle {

    final Grid<DistrictLesson> shared = new Grid<>();
    final Paragraph noneShared = new Paragraph();
    final Grid<SchoolLesson> schoolLessons = new Grid<>();
    final Paragraph noSchoolLessons = new Paragraph();
    private final DistrictLessonService lessons;

    DistrictLessonsView(DistrictLessonService lessons) {
        this.lessons = lessons;
        setId("district-lessons-view");
        addClassName("ripple-page");
        Paragraph intro = new Paragraph(getTranslation("district.lessons.intro"));
        intro.addClassName("ripple-muted");

        shared.setId("district-lessons-shared");
        shared.setAriaLabel(getTranslation("district.lessons.shared"));
        shared.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        shared.addColumn(DistrictLesson::title).setHeader(getTranslation("lessons.field.title")).setFlexGrow(2);
        shared.addColumn(l -> l.sharedFrom() == null ? "" : l.sharedFrom()).setHeader(getTranslation("district.lessons.from"))
                .setFlexGrow(1);
        shared.addComponentColumn(this::stopButton).setAutoWidth(true).setFlexGrow(0);
        shared.setAllRowsVisible(true);
        noneShared.setText(getTranslation("district.lessons.shared.none"));
        noneShared.setId("district-lessons-shared-none");
        Div sharedCard = new Div(new H2(getTranslation("district.lessons.shared")), noneShared, shared);
        sharedCard.addClassNames("ripple-card", "ripple-section");

        schoolLessons.setId("district-lessons-schools");
        schoolLessons.setAriaLabel(getTranslation("district.lessons.share"));
        schoolLessons.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        schoolLessons.addColumn(SchoolLesson::school).setHeader(getTranslation("district.school.name")).setFlexGrow(1);
        schoolLessons.addColumn(SchoolLesson::title).setHeader(getTranslation("lessons.field.title")).setFlexGrow(2);
        schoolLessons.addColumn(SchoolLesson::author).setHeader(getTranslation("district.lessons.author")).setFlexGrow(1);
        schoolLessons.addComponentColumn(this::shareButton).setAutoWidth(true).setFlexGrow(0);
        schoolLessons.setAllRowsVisible(true);
        noSchoolLessons.setText(getTranslation("district.lessons.schools.none"));
        noSchoolLessons.setId("district-lessons-schools-none");
        Paragraph shareHelp = new Paragraph(getTranslation("district.lessons.share.help"));
        shareHelp.addClassName("ripple-muted");
        Div shareCard = new Div(new H2(getTranslation("district.lessons.share")), shareHelp, noSchoolLessons, schoolLessons);
        shareCard.addClassNames("ripple-card", "ripple-section");

        add(new H1(getTranslation("district.lessons.title")), intro, sharedCard, shareCard);
        refresh();
    }

    private Component stopButton(DistrictLesson l) {
        Button stop = new Button(getTranslation("district.lessons.stop"), e -> {
            lessons.stopSharing(l.id());
            FieldErrors.Notifications.success(getTranslation("district.lessons.stopped", l.title()));
            refresh();
        });
        stop.setId("district-lesson-stop-" + l.id());
        stop.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        return stop;
    }

    private Component shareButton(SchoolLesson l) {
        if (l.shared()) {
            Span already = new Span(getTranslation("district.lessons.alreadyShared"));
            already.addClassName("ripple-muted");
            return already;
        }
        Button share = new Button(getTranslation("district.lessons.shareOne"), e -> {
            lessons.share(l.id());
            FieldErrors.Notifications.success(getTranslation("district.lessons.sharedNow", l.title()));
            refresh();
        });
        share.setId("district-lesson-share-" + l.id());
        share.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        return share;
    }

    void refresh() {
        var list = lessons.shared();
        shared.setItems(list);
        shared.setVisible(!list.isEmpty());
        noneShared.setVisible(list.isEmpty());
        var mine = lessons.schoolLessons();
        schoolLessons.setItems(mine);
        schoolLessons.setVisible(!mine.isEmpty());
        noSchoolLessons.setVisible(mine.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("district.lessons.title");
    }
}

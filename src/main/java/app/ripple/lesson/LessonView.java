package app.ripple.lesson;

import app.ripple.base.NotAllowedException;
import app.ripple.classroom.ClassService;
import app.ripple.lesson.LessonRecords.LessonDetail;
import app.ripple.lesson.LessonRecords.Step;
import app.ripple.lesson.library.StepKind;
import app.ripple.school.SchoolService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** One lesson: objectives, length, components, steps with prompts, the reflection question and teacher notes. */
@Route("lessons/:ref")
@RolesAllowed({"COORDINATOR", "TEACHER"})
class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonService lessons;
    private final DeliveryService deliveries;
    private final ClassService classes;
    private final SchoolService school;
    @Nullable LessonDetail lesson;
    final Button copy = new Button();
    final Button edit = new Button();
    final Button archive = new Button();
    final Button plan = new Button();

    LessonView(LessonService lessons, DeliveryService deliveries, ClassService classes, SchoolService school) {
        this.lessons = lessons;
        this.deliveries = deliveries;
        this.classes = classes;
        this.school = school;
        setId("lesson-view");
        addClassName("ripple-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            lesson = lessons.lesson(event.getRouteParameters().get("ref").orElse(""), getLocale());
        } catch (NotAllowedException e) {
            // Someone else's lesson or no lesson: the same answer.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build(lesson);
    }

    private void build(LessonDetail l) {
        removeAll();
        H1 title = new H1(l.title());
        title.setId("lesson-title");
        Paragraph meta = new Paragraph(getTranslation("lessons.meta", LessonUi.ageBands(this, l.ageBands()), l.minutes()));
        meta.addClassName("ripple-muted");
        add(title, meta);
        if (l.shared()) {
            // Shared by the district with every school: read-only here; a copy is the school's own to change.
            Paragraph shared = new Paragraph(getTranslation("lessons.sharedByDistrict.note"));
            shared.setId("lesson-shared-note");
            shared.addClassName("ripple-notice");
            add(shared);
        }

        Anchor present = new Anchor("lessons/" + l.ref() + "/present", getTranslation("lessons.present"));
        present.setId("lesson-present");
        present.addClassName("ripple-link-button");
        plan.setText(getTranslation("lessons.plan"));
        plan.setId("lesson-plan");
        plan.addThemeVariants(ButtonVariant.PRIMARY);
        plan.addClickListener(e -> {
            PlanDialog d = new PlanDialog(deliveries, lessons, classes, null, l.ref(), school.today(), () -> { });
            add(d);
            d.open();
        });
        copy.setText(getTranslation("lessons.copy"));
        copy.setId("lesson-copy");
        copy.addClickListener(e -> {
            String ref = lessons.copy(l.ref(), getLocale());
            LessonService.customId(ref).ifPresent(id -> getUI().ifPresent(ui -> ui.navigate("lessons/edit/" + id)));
        });
        HorizontalLayout actions = new HorizontalLayout(plan, present, copy);
        actions.addClassName("ripple-toolbar");
        if (l.editable()) {
            long id = LessonService.customId(l.ref()).orElseThrow();
            edit.setText(getTranslation("lessons.edit"));
            edit.setId("lesson-edit");
            edit.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("lessons/edit/" + id)));
            archive.setText(getTranslation("lessons.archive"));
            archive.setId("lesson-archive");
            archive.addThemeVariants(ButtonVariant.ERROR);
            archive.addClickListener(e -> {
                lessons.archive(id);
                getUI().ifPresent(ui -> ui.navigate(LessonsView.class));
            });
            actions.add(edit, archive);
        }
        add(actions);

        if (!l.summary().isBlank()) {
            add(section("lessons.summary", LessonMarkup.render(l.summary())));
        }
        Div components = new Div();
        l.components().stream().sorted().forEach(c -> {
            Paragraph p = new Paragraph(getTranslation(c.nameKey()) + ": " + getTranslation(c.descriptionKey()));
            components.add(p);
        });
        if (l.storyLink() != null) {
            Anchor story = new Anchor(l.storyLink(), getTranslation("lessons.storyLink.open"));
            story.setTarget(AnchorTarget.BLANK);
            story.getElement().setAttribute("rel", "noopener noreferrer");
            story.setId("lesson-story-link");
            components.add(new Paragraph(story));
        }
        add(section("lessons.components", components));
        UnorderedList objectives = new UnorderedList();
        objectives.setId("lesson-objectives");
        l.objectives().forEach(o -> objectives.add(new ListItem(o)));
        add(section("lessons.objectives", objectives));

        OrderedList steps = new OrderedList();
        steps.setId("lesson-steps");
        steps.addClassName("ripple-lesson-steps");
        for (Step s : l.steps()) {
            ListItem item = new ListItem();
            String stepTitle = s.kind() == StepKind.REFLECTION ? getTranslation("lesson.reflection.title") : s.title();
            H3 h = new H3(stepTitle);
            Paragraph kind = new Paragraph(getTranslation("lessons.step.meta", getTranslation(s.kind().nameKey()), s.minutes()));
            kind.addClassName("ripple-muted");
            item.add(h, kind, LessonMarkup.render(s.body()));
            if (!s.prompts().isEmpty()) {
                UnorderedList prompts = new UnorderedList();
                s.prompts().forEach(p -> prompts.add(new ListItem(p)));
                item.add(prompts);
            }
            steps.add(item);
        }
        add(section("lessons.steps", steps));
        if (!l.teacherNote().isBlank()) {
            Component note = LessonMarkup.render(l.teacherNote());
            note.setId("lesson-teacher-note");
            add(section("lessons.teacherNote", note));
        }
    }

    private Section section(String titleKey, Component content) {
        Section s = new Section(new H2(getTranslation(titleKey)), content);
        s.addClassNames("ripple-card", "ripple-section");
        return s;
    }

    @Override
    public String getPageTitle() {
        return lesson == null ? getTranslation("lessons.title") : lesson.title();
    }
}

package app.ripple.lesson;

import app.ripple.base.NotAllowedException;
import app.ripple.lesson.LessonRecords.LessonDetail;
import app.ripple.lesson.LessonRecords.Step;
import app.ripple.lesson.library.StepKind;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The lesson on the classroom board: one step at a time in large type, with next and previous
 * buttons and the arrow keys. Without the staff menu, so the board shows only the lesson.
 */
@Route(value = "lessons/:ref/present", autoLayout = false)
@RolesAllowed({"COORDINATOR", "TEACHER"})
class PresenterView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonService lessons;
    private @Nullable LessonDetail lesson;
    int index;
    final Div stage = new Div();
    final Paragraph position = new Paragraph();
    final Button previous = new Button();
    final Button next = new Button();

    PresenterView(LessonService lessons) {
        this.lessons = lessons;
        setId("presenter-view");
        addClassName("ripple-presenter");
        stage.setId("presenter-step");
        stage.addClassName("ripple-presenter-step");
        position.setId("presenter-position");
        position.addClassName("ripple-presenter-position");
        previous.setText(getTranslation("lessons.present.previous"));
        previous.setId("presenter-previous");
        previous.addClickListener(e -> show(index - 1));
        next.setText(getTranslation("lessons.present.next"));
        next.setId("presenter-next");
        next.addClickListener(e -> show(index + 1));
        Shortcuts.addShortcutListener(this, () -> show(index + 1), Key.ARROW_RIGHT);
        Shortcuts.addShortcutListener(this, () -> show(index - 1), Key.ARROW_LEFT);
        Shortcuts.addShortcutListener(this, () -> show(index + 1), Key.PAGE_DOWN);
        Shortcuts.addShortcutListener(this, () -> show(index - 1), Key.PAGE_UP);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String ref = event.getRouteParameters().get("ref").orElse("");
        try {
            lesson = lessons.lesson(ref, getLocale());
        } catch (NotAllowedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Anchor close = new Anchor("lessons/" + ref, getTranslation("lessons.present.close"));
        close.setId("presenter-close");
        close.addClassName("ripple-presenter-close");
        H1 title = new H1(lesson.title());
        title.addClassName("ripple-presenter-title");
        HorizontalLayout nav = new HorizontalLayout(previous, position, next);
        nav.addClassName("ripple-presenter-nav");
        add(close, title, stage, nav);
        show(0);
    }

    void show(int step) {
        if (lesson == null) {
            return;
        }
        index = Math.max(0, Math.min(lesson.steps().size() - 1, step));
        Step s = lesson.steps().get(index);
        stage.removeAll();
        String heading = s.kind() == StepKind.REFLECTION ? getTranslation("lesson.reflection.title") : s.title();
        stage.add(new H2(heading), LessonMarkup.render(s.body()));
        if (!s.prompts().isEmpty()) {
            UnorderedList prompts = new UnorderedList();
            s.prompts().forEach(p -> prompts.add(new ListItem(p)));
            stage.add(prompts);
        }
        position.setText(getTranslation("lessons.present.position", index + 1, lesson.steps().size()));
        previous.setEnabled(index > 0);
        next.setEnabled(index < lesson.steps().size() - 1);
    }

    @Override
    public String getPageTitle() {
        return lesson == null ? getTranslation("lessons.title") : lesson.title();
    }
}

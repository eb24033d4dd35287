package app.ripple.lesson;

import app.ripple.classroom.AgeBand;
import app.ripple.lesson.LessonRecords.LessonCard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The lesson library: built-in lessons, the district's shared ones and the teacher's own, filtered by age band and component. */
@Route("lessons")
@RolesAllowed({"COORDINATOR", "TEACHER"})
@Menu(order = 30, title = "nav.lessons", icon = "vaadin:book")
class LessonsView extends Main implements HasDynamicTitle {

    final Select<Optional<AgeBand>> ageBand = new Select<>();
    final Select<Optional<EvidenceComponent>> component = new Select<>();
    final Button create = new Button();
    final Div list = new Div();
    private final LessonService lessons;

    LessonsView(LessonService lessons) {
        this.lessons = lessons;
        setId("lessons-view");
        addClassName("ripple-page");
        create.setText(getTranslation("lessons.new"));
        create.setId("lessons-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("lessons/edit")));
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("lessons.title")), create);
        header.addClassName("ripple-page-header");

        List<Optional<AgeBand>> bands = new ArrayList<>();
        bands.add(Optional.empty());
        Arrays.stream(AgeBand.values()).forEach(b -> bands.add(Optional.of(b)));
        ageBand.setLabel(getTranslation("classes.ageBand"));
        ageBand.setId("lessons-age-band");
        ageBand.setItems(bands);
        ageBand.setItemLabelGenerator(b -> b.map(x -> getTranslation(x.labelKey())).orElse(getTranslation("lessons.filter.all")));
        ageBand.setValue(Optional.empty());
        ageBand.addValueChangeListener(e -> refresh());
        List<Optional<EvidenceComponent>> comps = new ArrayList<>();
        comps.add(Optional.empty());
        Arrays.stream(EvidenceComponent.values()).forEach(c -> comps.add(Optional.of(c)));
        component.setLabel(getTranslation("lessons.component"));
        component.setId("lessons-component");
        component.setItems(comps);
        component.setItemLabelGenerator(c -> c.map(x -> getTranslation(x.nameKey())).orElse(getTranslation("lessons.filter.all")));
        component.setValue(Optional.empty());
        component.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(ageBand, component);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("ripple-toolbar");
        list.setId("lessons-list");
        list.addClassName("ripple-card-grid");
        add(header, new Paragraph(getTranslation("lessons.intro")), filters, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<LessonCard> cards = lessons.library(ageBand.getValue() == null ? null : ageBand.getValue().orElse(null),
                component.getValue() == null ? null : component.getValue().orElse(null), getLocale());
        if (cards.isEmpty()) {
            list.add(new Paragraph(getTranslation("lessons.none")));
        }
        for (LessonCard c : cards) {
            Div card = new Div();
            card.addClassNames("ripple-card", "ripple-lesson-card");
            card.setId("lesson-card-" + c.ref());
            Anchor title = new Anchor("lessons/" + c.ref(), c.title());
            title.setId("lesson-open-" + c.ref());
            H2 heading = new H2(title);
            Paragraph meta = new Paragraph(getTranslation("lessons.meta", LessonUi.ageBands(this, c.ageBands()), c.minutes()));
            meta.addClassName("ripple-muted");
            Div badges = new Div();
            if (c.mine()) {
                badges.add(LessonUi.badge(getTranslation("lessons.mine")));
            }
            if (c.shared()) {
                badges.add(LessonUi.badge(getTranslation("lessons.sharedByDistrict")));
            }
            c.components().stream().sorted().forEach(x -> badges.add(LessonUi.badge(getTranslation(x.nameKey()))));
            card.add(heading, meta, new Paragraph(c.summary()), badges);
            list.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lessons.title");
    }
}

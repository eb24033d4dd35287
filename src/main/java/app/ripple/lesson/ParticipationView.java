package app.ripple.lesson;

import app.ripple.base.NotAllowedException;
import app.ripple.lesson.LessonRecords.DeliveryInfo;
import app.ripple.lesson.LessonRecords.Participation;
import app.ripple.lesson.LessonRecords.ParticipationRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The fast participation screen: every student enrolled on the day, "participated" by default,
 * one tap to change to present or absent (saved at once). Absent students get a make-up.
 */
@Route("classes/:classId(\\d+)/deliveries/:deliveryId(\\d+)")
@RolesAllowed({"COORDINATOR", "TEACHER"})
class ParticipationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DeliveryService deliveries;
    private @Nullable DeliveryInfo delivery;
    final Div list = new Div();

    ParticipationView(DeliveryService deliveries) {
        this.deliveries = deliveries;
        setId("participation-view");
        addClassName("ripple-page");
        list.setId("participation-list");
        list.addClassName("ripple-participation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long classId = Long.parseLong(event.getRouteParameters().get("classId").orElse("0"));
            long deliveryId = Long.parseLong(event.getRouteParameters().get("deliveryId").orElse("0"));
            delivery = deliveries.delivery(deliveryId);
            if (delivery.classId() != classId) {
                throw new NotAllowedException("delivery of another class");
            }
        } catch (NotAllowedException | NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build(delivery);
    }

    private void build(DeliveryInfo d) {
        removeAll();
        H1 title = new H1(LessonUi.title(this, d.titleKey(), d.title()));
        title.setId("participation-title");
        Paragraph meta = new Paragraph(getTranslation("lessons.delivery.meta", LessonUi.date(this, d.deliveredOn()), d.minutes(),
                d.components().isEmpty() ? "—" : LessonUi.components(this, d.components())));
        meta.addClassName("ripple-muted");
        add(title, meta);
        if (!d.notes().isBlank()) {
            add(LessonMarkup.render(d.notes()));
        }
        Paragraph help = new Paragraph(getTranslation("lessons.participation.help"));
        add(help, list);
        refresh();
        Anchor done = new Anchor("classes/" + d.classId(), getTranslation("lessons.participation.done"));
        done.setId("participation-done");
        done.addClassName("ripple-link-button");
        Anchor reflections = new Anchor("classes/" + d.classId() + "/deliveries/" + d.id() + "/reflections",
                getTranslation("lessons.reflections.count", d.reflections()));
        reflections.setId("participation-reflections");
        Button delete = new Button(getTranslation("lessons.delivery.delete"), e -> {
            deliveries.deleteDelivery(d.id());
            getUI().ifPresent(ui -> ui.navigate("classes/" + d.classId()));
        });
        delete.setId("participation-delete");
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        HorizontalLayout actions = new HorizontalLayout(done, reflections, delete);
        actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        actions.addClassName("ripple-toolbar");
        add(actions);
    }

    void refresh() {
        if (delivery == null) {
            return;
        }
        list.removeAll();
        var rows = deliveries.participation(delivery.id());
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("lessons.participation.none")));
        }
        for (ParticipationRow r : rows) {
            list.add(row(r));
        }
    }

    private Div row(ParticipationRow r) {
        Div row = new Div();
        row.setId("participation-" + r.studentId());
        row.addClassName("ripple-participation-row");
        Image avatar = new Image("pictures/avatar/" + r.avatar() + ".svg", "");
        avatar.addClassName("ripple-participation-avatar");
        Span name = new Span(r.displayName());
        name.addClassName("ripple-participation-name");
        Div choices = new Div();
        choices.addClassName("ripple-participation-choices");
        choices.getElement().setAttribute("role", "group");
        choices.getElement().setAttribute("aria-label", r.displayName());
        for (Participation p : Participation.values()) {
            Button b = new Button(getTranslation("lessons.participation." + p.name()));
            b.setId("participation-" + r.studentId() + "-" + p.name());
            b.getElement().setAttribute("aria-pressed", String.valueOf(r.status() == p));
            if (r.status() == p) {
                b.addThemeVariants(p == Participation.ABSENT ? ButtonVariant.ERROR : ButtonVariant.PRIMARY);
            }
            b.addClickListener(e -> {
                deliveries.setParticipation(delivery.id(), r.studentId(), p);
                refresh();
            });
            choices.add(b);
        }
        row.add(avatar, name, choices);
        if (r.status() == Participation.ABSENT) {
            if (r.madeUpOn() != null) {
                Span made = new Span(getTranslation("lessons.makeUp.doneOn", LessonUi.date(this, r.madeUpOn())));
                made.setId("participation-madeup-" + r.studentId());
                row.add(made);
            } else {
                Button makeUp = new Button(getTranslation("lessons.makeUp.done"), e -> {
                    deliveries.markMadeUp(delivery.id(), r.studentId());
                    refresh();
                });
                makeUp.setId("participation-makeup-" + r.studentId());
                makeUp.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                row.add(makeUp);
            }
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lessons.participation");
    }
}

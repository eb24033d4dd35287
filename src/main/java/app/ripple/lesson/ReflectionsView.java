package app.ripple.lesson;

import app.ripple.base.NotAllowedException;
import app.ripple.lesson.LessonRecords.DeliveryInfo;
import app.ripple.lesson.LessonRecords.ReflectionInfo;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The private reflections students wrote after one lesson, for the class's teachers only. */
@Route("classes/:classId(\\d+)/deliveries/:deliveryId(\\d+)/reflections")
@RolesAllowed({"COORDINATOR", "TEACHER"})
class ReflectionsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DeliveryService deliveries;
    private final ReflectionService reflections;
    final Div list = new Div();

    ReflectionsView(DeliveryService deliveries, ReflectionService reflections) {
        this.deliveries = deliveries;
        this.reflections = reflections;
        setId("reflections-view");
        addClassName("ripple-page");
        list.setId("reflections-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DeliveryInfo d;
        List<ReflectionInfo> all;
        try {
            long classId = Long.parseLong(event.getRouteParameters().get("classId").orElse("0"));
            long deliveryId = Long.parseLong(event.getRouteParameters().get("deliveryId").orElse("0"));
            d = deliveries.delivery(deliveryId);
            if (d.classId() != classId) {
                throw new NotAllowedException("delivery of another class");
            }
            all = reflections.forDelivery(deliveryId);
        } catch (NotAllowedException | NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        list.removeAll();
        add(new H1(getTranslation("lessons.reflections.title", LessonUi.title(this, d.titleKey(), d.title()))));
        Paragraph privacy = new Paragraph(getTranslation("lessons.reflections.private"));
        privacy.addClassName("ripple-notice");
        add(privacy);
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("lessons.reflections.none")));
        }
        for (ReflectionInfo r : all) {
            Div row = new Div();
            row.setId("reflection-" + r.id());
            row.addClassNames("ripple-card", "ripple-section");
            Paragraph who = new Paragraph(r.studentName());
            who.addClassName("ripple-muted");
            Paragraph text = new Paragraph(r.text());
            text.addClassName("ripple-quote");
            row.add(who, text);
            if (r.needsAttention()) {
                Anchor queue = new Anchor("moderation", getTranslation("lessons.reflections.needsAttention"));
                queue.setId("reflection-attention-" + r.id());
                row.add(new Paragraph(queue));
            }
            list.add(row);
        }
        Anchor back = new Anchor("classes/" + d.classId() + "/deliveries/" + d.id(), getTranslation("lessons.participation"));
        add(list, back);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lessons.reflections");
    }
}

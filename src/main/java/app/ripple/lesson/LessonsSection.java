package app.ripple.lesson;

import app.ripple.classroom.ClassPageSection;
import app.ripple.classroom.ClassService;
import app.ripple.lesson.LessonRecords.LessonProgress;
import app.ripple.lesson.LessonRecords.DeliveryInfo;
import app.ripple.lesson.LessonRecords.Dose;
import app.ripple.lesson.LessonRecords.MakeUp;
import app.ripple.lesson.LessonRecords.PlanInfo;
import app.ripple.school.SchoolService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;

/**
 * The class page's "Lessons" section: completion, plans ahead, delivered lessons, open make-ups
 * and the participation table (each student's dose, by name: a table for the teacher, never a ranking).
 */
@org.springframework.stereotype.Component
class LessonsSection implements ClassPageSection {

    private final DeliveryService deliveries;
    private final LessonService lessons;
    private final ClassService classes;
    private final SchoolService school;

    LessonsSection(DeliveryService deliveries, LessonService lessons, ClassService classes, SchoolService school) {
        this.deliveries = deliveries;
        this.lessons = lessons;
        this.classes = classes;
        this.school = school;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "lessons.section";
    }

    @Override
    public Component create(long classId) {
        return new Section(classId);
    }

    final class Section extends Div {

        private final long classId;
        final Paragraph completion = new Paragraph();
        final Paragraph planProgress = new Paragraph();
        final Div plans = new Div();
        final Div delivered = new Div();
        final Div makeUps = new Div();
        final Grid<Dose> doses = new Grid<>();
        final Button plan = new Button();

        Section(long classId) {
            this.classId = classId;
            setId("lessons-section");
            completion.setId("lessons-completion");
            planProgress.setId("lessons-plan-progress");
            plan.setText(getTranslation("lessons.plan"));
            plan.setId("lessons-plan");
            plan.addThemeVariants(ButtonVariant.PRIMARY);
            plan.addClickListener(e -> {
                PlanDialog d = new PlanDialog(deliveries, lessons, classes, classId, null, school.today(), this::refresh);
                add(d);
                d.open();
            });
            Anchor record = new Anchor("classes/" + classId + "/lessons/record", getTranslation("lessons.record"));
            record.setId("lessons-record");
            record.addClassName("ripple-link-button");
            Anchor library = new Anchor("lessons", getTranslation("lessons.openLibrary"));
            library.addClassName("ripple-link-button");
            HorizontalLayout actions = new HorizontalLayout(plan, record, library);
            actions.setAlignItems(FlexComponent.Alignment.CENTER);
            actions.addClassName("ripple-toolbar");
            plans.setId("lessons-plans");
            delivered.setId("lessons-delivered");
            makeUps.setId("lessons-makeups");
            doses.setId("lessons-doses");
            doses.setAriaLabel(getTranslation("lessons.doses"));
            doses.addColumn(Dose::displayName).setHeader(getTranslation("lessons.doses.student")).setFlexGrow(1);
            doses.addColumn(d -> d.delivered() == 0 ? "—" : getTranslation("lessons.doses.value", d.attended(), d.delivered()))
                    .setHeader(getTranslation("lessons.doses.attended")).setAutoWidth(true);
            doses.addColumn(d -> LessonProgressText.percent(d.delivered() == 0 ? null : d.fraction(), getLocale())).setHeader(getTranslation("lessons.doses.share"))
                    .setAutoWidth(true);
            doses.addColumn(d -> d.left() ? getTranslation("lessons.doses.left") : "").setHeader(getTranslation("lessons.doses.note"))
                    .setAutoWidth(true);
            doses.addThemeVariants(GridVariant.LUMO_COMPACT);
            doses.setAllRowsVisible(true);
            Paragraph doseHelp = new Paragraph(getTranslation("lessons.doses.help"));
            doseHelp.addClassName("ripple-muted");
            add(completion, planProgress, actions, new H3(getTranslation("lessons.plans")), plans, new H3(getTranslation("lessons.delivered")), delivered,
                    new H3(getTranslation("lessons.makeUps")), makeUps, new H3(getTranslation("lessons.doses")), doseHelp, doses);
            refresh();
        }

        void refresh() {
            LessonProgress progress = deliveries.termProgress(classId);
            completion.setText(LessonProgressText.completion(progress, getLocale(), this::getTranslation));
            planProgress.setText(LessonProgressText.planProgress(progress, getLocale(), this::getTranslation));
            plans.removeAll();
            List<PlanInfo> open = deliveries.plans(classId).stream().filter(p -> p.deliveryId() == null).toList();
            if (open.isEmpty()) {
                plans.add(new Paragraph(getTranslation("lessons.plans.none")));
            }
            for (PlanInfo p : open) {
                Div row = row("lessons-plan-" + p.id(), LessonUi.date(this, p.plannedOn()) + " · " + LessonUi.title(this, p.titleKey(), p.title()));
                Anchor present = new Anchor("lessons/" + p.lessonRef() + "/present", getTranslation("lessons.present"));
                present.setId("lessons-plan-present-" + p.id());
                Anchor rec = new Anchor("classes/" + classId + "/lessons/record?plan=" + p.id(), getTranslation("lessons.record.short"));
                rec.setId("lessons-plan-record-" + p.id());
                Button remove = new Button(getTranslation("lessons.plan.remove"), e -> {
                    deliveries.deletePlan(p.id());
                    refresh();
                });
                remove.setId("lessons-plan-remove-" + p.id());
                remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                row.add(present, rec, remove);
                plans.add(row);
            }
            delivered.removeAll();
            List<DeliveryInfo> done = deliveries.deliveries(classId);
            if (done.isEmpty()) {
                delivered.add(new Paragraph(getTranslation("lessons.delivered.none")));
            }
            for (DeliveryInfo d : done) {
                Div row = row("lessons-delivery-" + d.id(), LessonUi.date(this, d.deliveredOn()) + " · " + LessonUi.title(this, d.titleKey(), d.title()));
                row.add(new Span(getTranslation("lessons.delivered.counts", d.participated(), d.present(), d.absent(), d.madeUp())));
                Anchor part = new Anchor("classes/" + classId + "/deliveries/" + d.id(), getTranslation("lessons.participation"));
                part.setId("lessons-delivery-open-" + d.id());
                Anchor refl = new Anchor("classes/" + classId + "/deliveries/" + d.id() + "/reflections",
                        getTranslation("lessons.reflections.count", d.reflections()));
                refl.setId("lessons-delivery-reflections-" + d.id());
                row.add(part, refl);
                delivered.add(row);
            }
            makeUps.removeAll();
            List<MakeUp> openMakeUps = deliveries.openMakeUps(classId);
            if (openMakeUps.isEmpty()) {
                makeUps.add(new Paragraph(getTranslation("lessons.makeUps.none")));
            }
            for (MakeUp m : openMakeUps) {
                Div row = row("lessons-makeup-" + m.deliveryId() + "-" + m.studentId(), m.displayName() + " · "
                        + LessonUi.title(this, m.titleKey(), m.title()) + " · " + LessonUi.date(this, m.deliveredOn()));
                Button done2 = new Button(getTranslation("lessons.makeUp.done"), e -> {
                    deliveries.markMadeUp(m.deliveryId(), m.studentId());
                    refresh();
                });
                done2.setId("lessons-makeup-done-" + m.deliveryId() + "-" + m.studentId());
                done2.addThemeVariants(ButtonVariant.SMALL);
                row.add(done2);
                makeUps.add(row);
            }
            doses.setItems(deliveries.doses(classId));
        }

        private Div row(String id, String text) {
            Div row = new Div(new Span(text));
            row.setId(id);
            row.addClassName("ripple-lesson-row");
            return row;
        }
    }
}

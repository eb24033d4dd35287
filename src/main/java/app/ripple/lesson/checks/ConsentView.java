package app.ripple.lesson.checks;

import app.ripple.base.NotAllowedException;
import app.ripple.classroom.ClassService;
import app.ripple.lesson.checks.AttitudeRecords.ConsentPolicy;
import app.ripple.lesson.checks.AttitudeRecords.ConsentRow;
import app.ripple.lesson.checks.AttitudeRecords.InstrumentInfo;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * One fast screen to record families' answers for a class and one instrument: a row per student,
 * one tap for yes, no or not asked. Shows whether each student will be offered the check under
 * the instrument's policy.
 */
@Route("classes/:classId(\\d+)/consent")
@RolesAllowed({"COORDINATOR", "TEACHER"})
class ConsentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String YES = "YES";
    static final String NO = "NO";
    static final String UNKNOWN = "UNKNOWN";

    private final ConsentService consent;
    private final InstrumentService instruments;
    private final ClassService classes;
    final Select<InstrumentInfo> instrument = new Select<>();
    final Paragraph policy = new Paragraph();
    final Div rows = new Div();
    private long classId;

    ConsentView(ConsentService consent, InstrumentService instruments, ClassService classes) {
        this.consent = consent;
        this.instruments = instruments;
        this.classes = classes;
        setId("consent-view");
        addClassName("ripple-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String name;
        try {
            classId = Long.parseLong(event.getRouteParameters().get("classId").orElse("0"));
            name = classes.get(classId).name();
        } catch (NotAllowedException | NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        H1 title = new H1(getTranslation("attitude.consent.title", name));
        Anchor back = new Anchor("classes/" + classId, getTranslation("attitude.consent.back"));
        back.setId("consent-back");
        instrument.setLabel(getTranslation("attitude.check.instrument"));
        instrument.setId("consent-instrument");
        instrument.setItemLabelGenerator(InstrumentInfo::title);
        List<InstrumentInfo> all = instruments.usable(getLocale().getLanguage());
        instrument.setItems(all);
        instrument.addValueChangeListener(e -> refresh());
        policy.setId("consent-policy");
        rows.setId("consent-rows");
        rows.addClassName("ripple-consent-rows");
        add(back, title, new Paragraph(getTranslation("attitude.consent.intro")), instrument, policy, rows);
        if (!all.isEmpty()) {
            instrument.setValue(all.getFirst());
        }
    }

    void refresh() {
        rows.removeAll();
        InstrumentInfo info = instrument.getValue();
        if (info == null) {
            return;
        }
        policy.setText(getTranslation(info.policy() == ConsentPolicy.OPT_OUT ? "attitude.policy.OPT_OUT.help" : "attitude.policy.OPT_IN.help"));
        Anchor preview = new Anchor("instruments/" + info.code() + "/preview", getTranslation("attitude.preview.link"));
        preview.setId("consent-preview-link");
        rows.add(preview);
        for (ConsentRow row : consent.consents(classId, info.code())) {
            Span name = new Span(row.displayName());
            name.addClassName("ripple-consent-name");
            RadioButtonGroup<String> choice = new RadioButtonGroup<>();
            choice.setId("consent-" + row.studentId());
            choice.setAriaLabel(getTranslation("attitude.consent.for", row.displayName()));
            choice.setItems(YES, NO, UNKNOWN);
            choice.setItemLabelGenerator(v -> getTranslation("attitude.consent." + v));
            choice.setValue(row.consent() == null ? UNKNOWN : row.consent() ? YES : NO);
            Span offered = new Span(getTranslation(row.eligible() ? "attitude.consent.offered" : "attitude.consent.notOffered"));
            offered.setId("consent-offered-" + row.studentId());
            offered.addClassName("ripple-muted");
            choice.addValueChangeListener(e -> {
                if (!e.isFromClient() && e.getValue() == null) {
                    return;
                }
                Boolean value = YES.equals(e.getValue()) ? Boolean.TRUE : NO.equals(e.getValue()) ? Boolean.FALSE : null;
                consent.record(classId, row.studentId(), info.code(), value);
                boolean eligible = ConsentService.eligible(info.policy(), value);
                offered.setText(getTranslation(eligible ? "attitude.consent.offered" : "attitude.consent.notOffered"));
            });
            Div line = new Div(name, choice, offered);
            line.addClassName("ripple-consent-row");
            rows.add(line);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attitude.consent.pageTitle");
    }
}

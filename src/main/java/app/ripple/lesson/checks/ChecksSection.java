package app.ripple.lesson.checks;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import app.ripple.classroom.ClassPageSection;
import app.ripple.lesson.attitude.AnswerSummary;
import app.ripple.lesson.attitude.AttitudeTexts;
import app.ripple.lesson.attitude.PairedAnalysis;
import app.ripple.lesson.attitude.PairedResult;
import app.ripple.lesson.checks.AttitudeRecords.CheckInfo;
import app.ripple.lesson.checks.AttitudeRecords.InstrumentInfo;
import app.ripple.lesson.checks.AttitudeRecords.InstrumentResult;
import app.ripple.lesson.checks.AttitudeRecords.NotAnswered;
import app.ripple.lesson.checks.AttitudeRecords.Phase;
import app.ripple.school.TermInfo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The class page's "Attitude checks" section: open a check (instrument and phase, in the class's
 * term), close it, see who has not answered yet, and the aggregate results with their caveats.
 */
@org.springframework.stereotype.Component
class ChecksSection implements ClassPageSection {

    private final CheckService checks;
    private final InstrumentService instruments;
    private final AttitudeResults results;

    ChecksSection(CheckService checks, InstrumentService instruments, AttitudeResults results) {
        this.checks = checks;
        this.instruments = instruments;
        this.results = results;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String titleKey() {
        return "attitude.section";
    }

    @Override
    public Component create(long classId) {
        return new Section(classId);
    }

    final class Section extends Div {

        private final long classId;
        final Select<InstrumentInfo> instrument = new Select<>();
        final Select<Phase> phase = new Select<>();
        final Button open = new Button();
        final Div list = new Div();
        final Div figures = new Div();

        Section(long classId) {
            this.classId = classId;
            setId("attitude-section");
            String language = getLocale().getLanguage();
            Optional<TermInfo> term = checks.termFor(classId);
            Paragraph intro = new Paragraph(getTranslation("attitude.section.intro", PairedAnalysis.MIN_GROUP));
            intro.addClassName("ripple-muted");
            add(intro);

            instrument.setLabel(getTranslation("attitude.check.instrument"));
            instrument.setId("attitude-open-instrument");
            instrument.setItemLabelGenerator(InstrumentInfo::title);
            List<InstrumentInfo> usable = instruments.usable(language);
            instrument.setItems(usable);
            if (!usable.isEmpty()) {
                instrument.setValue(usable.getFirst());
            }
            phase.setLabel(getTranslation("attitude.check.phase"));
            phase.setId("attitude-open-phase");
            phase.setItems(Phase.values());
            phase.setItemLabelGenerator(p -> getTranslation("attitude.phase." + p.name()));
            phase.setValue(Phase.PRE);
            open.setText(getTranslation("attitude.check.open"));
            open.setId("attitude-open");
            open.addThemeVariants(ButtonVariant.PRIMARY);
            open.addClickListener(e -> openCheck());
            Anchor consent = new Anchor("classes/" + classId + "/consent", getTranslation("attitude.consent.link"));
            consent.setId("attitude-consent-link");
            consent.addClassName("ripple-link-button");
            HorizontalLayout actions = new HorizontalLayout(instrument, phase, open, consent);
            actions.setAlignItems(FlexComponent.Alignment.BASELINE);
            actions.addClassName("ripple-toolbar");
            actions.getStyle().set("flex-wrap", "wrap");
            Paragraph termLine = new Paragraph(term.map(t -> getTranslation("attitude.check.term", t.name()))
                    .orElseGet(() -> getTranslation("attitude.check.noTerm")));
            termLine.setId("attitude-term");
            add(termLine);
            if (term.isPresent()) {
                add(actions);
            } else {
                add(consent);
            }
            list.setId("attitude-checks");
            list.addClassName("ripple-card-grid");
            figures.setId("attitude-results");
            add(list, figures);
            refresh();
        }

        void openCheck() {
            try {
                if (instrument.getValue() == null) {
                    throw new InvalidInputException("instrument", "validation.required");
                }
                checks.open(classId, instrument.getValue().code(), phase.getValue());
                FieldErrors.clear(Map.of("instrument", instrument, "phase", phase));
                refresh();
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, Map.of("instrument", instrument, "phase", phase));
            }
        }

        void refresh() {
            String language = getLocale().getLanguage();
            list.removeAll();
            List<CheckInfo> all = checks.checks(classId, language);
            if (all.isEmpty()) {
                list.add(new Paragraph(getTranslation("attitude.check.none")));
            }
            DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.of("UTC"));
            for (CheckInfo c : all) {
                Div card = new Div();
                card.addClassNames("ripple-card", "ripple-attitude-check");
                card.setId("attitude-check-" + c.id());
                card.add(new H3(c.instrumentTitle() + " · " + getTranslation("attitude.phase." + c.phase().name())));
                card.add(new Paragraph(c.open()
                        ? getTranslation("attitude.check.openSince", f.format(c.openedAt()), c.answered())
                        : getTranslation("attitude.check.closedOn", f.format(c.closedAt()), c.answered())));
                if (c.open()) {
                    List<NotAnswered> missing = checks.notAnswered(c.id());
                    Paragraph who = new Paragraph(missing.isEmpty() ? getTranslation("attitude.check.allAnswered")
                            : getTranslation("attitude.check.notAnswered",
                                    String.join(", ", missing.stream().map(NotAnswered::displayName).toList())));
                    who.setId("attitude-not-answered-" + c.id());
                    Button close = new Button(getTranslation("attitude.check.close"), e -> {
                        checks.close(c.id());
                        refresh();
                    });
                    close.setId("attitude-close-" + c.id());
                    close.addThemeVariants(ButtonVariant.SMALL);
                    card.add(who, close);
                }
                Anchor preview = new Anchor("instruments/" + c.instrumentCode() + "/preview", getTranslation("attitude.preview.link"));
                preview.addClassName("ripple-link-button");
                card.add(preview);
                list.add(card);
            }
            figures.removeAll();
            Optional<TermInfo> term = checks.termFor(classId);
            if (term.isEmpty()) {
                return;
            }
            for (InstrumentResult r : results.forClass(classId, term.get().id(), language)) {
                figures.add(resultCard(r));
            }
        }

        private Component resultCard(InstrumentResult r) {
            Div card = new Div();
            card.setId("attitude-result-" + r.instrumentCode());
            card.addClassNames("ripple-card", "ripple-attitude-result");
            card.add(new H3(getTranslation("attitude.results.title", r.title())));
            if (!r.validated()) {
                card.add(note(getTranslation("attitude.instrument.notValidated")));
            }
            card.add(note(getTranslation("attitude.instrument.credit", r.citation())));
            AnswerSummary s = r.summary();
            card.add(new Paragraph(wave(getTranslation("attitude.wave.pre"), s.pre())));
            card.add(new Paragraph(wave(getTranslation("attitude.wave.post"), s.post())));
            if (r.prePost() == null) {
                card.add(new Paragraph(getTranslation("attitude.results.waitForClose")));
            } else {
                card.add(new H4(getTranslation("attitude.results.prePost")));
                card.add(lines(r.prePost(), "attitude-figures-" + r.instrumentCode()));
            }
            if (r.preFollowUp() != null) {
                card.add(new H4(getTranslation("attitude.results.preFollowUp")));
                card.add(lines(r.preFollowUp(), "attitude-followup-" + r.instrumentCode()));
            }
            return card;
        }

        private String wave(String name, AnswerSummary.Wave w) {
            return w instanceof AnswerSummary.Wave.Shown shown
                    ? getTranslation("attitude.summary.wave", name, shown.count(), shown.mean())
                    : getTranslation("attitude.summary.waveSuppressed", name, PairedAnalysis.MIN_GROUP);
        }

        private Component lines(PairedResult result, String id) {
            Div box = new Div();
            box.setId(id);
            for (AttitudeTexts.Line line : AttitudeTexts.describe(result)) {
                Paragraph p = new Paragraph(getTranslation(line.key(), line.args().toArray()));
                if (line.key().startsWith("attitude.reference") || line.key().equals(AttitudeTexts.CAVEAT)) {
                    p.addClassName("ripple-muted");
                }
                box.add(p);
            }
            return box;
        }

        private Paragraph note(String text) {
            Paragraph p = new Paragraph(text);
            p.addClassName("ripple-muted");
            return p;
        }
    }
}

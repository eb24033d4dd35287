package app.ripple.lesson;

import app.ripple.base.InvalidInputException;
import app.ripple.classroom.KioskContribution;
import app.ripple.lesson.LessonRecords.ReflectionPrompt;
import app.ripple.lesson.LessonRecords.ReflectionSaved;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;

/**
 * On the class tablet, below the act recording: a compact card inviting the signed-in student to
 * answer the closing question of a lesson their class had recently. It opens in place; the
 * answer is private to the teachers and goes through the safeguarding routing.
 */
@org.springframework.stereotype.Component
@Order(20)
class ReflectionKiosk implements KioskContribution {

    private final ReflectionService reflections;

    ReflectionKiosk(ReflectionService reflections) {
        this.reflections = reflections;
    }

    @Override
    public Optional<Component> studentSpace(StudentSpaceHost host) {
        List<ReflectionPrompt> open = reflections.openPrompts();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReflectionCard(reflections, host, open.getFirst()));
    }

    /** The card, then the question with a text box, then thanks (or the trusted-adult card). */
    static final class ReflectionCard extends Div {

        private static final Logger log = LoggerFactory.getLogger(ReflectionCard.class);
        private final ReflectionService reflections;
        private final StudentSpaceHost host;
        private ReflectionPrompt prompt;
        private UUID key = UUID.randomUUID();

        ReflectionCard(ReflectionService reflections, StudentSpaceHost host, ReflectionPrompt prompt) {
            this.reflections = reflections;
            this.host = host;
            this.prompt = prompt;
            setId("reflection-card");
            addClassNames("ripple-card", "ripple-reflection-card");
            invite();
        }

        private String question() {
            return prompt.questionKey() != null ? getTranslation(prompt.questionKey()) : prompt.question();
        }

        void invite() {
            removeAll();
            Paragraph lead = new Paragraph(getTranslation("lessons.kiosk.invite",
                    LessonUi.title(this, prompt.titleKey(), prompt.title())));
            Button open = new Button(getTranslation("lessons.kiosk.answer"), e -> write());
            open.setId("reflection-open");
            open.addClassName("ripple-kiosk-back");
            add(lead, open);
        }

        void write() {
            removeAll();
            key = UUID.randomUUID();
            H2 q = new H2(question());
            q.setId("reflection-question");
            TextArea text = new TextArea();
            text.setId("reflection-text");
            text.setLabel(getTranslation("lessons.kiosk.label"));
            text.setHelperText(getTranslation("lessons.kiosk.help", ReflectionService.MAX_LENGTH));
            text.setMaxLength(ReflectionService.MAX_LENGTH);
            text.setWidthFull();
            text.setValueChangeMode(ValueChangeMode.EAGER);
            Button save = new Button(getTranslation("lessons.kiosk.save"));
            save.setId("reflection-save");
            save.addClassNames("ripple-kiosk-back", "ripple-save");
            save.addClickListener(e -> save(text));
            Button later = new Button(getTranslation("lessons.kiosk.later"), e -> invite());
            later.setId("reflection-later");
            later.addClassName("ripple-kiosk-back");
            add(q, text, save, later);
            text.focus();
        }

        void save(TextArea text) {
            ReflectionSaved saved;
            try {
                saved = reflections.answer(key, prompt.deliveryId(), text.getValue());
            } catch (InvalidInputException e) {
                text.setErrorMessage(getTranslation(e.problems().getFirst().messageKey(), e.problems().getFirst().args()));
                text.setInvalid(true);
                return;
            } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
                log.warn("Saving a reflection failed; it stays on screen for a retry: {}", e.getMessage());
                text.setErrorMessage(getTranslation("lessons.kiosk.failed"));
                text.setInvalid(true);
                return;
            }
            removeAll();
            if (saved.showTrustedAdult()) {
                Div card = new Div(new H2(getTranslation("record.trustedAdult.title")), new Paragraph(
                        saved.trustedAdultText() != null ? saved.trustedAdultText() : getTranslation("record.trustedAdult.text")));
                card.setId("reflection-trusted-adult");
                card.addClassNames("ripple-card", "ripple-trusted-adult");
                Button ok = new Button(getTranslation("record.ok"), e -> host.signOut());
                ok.setId("reflection-trusted-adult-ok");
                ok.addClassName("ripple-kiosk-back");
                add(card, ok);
                return;
            }
            Paragraph thanks = new Paragraph(getTranslation("lessons.kiosk.thanks"));
            thanks.setId("reflection-thanks");
            add(thanks);
            List<ReflectionPrompt> next = reflections.openPrompts();
            if (!next.isEmpty()) {
                prompt = next.getFirst();
                Button more = new Button(getTranslation("lessons.kiosk.next"), e -> invite());
                more.setId("reflection-next");
                more.addClassName("ripple-kiosk-back");
                add(more);
            }
        }
    }
}

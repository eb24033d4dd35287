package app.ripple.lesson.checks;

import app.ripple.base.InvalidInputException;
import app.ripple.classroom.KioskContribution;
import app.ripple.lesson.checks.AttitudeRecords.StudentCheck;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * Attitude checks on the class tablet: a compact card "a few questions from your teacher" at the
 * top of the student's space, which opens the check in place: one statement per screen, big picture
 * buttons for the answers, a thank-you, then sign-out. The answers are sent once, at the end.
 */
@org.springframework.stereotype.Component
@Order(5)
class AttitudeKiosk implements KioskContribution {

    private final CheckService checks;

    AttitudeKiosk(CheckService checks) {
        this.checks = checks;
    }

    @Override
    public Optional<Component> studentSpace(StudentSpaceHost host) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        String language = ui == null ? "en" : ui.getLocale().getLanguage();
        List<StudentCheck> open = checks.myOpenChecks(language);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CheckFlow(checks, host, open.getFirst()));
    }

    /** The card, then the statements one by one, then the thank-you. */
    static final class CheckFlow extends Div {

        private final CheckService checks;
        private final StudentSpaceHost host;
        private final StudentCheck check;
        private final List<Integer> answers = new ArrayList<>();

        CheckFlow(CheckService checks, StudentSpaceHost host, StudentCheck check) {
            this.checks = checks;
            this.host = host;
            this.check = check;
            setId("attitude-check");
            addClassNames("ripple-card", "ripple-attitude");
            card();
        }

        void card() {
            removeAll();
            Span icon = new Span("?");
            icon.addClassName("ripple-attitude-icon");
            icon.getElement().setAttribute("aria-hidden", "true");
            Paragraph text = new Paragraph(getTranslation("attitude.kiosk.card"));
            text.addClassName("ripple-attitude-card-text");
            Button start = new Button(getTranslation("attitude.kiosk.start"), e -> statement(0));
            start.setId("attitude-start");
            start.addClassName("ripple-kiosk-back");
            add(icon, text, start);
        }

        void statement(int index) {
            removeAll();
            while (answers.size() > index) {
                answers.removeLast();
            }
            int total = check.statements().size();
            Paragraph progress = new Paragraph(getTranslation("attitude.kiosk.progress", index + 1, total));
            progress.setId("attitude-progress");
            progress.addClassName("ripple-attitude-progress");
            H2 statement = new H2(check.statements().get(index));
            statement.setId("attitude-statement");
            statement.addClassName("ripple-attitude-statement");
            Div scale = new Div();
            scale.addClassName("ripple-attitude-scale");
            scale.getElement().setAttribute("role", "group");
            scale.getElement().setAttribute("aria-labelledby", "attitude-statement");
            int points = check.scaleMax() - check.scaleMin() + 1;
            for (int v = check.scaleMin(); v <= check.scaleMax(); v++) {
                int value = v;
                String label = check.labels().get(v - check.scaleMin());
                Button b = new Button();
                b.setId("attitude-answer-" + v);
                b.addClassName("ripple-attitude-answer");
                b.getElement().appendChild(new Image("pictures/attitude/" + ScalePictures.id(points, v - check.scaleMin()) + ".svg", "")
                        .getElement());
                b.getElement().appendChild(new Span(label).getElement());
                b.addClickListener(e -> {
                    answers.add(value);
                    if (index + 1 < total) {
                        statement(index + 1);
                    } else {
                        save();
                    }
                });
                scale.add(b);
            }
            add(progress, statement, scale);
            if (index > 0) {
                Button back = new Button(getTranslation("kiosk.back"), e -> statement(index - 1));
                back.setId("attitude-back");
                back.addClassName("ripple-kiosk-back");
                add(back);
            }
        }

        void save() {
            try {
                checks.answer(check.checkId(), List.copyOf(answers));
            } catch (InvalidInputException e) {
                removeAll();
                Paragraph p = new Paragraph(getTranslation(e.problems().getFirst().messageKey(), e.problems().getFirst().args()));
                p.setId("attitude-error");
                add(p);
                return;
            }
            removeAll();
            Div thanks = new Div(new H2(getTranslation("attitude.kiosk.thanks")), new Paragraph(getTranslation("attitude.kiosk.thanks.text")));
            thanks.setId("attitude-thanks");
            thanks.addClassName("ripple-thanks");
            add(thanks);
            host.signOutSoon();
        }
    }
}

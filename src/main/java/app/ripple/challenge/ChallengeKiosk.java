package app.ripple.challenge;

import app.ripple.challenge.ChallengeRecords.ChallengeInfo;
import app.ripple.challenge.ChallengeRecords.MyAct;
import app.ripple.challenge.ChallengeRecords.Progress;
import app.ripple.challenge.ChallengeRecords.RecordAct;
import app.ripple.challenge.ChallengeRecords.Recorded;
import app.ripple.challenge.ChallengeRecords.Suggestion;
import app.ripple.challenge.ChallengeRecords.WallCard;
import app.ripple.classroom.KioskContribution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/** The challenge feature on the class tablet: the class goal at home, and recording an act. */
@org.springframework.stereotype.Component
// First in the student's space: recording an act is what the tablet is mostly for (3 taps).
@org.springframework.core.annotation.Order(10)
class ChallengeKiosk implements KioskContribution {

    private final ActService acts;

    ChallengeKiosk(ActService acts) {
        this.acts = acts;
    }

    @Override
    public Optional<Component> tabletHome(String token) {
        List<Progress> progress = acts.tabletProgress(token);
        if (progress.isEmpty()) {
            return Optional.empty();
        }
        Div box = new Div();
        box.addClassName("ripple-kiosk-goals");
        for (Progress p : progress) {
            box.add(RippleProgress.of(p, box.getTranslation("challenge.progress", p.title(), p.count(), p.goal())));
        }
        return Optional.of(box);
    }

    @Override
    public Optional<Component> studentSpace(StudentSpaceHost host) {
        return Optional.of(new RecordActFlow(acts, host));
    }

    /**
     * Choose the challenge (if several run), an act (one tap) or own words, for whom (one tap),
     * optionally a feeling and an inspiration, then save (one tap). A failed save keeps the entry on
     * screen with "try again"; its idempotency key makes a retry or a double tap harmless.
     */
    static final class RecordActFlow extends Div {

        private static final Logger log = LoggerFactory.getLogger(RecordActFlow.class);
        private final ActService acts;
        private final StudentSpaceHost host;
        private @Nullable ChallengeInfo challenge;
        private @Nullable Suggestion suggestion;
        private @Nullable String ownText;
        private @Nullable Recipient recipient;
        private @Nullable Integer feeling;
        private @Nullable Long inspiredBy;
        private UUID key = UUID.randomUUID();

        RecordActFlow(ActService acts, StudentSpaceHost host) {
            this.acts = acts;
            this.host = host;
            setId("record-act");
            addClassName("ripple-record");
            start();
        }

        void start() {
            removeAll();
            host.newScreen();
            key = UUID.randomUUID();
            suggestion = null;
            ownText = null;
            recipient = null;
            feeling = null;
            inspiredBy = null;
            ChallengeRecords.StudentStart opening = acts.studentStart();
            List<ChallengeInfo> running = opening.running();
            if (running.isEmpty()) {
                add(new Paragraph(getTranslation("record.none")));
            } else if (running.size() == 1) {
                chooseAct(running.getFirst());
            } else {
                add(new H2(getTranslation("record.chooseChallenge")));
                Div grid = grid();
                for (ChallengeInfo c : running) {
                    Button b = bigButton(c.title(), null, "record-challenge-" + c.id(), () -> chooseAct(c));
                    grid.add(b);
                }
                add(grid);
            }
            add(myActs(opening.recent()));
        }

        void chooseAct(ChallengeInfo c) {
            removeAll();
            host.newScreen();
            challenge = c;
            add(new H2(getTranslation("record.whatDidYouDo")));
            Div grid = grid();
            for (Suggestion s : c.suggestions()) {
                String text = s.textKey() != null ? getTranslation(s.textKey()) : s.text();
                grid.add(bigButton(text, "pictures/act/" + s.pictureId() + ".svg", "record-suggestion-" + s.key().replace(':', '-'),
                        () -> {
                            suggestion = s;
                            if (s.category().isPrivate()) {
                                recipient = Recipient.MYSELF;
                                finish();
                            } else {
                                chooseRecipient();
                            }
                        }));
            }
            grid.add(bigButton(getTranslation("record.somethingElse"), "pictures/act/act_pencil.svg", "record-own-words", this::ownWords));
            add(grid);
        }

        void ownWords() {
            removeAll();
            host.newScreen();
            add(new H2(getTranslation("record.ownWords")));
            TextArea text = new TextArea();
            text.setId("record-own-text");
            text.setMaxLength(ActService.OWN_TEXT_MAX);
            text.setLabel(getTranslation("record.ownWords.label"));
            text.setHelperText(getTranslation("record.ownWords.help", ActService.OWN_TEXT_MAX));
            text.setWidthFull();
            text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            Button next = new Button(getTranslation("record.next"), e -> {
                if (text.getValue().isBlank()) {
                    text.setErrorMessage(getTranslation("validation.required"));
                    text.setInvalid(true);
                    return;
                }
                ownText = text.getValue();
                chooseRecipient();
            });
            next.setId("record-own-next");
            next.addClassName("ripple-kiosk-back");
            add(text, next, back());
        }

        void chooseRecipient() {
            removeAll();
            host.newScreen();
            add(new H2(getTranslation("record.forWhom")));
            Div grid = grid();
            for (Recipient r : Recipient.values()) {
                grid.add(bigButton(getTranslation(r.nameKey()), "pictures/act/" + r.pictureId() + ".svg", "record-for-" + r.name(), () -> {
                    recipient = r;
                    finish();
                }));
            }
            add(grid, back());
        }

        /** The last screen: optional feeling and inspiration, and the big save button. */
        void finish() {
            removeAll();
            host.newScreen();
            add(new H2(getTranslation("record.almostDone")));
            Paragraph feelingLabel = new Paragraph(getTranslation("record.howDidItFeel"));
            Div faces = new Div();
            faces.addClassName("ripple-faces");
            for (int i = 1; i <= 5; i++) {
                int value = i;
                Button face = new Button();
                face.setId("record-feeling-" + i);
                face.addClassName("ripple-face");
                face.getElement().appendChild(new Image("pictures/act/feeling_" + i + ".svg", "").getElement());
                face.setAriaLabel(getTranslation("feeling." + i));
                face.addClickListener(e -> {
                    feeling = feeling != null && feeling == value ? null : value;
                    faces.getChildren().forEach(c -> c.getElement().setAttribute("aria-pressed", "false"));
                    face.getElement().setAttribute("aria-pressed", String.valueOf(feeling != null));
                });
                faces.add(face);
            }
            add(feelingLabel, faces);
            List<WallCard> inspirations = acts.inspirations();
            if (!inspirations.isEmpty()) {
                add(new Paragraph(getTranslation("record.inspiredBy")));
                Div list = new Div();
                list.addClassName("ripple-inspirations");
                for (WallCard w : inspirations.subList(0, Math.min(6, inspirations.size()))) {
                    String text = w.text() != null ? w.text() : getTranslation(w.textKey());
                    Button b = new Button(text);
                    b.setId("record-inspired-" + w.id());
                    b.addClassName("ripple-inspiration");
                    b.addClickListener(e -> {
                        inspiredBy = inspiredBy != null && inspiredBy == w.id() ? null : w.id();
                        list.getChildren().forEach(c -> c.getElement().setAttribute("aria-pressed", "false"));
                        b.getElement().setAttribute("aria-pressed", String.valueOf(inspiredBy != null));
                    });
                    list.add(b);
                }
                add(list);
            }
            Button save = new Button(getTranslation("record.save"), e -> save());
            save.setId("record-save");
            save.addClassNames("ripple-kiosk-back", "ripple-save");
            save.setDisableOnClick(true);
            add(save, back());
        }

        void save() {
            Recorded recorded;
            try {
                recorded = acts.record(new RecordAct(key, challenge.id(), suggestion == null ? null : suggestion.key(), ownText,
                        recipient, feeling, inspiredBy));
            } catch (app.ripple.base.InvalidInputException e) {
                showRetry(getTranslation(e.problems().getFirst().messageKey(), e.problems().getFirst().args()));
                return;
            } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
                log.warn("Saving an act failed; the entry stays on screen for a retry: {}", e.getMessage());
                showRetry(getTranslation("record.failed"));
                return;
            }
            removeAll();
            host.newScreen();
            if (recorded.showTrustedAdult()) {
                Div card = new Div(new H2(getTranslation("record.trustedAdult.title")), new Paragraph(
                        recorded.trustedAdultText() != null ? recorded.trustedAdultText() : getTranslation("record.trustedAdult.text")));
                card.setId("record-trusted-adult");
                card.addClassNames("ripple-card", "ripple-trusted-adult");
                Button ok = new Button(getTranslation("record.ok"), e -> host.signOut());
                ok.setId("record-trusted-adult-ok");
                ok.addClassName("ripple-kiosk-back");
                add(card, ok);
                return;
            }
            Div thanks = new Div(new Html("<div class=\"ripple-splash\" aria-hidden=\"true\"><span></span><span></span><span></span></div>"),
                    new H2(getTranslation("record.thanks")), new Paragraph(getTranslation(
                            recorded.status() == ChallengeRecords.Status.PENDING ? "record.thanks.pending" : "record.thanks.text")));
            thanks.setId("record-thanks");
            thanks.addClassName("ripple-thanks");
            add(thanks);
            host.signOutSoon();
        }

        private void showRetry(String message) {
            Paragraph error = new Paragraph(message);
            error.setId("record-error");
            error.addClassName("ripple-kiosk-message");
            getChildren().filter(c -> "record-error".equals(c.getId().orElse(""))).toList().forEach(this::remove);
            addComponentAsFirst(error);
            getChildren().filter(c -> c instanceof Button b && "record-save".equals(b.getId().orElse(""))).findFirst()
                    .ifPresent(c -> {
                        Button b = (Button) c;
                        b.setText(getTranslation("record.tryAgain"));
                        b.setEnabled(true);
                    });
        }

        private Component myActs(List<MyAct> mine) {
            Div box = new Div();
            box.setId("record-my-acts");
            box.addClassName("ripple-my-acts");
            if (mine.isEmpty()) {
                return box;
            }
            box.add(new H2(getTranslation("record.myActs")));
            for (MyAct a : mine) {
                String text = a.textKey() != null ? getTranslation(a.textKey()) : a.text();
                Span label = new Span(text);
                Div row = new Div(label);
                row.addClassName("ripple-my-act");
                if (a.notMe()) {
                    row.add(new Span(getTranslation("record.notMe.flagged")));
                } else {
                    Button notMe = new Button(getTranslation("record.notMe"), e -> {
                        acts.flagNotMe(a.id());
                        start();
                    });
                    notMe.setId("record-not-me-" + a.id());
                    row.add(notMe);
                }
                box.add(row);
            }
            return box;
        }

        private Button back() {
            Button b = new Button(getTranslation("kiosk.back"), e -> start());
            b.setId("record-back");
            b.addClassName("ripple-kiosk-back");
            return b;
        }

        private static Div grid() {
            Div grid = new Div();
            grid.addClassName("ripple-record-grid");
            return grid;
        }

        private static Button bigButton(String text, @Nullable String picture, String id, Runnable action) {
            Button b = new Button();
            b.setId(id);
            b.addClassName("ripple-record-card");
            if (picture != null) {
                b.getElement().appendChild(new Image(picture, "").getElement());
            }
            b.getElement().appendChild(new Span(text).getElement());
            b.setAriaLabel(text);
            b.addClickListener(e -> action.run());
            return b;
        }
    }
}

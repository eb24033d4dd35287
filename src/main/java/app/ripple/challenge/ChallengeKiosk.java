package app.ripple.challenge;

import app.ripple.challenge.ChallengeRecords.ChallengeInfo;
import app.ripple.challenge.ChallengeRecords.MyAct;
import app.ripple.challenge.ChallengeRecords.Progress;
import app.ripple.challenge.ChallengeRecords.RecordAct;
import app.ripple.challenge.ChallengeRecords.Recorded;
import app.ripple.challenge.ChallengeRecords.Suggestion;
import app.ripple.challenge.ChallengeRecords.WallCard;
import app.ripple.classroom.KioskContribution;
import app.ripple.base.Xml;
import app.ripple.classroom.KioskParts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
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
    public Optional<StudentActivity> studentActivity(StudentSpaceHost host) {
        RecordActFlow flow = new RecordActFlow(acts, host);
        return Optional.of(flow);
    }

    /**
     * Recording an act, built once per tablet page: the act cards of every running challenge (the
     * challenge is folded into the card, so three taps are enough even with several), own words, for
     * whom, and the last screen with the optional feeling and inspiration and the save button. The
     * browser moves between these steps by itself; the save is the one round trip, and it signs the
     * student out too. A failed save keeps the entry on screen with "try again"; its idempotency key
     * makes a retry or a double tap harmless.
     */
    static final class RecordActFlow extends Div implements StudentActivity {

        private static final Logger log = LoggerFactory.getLogger(RecordActFlow.class);
        private final ActService acts;
        private final StudentSpaceHost host;
        private UUID key = UUID.randomUUID();
        /** The challenges the act cards show now, with what makes their cards (not their progress). */
        private List<List<Object>> builtFor = List.of();
        private List<Long> inspirationIds = List.of();
        private boolean retrying;
        final Div cardGroups = new Div();
        final Div ownChallenges = new Div();
        final Div inspirations = new Div();
        final Paragraph inspirationsLabel = new Paragraph();
        final Paragraph error = new Paragraph();
        final Paragraph trustedText = new Paragraph();
        final Div myActs = new Div();
        final NativeButton save = new NativeButton();
        final NativeButton ownWords = new NativeButton();

        RecordActFlow(ActService acts, StudentSpaceHost host) {
            this.acts = acts;
            this.host = host;
            setId("record-act");
            addClassName("ripple-record");
            getElement().setAttribute("data-step", "acts");
            add(actsStep(), ownStep(), recipientStep(), finishStep(), thanksStep(), trustedStep());
        }

        @Override
        public Component component() {
            return this;
        }

        @Override
        protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
            getElement().executeJs(SCRIPT);
        }

        private Div step(String name, @Nullable String heading) {
            Div step = new Div();
            step.addClassName("ripple-record-step");
            step.getElement().setAttribute("data-record-step", name);
            if (heading != null) {
                H2 h = new H2(getTranslation(heading));
                Div row = new Div(h, KioskParts.say(this, h.getText()));
                row.addClassName("ripple-kiosk-prompt-row");
                step.add(row);
            }
            return step;
        }

        private Div actsStep() {
            Div step = step("acts", "record.whatDidYouDo");
            ownWords.setId("record-own-words");
            ownWords.addClassName("ripple-record-own");
            ownWords.getElement().appendChild(new Image("pictures/act/act_pencil.svg", "").getElement(),
                    new Span(getTranslation("record.somethingElse")).getElement());
            ownWords.getElement().setAttribute("data-go", "own");
            ownWords.getStyle().set("display", "none");
            cardGroups.setId("record-cards");
            myActs.setId("record-my-acts");
            myActs.addClassName("ripple-my-acts");
            // "Something else" first: it stays in view however many cards the challenges offer.
            step.add(ownWords, cardGroups, myActs);
            return step;
        }

        private Div ownStep() {
            Div step = step("own", "record.ownWords");
            ownChallenges.setId("record-own-challenges");
            ownChallenges.addClassName("ripple-record-own-challenges");
            Element label = new Element("label");
            label.setAttribute("for", "record-own-text");
            label.setText(getTranslation("record.ownWords.label"));
            Element text = new Element("textarea");
            text.setAttribute("id", "record-own-text");
            text.setAttribute("maxlength", String.valueOf(ActService.OWN_TEXT_MAX));
            text.setAttribute("rows", "3");
            text.setAttribute("aria-describedby", "record-own-help record-own-error");
            Paragraph help = new Paragraph(getTranslation("record.ownWords.help", ActService.OWN_TEXT_MAX));
            help.setId("record-own-help");
            help.addClassName("ripple-muted");
            Paragraph ownError = new Paragraph();
            ownError.setId("record-own-error");
            ownError.addClassName("ripple-kiosk-message");
            ownError.getElement().setAttribute("aria-live", "polite");
            ownError.getElement().setAttribute("data-required", getTranslation("validation.required"));
            Div field = new Div();
            field.addClassName("ripple-record-own-field");
            field.getElement().appendChild(label, text);
            field.add(help, ownError);
            NativeButton next = new NativeButton(getTranslation("record.next"));
            next.setId("record-own-next");
            next.addClassNames("ripple-kiosk-back", "ripple-save");
            next.getElement().setAttribute("data-go", "own-next");
            step.add(ownChallenges, field, next, back());
            return step;
        }

        private Div recipientStep() {
            Div step = step("recipient", "record.forWhom");
            Div grid = grid();
            StringBuilder html = new StringBuilder();
            for (Recipient r : Recipient.values()) {
                html.append(KioskParts.button("record-for-" + r.name(), "ripple-record-card", "data-recipient=\"" + r.name() + "\"",
                        getTranslation(r.nameKey()), "pictures/act/" + r.pictureId() + ".svg", getTranslation(r.nameKey())));
            }
            KioskParts.html(grid, html.toString());
            step.add(grid, back());
            return step;
        }

        private Div finishStep() {
            Div step = step("finish", "record.almostDone");
            Paragraph feelingLabel = new Paragraph(getTranslation("record.howDidItFeel"));
            feelingLabel.setId("record-feeling-label");
            Div faces = new Div();
            faces.addClassName("ripple-faces");
            faces.getElement().setAttribute("role", "group");
            faces.getElement().setAttribute("aria-labelledby", "record-feeling-label");
            StringBuilder html = new StringBuilder();
            for (int i = 1; i <= 5; i++) {
                html.append(KioskParts.button("record-feeling-" + i, "ripple-face", "aria-pressed=\"false\" data-feeling=\"" + i + "\"",
                        getTranslation("feeling." + i), "pictures/act/feeling_" + i + ".svg", null));
            }
            KioskParts.html(faces, html.toString());
            inspirationsLabel.setText(getTranslation("record.inspiredBy"));
            // Shown once the class has acts to be inspired by (buildInspirations).
            inspirationsLabel.setVisible(false);
            inspirations.addClassName("ripple-inspirations");
            inspirations.setId("record-inspirations");
            error.setId("record-error");
            error.addClassName("ripple-kiosk-message");
            error.getElement().setAttribute("aria-live", "polite");
            save.setText(getTranslation("record.save"));
            save.setId("record-save");
            save.addClassNames("ripple-kiosk-back", "ripple-save");
            save.getElement().setAttribute("data-go", "save");
            Div buttons = new Div(save, back());
            buttons.addClassName("ripple-record-buttons");
            step.add(feelingLabel, faces, inspirationsLabel, inspirations, error, buttons);
            return step;
        }

        private Div thanksStep() {
            Div step = step("thanks", null);
            Paragraph text = new Paragraph();
            text.setId("record-thanks-text");
            text.getElement().setAttribute("data-thanks", getTranslation("record.thanks.text"));
            text.getElement().setAttribute("data-pending", getTranslation("record.thanks.pending"));
            Div thanks = new Div(new Html("<div class=\"ripple-splash\" aria-hidden=\"true\"><span></span><span></span><span></span></div>"),
                    new H2(getTranslation("record.thanks")), text);
            thanks.setId("record-thanks");
            thanks.addClassName("ripple-thanks");
            step.add(thanks);
            return step;
        }

        private Div trustedStep() {
            Div step = step("trusted", null);
            trustedText.setId("record-trusted-text");
            Div card = new Div(new H2(getTranslation("record.trustedAdult.title")), trustedText);
            card.setId("record-trusted-adult");
            card.addClassNames("ripple-card", "ripple-trusted-adult");
            NativeButton ok = new NativeButton(getTranslation("record.ok"));
            ok.setId("record-trusted-adult-ok");
            ok.addClassName("ripple-kiosk-back");
            ok.getElement().setAttribute("data-go", "home");
            step.add(card, ok);
            return step;
        }

        /** A student signed in: their recent acts, the class's inspirations, and the cards if the running challenges changed. */
        @Override
        public void signedIn() {
            key = UUID.randomUUID();
            ChallengeRecords.StudentStart opening = acts.studentStart();
            List<List<Object>> signature = opening.running().stream()
                    .map(c -> List.<Object>of(c.id(), c.title(), c.suggestions())).toList();
            if (!signature.equals(builtFor)) {
                buildCards(opening.running());
                builtFor = signature;
            }
            List<Long> ids = opening.inspirations().stream().limit(6).map(WallCard::id).toList();
            if (!ids.equals(inspirationIds)) {
                buildInspirations(opening.inspirations());
                inspirationIds = ids;
            }
            fillMyActs(opening.recent());
            if (retrying) {
                retrying = false;
                save.setText(getTranslation("record.save"));
                error.setText("");
            }
        }

        private void buildCards(List<ChallengeInfo> running) {
            cardGroups.removeAll();
            ownChallenges.removeAll();
            // Shown and hidden by style, not setVisible: Vaadin does not send an invisible component's
            // children, and the browser script needs them (e.g. the own-words challenge buttons).
            ownWords.getStyle().set("display", running.isEmpty() ? "none" : null);
            if (running.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("record.none"));
                none.setId("record-none");
                cardGroups.add(none);
                return;
            }
            boolean several = running.size() > 1;
            for (ChallengeInfo c : running) {
                Div group = new Div();
                group.addClassName("ripple-record-group");
                if (several) {
                    H3 title = new H3(c.title());
                    title.addClassName("ripple-record-group-title");
                    group.add(title);
                }
                Div grid = grid();
                StringBuilder html = new StringBuilder();
                for (Suggestion s : c.suggestions()) {
                    String text = s.textKey() != null ? getTranslation(s.textKey()) : s.text();
                    String id = "record-suggestion-" + (several ? c.id() + "-" : "") + s.key().replace(':', '-');
                    html.append("<div class=\"ripple-record-cardbox\">")
                            .append(KioskParts.button(id, "ripple-record-card", "data-challenge=\"" + c.id() + "\" data-suggestion=\""
                                    + Xml.escape(s.key()) + "\"" + (s.category().isPrivate() ? " data-private" : ""), text,
                                    "pictures/act/" + s.pictureId() + ".svg", text))
                            .append(KioskParts.sayHtml(text, getTranslation("kiosk.sayCard", text))).append("</div>");
                }
                KioskParts.html(grid, html.toString());
                group.add(grid);
                cardGroups.add(group);
                // Own words count toward one challenge: with several, the student may pick (the first is chosen).
                NativeButton choice = new NativeButton(c.title());
                choice.setId("record-own-challenge-" + c.id());
                choice.addClassName("ripple-record-own-challenge");
                choice.getElement().setAttribute("data-own-challenge", String.valueOf(c.id()));
                choice.getElement().setAttribute("aria-pressed", String.valueOf(ownChallenges.getComponentCount() == 0));
                ownChallenges.add(choice);
            }
            ownChallenges.getStyle().set("display", several ? null : "none");
        }

        private void buildInspirations(List<WallCard> cards) {
            inspirations.removeAll();
            inspirationsLabel.setVisible(!cards.isEmpty());
            for (WallCard w : cards.subList(0, Math.min(6, cards.size()))) {
                String text = w.text() != null ? w.text() : getTranslation(w.textKey());
                NativeButton b = new NativeButton(text);
                b.setId("record-inspired-" + w.id());
                b.addClassName("ripple-inspiration");
                b.getElement().setAttribute("aria-pressed", "false");
                b.getElement().setAttribute("data-inspired", String.valueOf(w.id()));
                inspirations.add(b);
            }
        }

        private void fillMyActs(List<MyAct> mine) {
            myActs.removeAll();
            if (mine.isEmpty()) {
                return;
            }
            myActs.add(new H2(getTranslation("record.myActs")));
            for (MyAct a : mine) {
                String text = a.textKey() != null ? getTranslation(a.textKey()) : a.text();
                Div row = new Div(new Span(text));
                row.addClassName("ripple-my-act");
                if (a.notMe()) {
                    row.add(new Span(getTranslation("record.notMe.flagged")));
                } else {
                    Button notMe = new Button(getTranslation("record.notMe"), e -> {
                        acts.flagNotMe(a.id());
                        fillMyActs(acts.myRecentActs());
                    });
                    notMe.setId("record-not-me-" + a.id());
                    row.add(notMe);
                }
                myActs.add(row);
            }
        }

        /**
         * The student's choices, sent once when they tap save. Everything is checked again by
         * {@link ActService#record}; an empty string or 0 means "not chosen".
         *
         * @return {@code thanks}, {@code pending}, {@code trusted}, {@code error} (the message is on
         *         screen, the entry stays) or {@code out} (the student is no longer signed in)
         */
        @com.vaadin.flow.component.ClientCallable
        String save(long challengeId, String suggestion, String ownText, String recipient, int feeling, long inspiredBy) {
            Recipient who;
            try {
                who = Recipient.valueOf(recipient);
            } catch (IllegalArgumentException e) {
                return showError(getTranslation("validation.required"));
            }
            Recorded recorded;
            try {
                recorded = acts.record(new RecordAct(key, challengeId, suggestion.isBlank() ? null : suggestion,
                        suggestion.isBlank() ? ownText : null, who, feeling == 0 ? null : feeling, inspiredBy == 0 ? null : inspiredBy));
            } catch (app.ripple.base.InvalidInputException e) {
                return showError(getTranslation(e.problems().getFirst().messageKey(), e.problems().getFirst().args()));
            } catch (app.ripple.base.NotAllowedException | org.springframework.security.access.AccessDeniedException
                    | org.springframework.security.core.AuthenticationException e) {
                host.signOut();
                return "out";
            } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
                log.warn("Saving an act failed; the entry stays on screen for a retry: {}", e.getMessage());
                retrying = true;
                save.setText(getTranslation("record.tryAgain"));
                return showError(getTranslation("record.failed"));
            }
            if (!error.getText().isEmpty()) {
                error.setText("");
            }
            if (recorded.showTrustedAdult()) {
                trustedText.setText(recorded.trustedAdultText() != null ? recorded.trustedAdultText()
                        : getTranslation("record.trustedAdult.text"));
                host.signOutKeepScreen();
                return "trusted";
            }
            host.signOutSoon();
            return recorded.status() == ChallengeRecords.Status.PENDING ? "pending" : "thanks";
        }

        private String showError(String message) {
            error.setText(message);
            return "error";
        }

        private NativeButton back() {
            NativeButton b = new NativeButton(getTranslation("kiosk.back"));
            b.addClassName("ripple-kiosk-back");
            b.getElement().setAttribute("data-go", "back");
            return b;
        }

        private static Div grid() {
            Div grid = new Div();
            grid.addClassName("ripple-record-grid");
            return grid;
        }

        /** The steps, the choices and the save, in the browser (state on the element: {@code __flow}). */
        private static final String SCRIPT = """
                const flow = this;
                if (flow.__flow) { return; }
                const f = { busy: false };
                flow.__flow = f;
                const q = (sel) => flow.querySelector(sel);
                const kiosk = () => { const r = flow.closest('#kiosk-view'); return r ? r.__kiosk : null; };
                const press = (group, button) => {
                  flow.querySelectorAll(group).forEach((b) => { if (b !== button) { b.setAttribute('aria-pressed', 'false'); } });
                  const on = button.getAttribute('aria-pressed') !== 'true';
                  button.setAttribute('aria-pressed', String(on));
                  return on;
                };
                f.step = (name) => { flow.setAttribute('data-step', name); const k = kiosk(); if (k) { k.top(); } };
                f.reset = () => {
                  f.choice = { challenge: 0, suggestion: '', own: '', recipient: '', feeling: 0, inspired: 0 };
                  flow.querySelectorAll('[data-feeling], [data-inspired]').forEach((b) => b.setAttribute('aria-pressed', 'false'));
                  const first = q('[data-own-challenge]');
                  flow.querySelectorAll('[data-own-challenge]').forEach((b) => b.setAttribute('aria-pressed', String(b === first)));
                  q('#record-own-text').value = '';
                  q('#record-own-text').removeAttribute('aria-invalid');
                  q('#record-own-error').textContent = '';
                  f.step('acts');
                };
                f.reset();
                const root = flow.closest('#kiosk-view');
                if (root) { root.addEventListener('kiosk-home', f.reset); root.addEventListener('kiosk-signed-in', f.reset); }
                flow.addEventListener('click', (e) => {
                  const t = e.target;
                  const card = t.closest('[data-suggestion]');
                  if (card) {
                    f.choice.challenge = Number(card.dataset.challenge);
                    f.choice.suggestion = card.dataset.suggestion;
                    f.choice.own = '';
                    if (card.hasAttribute('data-private')) { f.choice.recipient = 'MYSELF'; f.step('finish'); } else { f.step('recipient'); }
                    return;
                  }
                  const recipient = t.closest('[data-recipient]');
                  if (recipient) { f.choice.recipient = recipient.dataset.recipient; f.step('finish'); return; }
                  const feeling = t.closest('[data-feeling]');
                  if (feeling) { f.choice.feeling = press('[data-feeling]', feeling) ? Number(feeling.dataset.feeling) : 0; return; }
                  const inspired = t.closest('[data-inspired]');
                  if (inspired) { f.choice.inspired = press('[data-inspired]', inspired) ? Number(inspired.dataset.inspired) : 0; return; }
                  const own = t.closest('[data-own-challenge]');
                  if (own) { press('[data-own-challenge]', own); own.setAttribute('aria-pressed', 'true'); return; }
                  const go = t.closest('[data-go]');
                  if (!go) { return; }
                  const where = go.dataset.go;
                  if (where === 'own') { f.step('own'); q('#record-own-text').focus(); }
                  else if (where === 'own-next') {
                    const text = q('#record-own-text').value.trim();
                    if (!text) {
                      q('#record-own-error').textContent = q('#record-own-error').dataset.required;
                      q('#record-own-text').setAttribute('aria-invalid', 'true');
                      return;
                    }
                    const chosen = q('[data-own-challenge][aria-pressed="true"]') || q('[data-own-challenge]');
                    f.choice.challenge = Number(chosen.dataset.ownChallenge);
                    f.choice.suggestion = '';
                    f.choice.own = text;
                    f.step('recipient');
                  }
                  else if (where === 'back') { f.reset(); }
                  else if (where === 'home') { const k = kiosk(); if (k) { k.home(); } }
                  else if (where === 'save') {
                    if (f.busy) { return; }
                    f.busy = true;
                    go.setAttribute('disabled', '');
                    const c = f.choice;
                    flow.$server.save(c.challenge, c.suggestion, c.own, c.recipient, c.feeling, c.inspired).then((r) => {
                      f.busy = false; go.removeAttribute('disabled');
                      if (r === 'thanks' || r === 'pending') {
                        const text = q('#record-thanks-text');
                        text.textContent = text.getAttribute('data-' + r);
                        f.step('thanks');
                      } else if (r === 'trusted') { f.step('trusted'); }
                      else if (r === 'out') { const k = kiosk(); if (k) { k.home(); } }
                    }, () => { f.busy = false; go.removeAttribute('disabled'); });
                  }
                });""";
    }
}

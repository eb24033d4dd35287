package app.ripple.challenge;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import app.ripple.challenge.ChallengeRecords.PendingAct;
import app.ripple.safeguarding.AttentionQueue;
import app.ripple.safeguarding.AttentionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The teacher's queues: "needs attention" first (safeguarding), then own-words acts to approve,
 * hide or approve with neutral wording, and acts a student flagged as "that wasn't me".
 * Students' words are always shown as text, never as HTML.
 */
@Route("moderation")
@RolesAllowed({"COORDINATOR", "TEACHER"})
@Menu(order = 20, title = "nav.moderation", icon = "vaadin:check-square-o")
class ModerationView extends Main implements HasDynamicTitle {

    final AttentionQueue attention;
    final Div queue = new Div();
    private final ModerationService moderation;
    private final DateTimeFormatter format;

    ModerationView(ModerationService moderation, AttentionService attentionService, app.ripple.school.SchoolService school) {
        this.moderation = moderation;
        setId("moderation-view");
        addClassName("ripple-page");
        ZoneId zone = school.current().map(s -> s.timeZone()).orElse(ZoneId.of("UTC"));
        format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        attention = new AttentionQueue(attentionService, format);
        queue.setId("approval-queue");
        Div a = new Div(new H2(getTranslation("moderation.attention")), new Paragraph(getTranslation("moderation.attention.help")), attention);
        a.addClassNames("ripple-card", "ripple-section", "ripple-attention");
        Div q = new Div(new H2(getTranslation("moderation.queue")), new Paragraph(getTranslation("moderation.queue.help")), queue);
        q.addClassNames("ripple-card", "ripple-section");
        add(new H1(getTranslation("moderation.title")), a, q);
        refresh();
    }

    void refresh() {
        attention.refresh();
        queue.removeAll();
        var pending = moderation.queue();
        if (pending.isEmpty()) {
            queue.add(new Paragraph(getTranslation("moderation.queue.none")));
        }
        pending.forEach(p -> queue.add(pendingRow(p)));
    }

    private Div pendingRow(PendingAct p) {
        Div row = new Div();
        row.setId("pending-" + p.id());
        row.addClassName("ripple-queue-row");
        row.add(new Paragraph(getTranslation("moderation.who", p.studentName(), p.className(), format.format(p.at()))));
        Paragraph text = new Paragraph(p.text());
        text.addClassName("ripple-quote");
        row.add(text);
        if (p.notMe()) {
            Span flag = new Span(getTranslation("moderation.notMe"));
            flag.addClassName("ripple-flag");
            row.add(flag);
        }
        Button approve = new Button(getTranslation("moderation.approve"), e -> {
            moderation.approve(p.id());
            refresh();
        });
        approve.setId("pending-approve-" + p.id());
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        approve.setVisible(p.status() == ChallengeRecords.Status.PENDING);
        Button neutral = new Button(getTranslation("moderation.approveNeutral"), e -> neutralDialog(p));
        neutral.setId("pending-neutral-" + p.id());
        neutral.setVisible(p.status() == ChallengeRecords.Status.PENDING);
        Button hide = new Button(getTranslation("moderation.hide"), e -> {
            moderation.hide(p.id());
            refresh();
        });
        hide.setId("pending-hide-" + p.id());
        hide.addThemeVariants(ButtonVariant.ERROR);
        HorizontalLayout actions = new HorizontalLayout(approve, neutral, hide);
        if (p.notMe()) {
            Button keep = new Button(getTranslation("moderation.keep"), e -> {
                moderation.clearNotMe(p.id());
                refresh();
            });
            keep.setId("pending-keep-" + p.id());
            actions.add(keep);
        }
        row.add(actions);
        return row;
    }

    private void neutralDialog(PendingAct p) {
        Dialog d = new Dialog();
        d.setId("neutral-dialog");
        d.setHeaderTitle(getTranslation("moderation.approveNeutral"));
        TextArea text = new TextArea(getTranslation("moderation.neutralText"));
        text.setId("neutral-text");
        text.setMaxLength(ActService.OWN_TEXT_MAX);
        text.setWidthFull();
        text.setValue(getTranslation("moderation.neutralDefault"));
        Button ok = new Button(getTranslation("moderation.approve"), e -> {
            try {
                moderation.approveWithText(p.id(), text.getValue());
                d.close();
                refresh();
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, java.util.Map.of("wallText", text));
            }
        });
        ok.setId("neutral-approve");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        d.add(new Paragraph(p.text()), text);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        add(d);
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.title");
    }
}

package app.ripple.safeguarding;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The needs-attention queue as a component, for the teacher's approvals page: each item with the
 * student's words (always as text, never as HTML), the matched phrase, notes, and acknowledge /
 * add note / resolve.
 */
public class AttentionQueue extends Div {

    private final AttentionService attention;
    private final DateTimeFormatter format;

    /** {@code format} shows when an item was raised (in the school's time zone). */
    public AttentionQueue(AttentionService attention, DateTimeFormatter format) {
        this.attention = attention;
        this.format = format;
        setId("attention-queue");
    }

    /** Shows the open and acknowledged items of the viewer's classes. */
    public void refresh() {
        removeAll();
        var items = attention.list(false);
        if (!attention.emailAlertsOn()) {
            Paragraph off = new Paragraph(getTranslation("attention.email.off"));
            off.setId("attention-email-off");
            off.addClassName("ripple-muted");
            add(off);
        }
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("moderation.attention.none")));
        }
        items.forEach(i -> add(row(i)));
    }

    private Div row(AttentionItem i) {
        Div row = new Div();
        row.setId("attention-" + i.id());
        row.addClassName("ripple-queue-row");
        row.add(new Paragraph(getTranslation("safeguarding.who", i.studentName(), i.className(), format.format(i.at()))));
        if (i.reflection()) {
            Span source = new Span(getTranslation("moderation.fromReflection"));
            source.setId("attention-reflection-" + i.id());
            source.addClassName("ripple-muted");
            row.add(source);
        }
        Paragraph text = new Paragraph(i.text());
        text.addClassName("ripple-quote");
        row.add(text, new Span(getTranslation("moderation.matched", i.matched(), getTranslation("moderation.status." + i.status()))));
        if (!i.notes().isEmpty()) {
            row.add(new Pre(i.notes()));
        }
        if (!i.notices().isEmpty()) {
            com.vaadin.flow.component.html.UnorderedList notified = new com.vaadin.flow.component.html.UnorderedList();
            notified.setId("attention-notified-" + i.id());
            notified.addClassName("ripple-muted");
            for (AttentionItem.Notice n : i.notices()) {
                String who = n.name() == null ? n.recipient() : n.name() + " (" + n.recipient() + ")";
                String when = n.sentAt() != null ? getTranslation("attention.notice.sent", format.format(n.sentAt()))
                        : getTranslation("attention.notice." + n.status(), format.format(n.queuedAt()));
                notified.add(new com.vaadin.flow.component.html.ListItem(
                        getTranslation("attention.notice." + n.kind(), who) + " " + when));
            }
            row.add(new Span(getTranslation("attention.notified")), notified);
        }
        Button ack = new Button(getTranslation("moderation.acknowledge"), e -> {
            attention.acknowledge(i.id());
            refresh();
        });
        ack.setId("attention-ack-" + i.id());
        ack.setEnabled("OPEN".equals(i.status()));
        TextField note = new TextField();
        note.setPlaceholder(getTranslation("moderation.note"));
        note.setAriaLabel(getTranslation("moderation.note"));
        note.setId("attention-note-" + i.id());
        Button addNote = new Button(getTranslation("moderation.addNote"), e -> {
            try {
                attention.addNote(i.id(), note.getValue());
                refresh();
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, Map.of("note", note));
            }
        });
        addNote.setId("attention-add-note-" + i.id());
        Button resolve = new Button(getTranslation("moderation.resolve"), e -> {
            attention.resolve(i.id());
            refresh();
        });
        resolve.setId("attention-resolve-" + i.id());
        resolve.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(ack, note, addNote, resolve);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");
        row.add(actions);
        return row;
    }
}

package app.ripple.challenge;

import app.ripple.base.NotAllowedException;
import app.ripple.challenge.ChallengeRecords.WallCard;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The kindness wall for the classroom board: approved acts as cards, newest first, the class goal,
 * and the longest ripple of the term. It refreshes itself every few seconds (polling: no push
 * connection to keep open through school proxies).
 */
@Route(value = "classes/:classId(\\d+)/wall", autoLayout = false)
@RolesAllowed({"COORDINATOR", "TEACHER"})
class WallView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 5000;

    private final WallService walls;
    private long classId;
    private WallService.@Nullable Wall wall;
    private @Nullable Registration poll;
    final Div cards = new Div();
    final Div goals = new Div();
    final Div ripple = new Div();
    private final H1 title = new H1();

    WallView(WallService walls) {
        this.walls = walls;
        setId("wall-view");
        addClassName("ripple-wall");
        title.setId("wall-title");
        goals.setId("wall-goals");
        goals.addClassName("ripple-wall-goals");
        cards.setId("wall-cards");
        cards.addClassName("ripple-wall-cards");
        ripple.setId("wall-ripple");
        Div header = new Div(title, goals);
        header.addClassName("ripple-wall-header");
        add(header, ripple, cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            classId = Long.parseLong(event.getRouteParameters().get("classId").orElse("0"));
            refresh();
        } catch (NotAllowedException | NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void refresh() {
        wall = walls.wall(classId);
        title.setText(getTranslation("wall.title", wall.className()));
        goals.removeAll();
        wall.progress().forEach(p -> goals.add(RippleProgress.of(p, getTranslation("challenge.progress", p.title(), p.count(), p.goal()))));
        cards.removeAll();
        if (wall.cards().isEmpty()) {
            cards.add(new Paragraph(getTranslation("wall.empty")));
        }
        Map<Long, WallCard> byId = new HashMap<>();
        wall.longestCards().forEach(c -> byId.put(c.id(), c));
        for (WallCard c : wall.cards()) {
            Div card = new Div();
            card.setId("wall-card-" + c.id());
            card.addClassNames("ripple-wall-card", "ripple-cat-" + c.category().name().toLowerCase(java.util.Locale.ROOT));
            card.add(new Span(text(c)));
            Span who = new Span(c.name() != null ? c.name() : getTranslation("wall.classmate"));
            who.addClassName("ripple-wall-who");
            card.add(who);
            if (c.inspiredBy() != null) {
                Span inspired = new Span(getTranslation("wall.inspired"));
                inspired.addClassName("ripple-wall-inspired");
                card.add(inspired);
            }
            cards.add(card);
        }
        ripple.removeAll();
        if (wall.longest() != null && wall.longest().length() > 1) {
            ripple.addClassName("ripple-card");
            ripple.add(new H2(getTranslation("wall.ripples", wall.rippleCount(), wall.longest().length())));
            ripple.add(new Svg(RippleTree.svg(wall.longest().actIds(), wall.parents(),
                    id -> byId.containsKey(id) ? text(byId.get(id)) : getTranslation("wall.earlierAct"),
                    getTranslation("wall.ripples.label", wall.longest().length()))));
        }
    }

    private String text(WallCard c) {
        return c.text() != null ? c.text() : getTranslation(c.textKey());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        poll = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
    }

    List<WallCard> shownCards() {
        return wall == null ? List.of() : wall.cards();
    }

    @Override
    public String getPageTitle() {
        return wall == null ? getTranslation("wall.title", "") : getTranslation("wall.title", wall.className());
    }
}

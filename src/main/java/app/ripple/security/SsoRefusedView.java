package app.ripple.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Set;

/**
 * Where a refused sign-in through a provider lands: says why in plain words ("ask your coordinator to add
 * you") and links back to the sign-in page. The reason comes from the query string, so it names only one
 * of a fixed set of texts and never echoes what was sent.
 */
@Route(value = "sign-in-refused", autoLayout = false)
@AnonymousAllowed
class SsoRefusedView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final Set<String> REASONS = Set.of("unknown", "deactivated", "unverified", "domain", "failed");

    private final H1 title = new H1();
    private final Paragraph message = new Paragraph();

    SsoRefusedView() {
        setId("sso-refused-view");
        addClassName("ripple-center-page");
        Div card = new Div();
        card.addClassName("ripple-card");
        card.addClassName("ripple-login-card");
        message.setId("sso-refused-message");
        Anchor back = new Anchor("login", getTranslation("sso.refused.back"));
        back.setId("sso-refused-back");
        card.add(title, message, back);
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> given = event.getLocation().getQueryParameters().getParameters().getOrDefault("reason", List.of());
        String reason = given.isEmpty() || !REASONS.contains(given.getFirst()) ? "failed" : given.getFirst();
        title.setText(getTranslation("sso.refused." + reason + ".title"));
        message.setText(getTranslation("sso.refused." + reason + ".message"));
        getElement().setAttribute("data-reason", reason);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sso.refused.pageTitle");
    }
}

package app.ripple.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

/**
 * "Sign in with Google" links, one per configured provider. They start Spring Security's authorization
 * request ({@code /oauth2/authorization/<id>}), so they are marked {@code router-ignore}: a full page
 * load, not a Vaadin navigation.
 */
class SsoButtons extends Div {

    private final boolean any;

    SsoButtons(SsoProperties sso) {
        setId("sso-providers");
        addClassName("ripple-sso-providers");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("margin-block", "var(--lumo-space-m)");
        sso.configured().forEach((id, p) -> {
            Anchor a = new Anchor(SsoLogin.AUTHORIZATION_PREFIX.substring(1) + "/" + id,
                    getTranslation("sso.login.with", SsoProperties.displayName(id, p)));
            a.setRouterIgnore(true);
            a.setId("sso-" + id);
            a.getElement().setAttribute("theme", "button");
            a.addClassName("ripple-sso-button");
            a.getStyle().set("display", "block").set("text-align", "center").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("border", "1px solid var(--lumo-contrast-30pct)").set("border-radius", "var(--lumo-border-radius-m)")
                    .set("font-weight", "600");
            add(a);
        });
        any = !sso.configured().isEmpty();
    }

    boolean hasProviders() {
        return any;
    }
}

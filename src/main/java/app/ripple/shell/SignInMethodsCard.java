package app.ripple.shell;

import app.ripple.school.StaffSsoService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The account page's "How you sign in": the providers used (and when last) and whether the password works. */
class SignInMethodsCard extends Div {

    SignInMethodsCard(StaffSsoService.MySignIn me) {
        setId("account-sign-in-methods");
        addClassName("ripple-card");
        add(new H2(getTranslation("sso.account.title")));
        UnorderedList list = new UnorderedList();
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        for (StaffSsoService.ProviderSignIn p : me.providers()) {
            list.add(new ListItem(getTranslation("sso.account.provider", p.provider(), f.format(p.last()))));
        }
        list.add(new ListItem(getTranslation(me.breakGlass() ? "sso.account.password.breakGlass"
                : me.passwordAllowed() ? "sso.account.password.on" : "sso.account.password.off")));
        add(list);
    }
}

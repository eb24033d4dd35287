package app.ripple.classroom;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import app.ripple.classroom.ClassRecords.LockedStudent;
import app.ripple.classroom.ClassRecords.TabletInfo;
import app.ripple.school.SchoolService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;

/** The class page's tablets: turn this browser into a class tablet, revoke tablets, lift sign-in lock-outs. */
class TabletsSection extends Div {

    final Grid<TabletInfo> grid = new Grid<>();
    final TextField tabletName = new TextField();
    final Button useAsTablet = new Button();
    final Div lockouts = new Div();

    private final TabletService tablets;
    private final SchoolService school;
    private final long classId;
    private final String className;

    TabletsSection(TabletService tablets, SchoolService school, long classId, String className) {
        this.tablets = tablets;
        this.school = school;
        this.classId = classId;
        this.className = className;
        setId("tablets-tab");
        Paragraph intro = new Paragraph(getTranslation("tablets.intro"));
        tabletName.setLabel(getTranslation("tablets.name"));
        tabletName.setId("tablet-name");
        tabletName.setMaxLength(60);
        tabletName.setValue(getTranslation("tablets.name.default", tablets.tablets(classId).size() + 1));
        useAsTablet.setText(getTranslation("tablets.useThisDevice"));
        useAsTablet.setId("tablet-use-this-device");
        useAsTablet.addThemeVariants(ButtonVariant.PRIMARY);
        useAsTablet.addClickListener(e -> confirmUseAsTablet());
        HorizontalLayout bind = new HorizontalLayout(tabletName, useAsTablet);
        bind.setAlignItems(FlexComponent.Alignment.BASELINE);
        bind.addClassName("ripple-toolbar");

        grid.setId("tablet-grid");
        grid.setAriaLabel(getTranslation("class.tab.tablets"));
        grid.addColumn(TabletInfo::name).setHeader(getTranslation("tablets.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(t -> t.lastSeenAt() == null ? getTranslation("tablets.never") : format(t.lastSeenAt()))
                .setHeader(getTranslation("tablets.lastSeen")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.revoked() ? "tablets.status.revoked" : "tablets.status.active"))
                .setHeader(getTranslation("staff.status")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            if (t.revoked()) {
                return new Span();
            }
            Button revoke = new Button(getTranslation("tablets.revoke"), e -> {
                tablets.revoke(classId, t.id());
                refresh();
            });
            revoke.setId("tablet-revoke-" + t.id());
            revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            return revoke;
        }).setKey("actions").setHeader(getTranslation("staff.actions")).setAutoWidth(true).setFrozenToEnd(true);
        grid.setAllRowsVisible(true);

        lockouts.setId("kiosk-lockouts");
        refresh();
        add(intro, bind, grid, new H2(getTranslation("lockouts.title")), lockouts);
    }

    void refresh() {
        grid.setItems(tablets.tablets(classId));
        lockouts.removeAll();
        tablets.pausedUntil(classId).ifPresent(until -> {
            Button resume = new Button(getTranslation("lockouts.resume"), e -> {
                tablets.resumeSignIn(classId);
                refresh();
            });
            resume.setId("kiosk-resume");
            Div row = new Div(new Span(getTranslation("lockouts.classPaused", format(until))), resume);
            row.addClassName("ripple-notice");
            lockouts.add(row);
        });
        List<LockedStudent> locked = tablets.lockedStudents(classId);
        if (locked.isEmpty() && lockouts.getComponentCount() == 0) {
            lockouts.add(new Paragraph(getTranslation("lockouts.none")));
        }
        for (LockedStudent l : locked) {
            Button unlock = new Button(getTranslation("lockouts.unlock"), e -> {
                tablets.unlockStudent(classId, l.studentId());
                refresh();
            });
            unlock.setId("kiosk-unlock-" + l.studentId());
            unlock.addThemeVariants(ButtonVariant.SMALL);
            Span text = new Span(getTranslation("lockouts.student", l.displayName(), format(l.lockedUntil())));
            text.addClassName("ripple-long-name");
            HorizontalLayout row = new HorizontalLayout(text, unlock);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            lockouts.add(row);
        }
    }

    private void confirmUseAsTablet() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("tablets.confirm.title"),
                getTranslation("tablets.confirm.text", className), getTranslation("tablets.useThisDevice"), e -> bindThisDevice());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setId("tablet-confirm");
        confirm.open();
    }

    /** Binds this browser: the token goes into an HttpOnly cookie, then the teacher is signed out here. */
    void bindThisDevice() {
        TabletService.BoundTablet bound;
        try {
            bound = tablets.bind(classId, tabletName.getValue());
        } catch (InvalidInputException ex) {
            FieldErrors.show(this, ex, Map.of("tabletName", tabletName));
            return;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(TabletTokens.COOKIE, bound.token());
            cookie.setHttpOnly(true);
            cookie.setSecure(request != null && request.isSecure());
            cookie.setPath(request == null || request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(400 * 24 * 3600);
            cookie.setAttribute("SameSite", "Strict");
            response.addCookie(cookie);
        }
        // Sign the teacher out on this device: from now on it belongs to the class.
        SecurityContextHolder.clearContext();
        UI ui = UI.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();
        ui.getPage().setLocation("kiosk");
        if (session != null && session.getSession() != null) {
            session.getSession().invalidate();
        }
    }

    private String format(Instant instant) {
        ZoneId zone = school.current().map(s -> s.timeZone()).orElse(ZoneId.of("UTC"));
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone).format(instant);
    }
}

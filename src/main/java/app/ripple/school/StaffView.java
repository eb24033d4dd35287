package app.ripple.school;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** Coordinators manage staff: add teachers, deactivate them, reset forgotten passwords. */
@Route("staff")
@RolesAllowed("COORDINATOR")
@Menu(order = 80, title = "nav.staff", icon = "vaadin:users")
class StaffView extends Main implements HasDynamicTitle {

    final Grid<StaffSummary> grid = new Grid<>();
    final Button add = new Button();

    private final StaffService staff;
    private final boolean invitations;

    StaffView(StaffService staff) {
        this.staff = staff;
        this.invitations = staff.invitationsOn();
        setId("staff-view");
        addClassName("ripple-page");

        add.setText(getTranslation("staff.add"));
        add.setId("staff-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> openAddDialog());
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("staff.title")), add);
        header.addClassName("ripple-page-header");

        grid.setId("staff-grid");
        // Long names and addresses wrap; the actions stay in view at the end (no sideways scrolling at 1024 px).
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(StaffSummary::name).setHeader(getTranslation("staff.name")).setWidth("8em").setFlexGrow(1)
                .setTooltipGenerator(StaffSummary::name);
        grid.addColumn(StaffSummary::email).setHeader(getTranslation("staff.email")).setWidth("9em").setFlexGrow(1)
                .setTooltipGenerator(StaffSummary::email);
        grid.addColumn(s -> getTranslation("role." + s.role().name())).setHeader(getTranslation("staff.role")).setWidth("7em")
                .setFlexGrow(0);
        grid.addColumn(s -> getTranslation(s.active() ? "staff.status.active" : "staff.status.inactive"))
                .setHeader(getTranslation("staff.status")).setWidth("6em").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("staff.actions")).setWidth("11em")
                .setFlexGrow(1).setFrozenToEnd(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("staff.title"));

        add(header, new Paragraph(getTranslation("staff.intro")), grid);
        refresh();
    }

    private HorizontalLayout actions(StaffSummary s) {
        Button reset = new Button(getTranslation("staff.resetPassword"), e -> showPassword(staff.resetPassword(s.id())));
        reset.setId("staff-reset-" + s.id());
        reset.addThemeVariants(ButtonVariant.SMALL);
        Button toggle = new Button(getTranslation(s.active() ? "staff.deactivate" : "staff.reactivate"), e -> {
            try {
                staff.setActive(s.id(), !s.active());
                refresh();
            } catch (InvalidInputException ex) {
                FieldErrors.Notifications.error(getTranslation(ex.problems().getFirst().messageKey()));
            }
        });
        toggle.setId("staff-toggle-" + s.id());
        toggle.addThemeVariants(ButtonVariant.SMALL);
        if (s.active()) {
            toggle.addThemeVariants(ButtonVariant.ERROR);
        }
        HorizontalLayout row = new HorizontalLayout(reset, toggle);
        if (invitations && s.active() && s.mustChangePassword()) {
            Button invite = new Button(getTranslation("staff.invite.resend"), e -> {
                staff.sendInvitation(s.id());
                FieldErrors.Notifications.success(getTranslation("staff.invite.sent", s.email()));
            });
            invite.setId("staff-invite-" + s.id());
            invite.addThemeVariants(ButtonVariant.SMALL);
            row.add(invite);
        }
        row.addClassName("ripple-row-actions");
        return row;
    }

    void refresh() {
        grid.setItems(staff.list());
    }

    private void openAddDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("staff.add.title"));
        dialog.setId("staff-add-dialog");
        TextField name = new TextField(getTranslation("staff.name"));
        name.setId("staff-add-name");
        name.setMaxLength(100);
        EmailField email = new EmailField(getTranslation("staff.email"));
        email.setId("staff-add-email");
        FormLayout form = new FormLayout(name, email);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button save = new Button(getTranslation("staff.add.save"));
        save.setId("staff-add-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            Map<String, HasValidation> fields = Map.of("name", name, "email", email);
            try {
                StaffService.OneTimePassword otp = staff.createTeacher(name.getValue(), email.getValue());
                dialog.close();
                refresh();
                if (invitations) {
                    showInvitationSent(otp.email());
                } else {
                    showPassword(otp);
                }
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, fields);
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        add(dialog);
        dialog.open();
    }

    /** With email on, the new teacher sets a password from the emailed link; no password to hand over. */
    private void showInvitationSent(String email) {
        Dialog dialog = new Dialog();
        dialog.setId("invitation-sent-dialog");
        dialog.setHeaderTitle(getTranslation("staff.invite.title"));
        dialog.add(new Paragraph(getTranslation("staff.invite.intro", email)));
        Button done = new Button(getTranslation("action.done"), e -> dialog.close());
        done.setId("invitation-sent-done");
        done.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(done);
        add(dialog);
        dialog.open();
    }

    /** The one-time password is shown exactly once; Ripple keeps only its hash. */
    private void showPassword(StaffService.OneTimePassword otp) {
        Dialog dialog = new Dialog();
        dialog.setId("one-time-password-dialog");
        dialog.setHeaderTitle(getTranslation("staff.otp.title"));
        Span code = new Span(otp.password());
        code.setId("one-time-password");
        code.addClassName("ripple-code");
        Div body = new Div(new Paragraph(getTranslation("staff.otp.intro", otp.email())), code,
                new Paragraph(getTranslation("staff.otp.once")));
        dialog.add(body);
        Button done = new Button(getTranslation("action.done"), e -> dialog.close());
        done.setId("one-time-password-done");
        done.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(done);
        add(dialog);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title");
    }
}

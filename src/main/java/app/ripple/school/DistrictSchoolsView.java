package app.ripple.school;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import app.ripple.security.Role;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The district administrator's home: the district's schools, alphabetically (never ranked), with
 * their classes and coordinators; add a school, archive one, and appoint or remove a school's
 * coordinators.
 */
@Route("district")
@RolesAllowed(Role.DISTRICT_ADMIN_NAME)
@Menu(order = 1, title = "district.nav.schools", icon = "vaadin:building")
class DistrictSchoolsView extends Main implements HasDynamicTitle {

    final Grid<DistrictService.SchoolSummary> schools = new Grid<>();
    final TextField schoolName = new TextField();
    final ComboBox<String> timeZone = new ComboBox<>();
    final Select<String> language = new Select<>();
    final Button createSchool = new Button();

    final Div coordinatorsCard = new Div();
    final H2 coordinatorsTitle = new H2();
    final Grid<DistrictService.Coordinator> coordinators = new Grid<>();
    final TextField coordinatorName = new TextField();
    final EmailField coordinatorEmail = new EmailField();
    final Button appoint = new Button();
    final Div appointed = new Div();

    private final DistrictService district;
    private DistrictService.@Nullable SchoolSummary selected;

    DistrictSchoolsView(DistrictService district, DistrictDefaultsService defaults) {
        this.district = district;
        setId("district-schools-view");
        addClassName("ripple-page");
        add(new H1(getTranslation("district.schools.title", district.districtName())));
        Paragraph intro = new Paragraph(getTranslation("district.schools.intro"));
        intro.addClassName("ripple-muted");
        add(intro);

        schools.setId("district-schools");
        schools.setAriaLabel(getTranslation("district.schools.grid"));
        schools.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        schools.addColumn(DistrictService.SchoolSummary::name).setHeader(getTranslation("district.school.name")).setFlexGrow(1);
        schools.addColumn(DistrictService.SchoolSummary::classes).setHeader(getTranslation("district.school.classes"))
                .setAutoWidth(true).setFlexGrow(0);
        schools.addColumn(DistrictService.SchoolSummary::coordinators).setHeader(getTranslation("district.school.coordinators"))
                .setAutoWidth(true).setFlexGrow(0);
        schools.addColumn(s -> getTranslation(s.archived() ? "district.school.archived.state" : "district.school.open"))
                .setHeader(getTranslation("district.school.state")).setAutoWidth(true).setFlexGrow(0);
        schools.addComponentColumn(this::schoolActions).setHeader(getTranslation("staff.actions")).setAutoWidth(true).setFlexGrow(0);
        schools.setAllRowsVisible(true);

        schoolName.setLabel(getTranslation("setup.schoolName"));
        schoolName.setId("district-school-name");
        schoolName.setMaxLength(120);
        timeZone.setLabel(getTranslation("setup.timeZone"));
        timeZone.setId("district-school-time-zone");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
                && !z.startsWith("SystemV/")).sorted().toList());
        // A new school starts with the district's default language (district defaults, /district/settings).
        SchoolFields.language(language, "district-school-language", defaults.defaults().defaultLanguage());
        createSchool.setText(getTranslation("district.school.create"));
        createSchool.setId("district-school-create");
        createSchool.addThemeVariants(ButtonVariant.PRIMARY);
        createSchool.addClickListener(e -> createSchool());
        FormLayout form = new FormLayout(schoolName, timeZone, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        Div addCard = new Div(new H2(getTranslation("district.school.add")), form, createSchool);
        addCard.addClassNames("ripple-card", "ripple-section");
        addCard.setId("district-add-school");

        coordinators.setId("district-coordinators");
        coordinators.setAriaLabel(getTranslation("district.coordinators.grid"));
        coordinators.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        coordinators.addColumn(DistrictService.Coordinator::name).setHeader(getTranslation("staff.name")).setFlexGrow(1);
        coordinators.addColumn(DistrictService.Coordinator::email).setHeader(getTranslation("staff.email")).setFlexGrow(1);
        coordinators.addColumn(c -> getTranslation(c.active() ? "staff.status.active" : "staff.status.inactive"))
                .setHeader(getTranslation("staff.status")).setAutoWidth(true).setFlexGrow(0);
        coordinators.addComponentColumn(this::coordinatorActions).setHeader(getTranslation("staff.actions")).setAutoWidth(true).setFlexGrow(0);
        coordinators.setAllRowsVisible(true);
        coordinatorName.setLabel(getTranslation("staff.name"));
        coordinatorName.setId("district-coordinator-name");
        coordinatorName.setMaxLength(100);
        coordinatorEmail.setLabel(getTranslation("staff.email"));
        coordinatorEmail.setId("district-coordinator-email");
        appoint.setText(getTranslation("district.coordinator.appoint"));
        appoint.setId("district-coordinator-appoint");
        appoint.addThemeVariants(ButtonVariant.PRIMARY);
        appoint.addClickListener(e -> appoint());
        appointed.setId("district-appointed");
        FormLayout coordinatorForm = new FormLayout(coordinatorName, coordinatorEmail);
        coordinatorForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        Paragraph appointHelp = new Paragraph(getTranslation(district.invitationsOn()
                ? "district.coordinator.help.invite" : "district.coordinator.help.password"));
        appointHelp.addClassName("ripple-muted");
        coordinatorsCard.add(coordinatorsTitle, coordinators, appointHelp, coordinatorForm, appoint, appointed);
        coordinatorsCard.addClassNames("ripple-card", "ripple-section");
        coordinatorsCard.setId("district-coordinators-card");
        coordinatorsCard.setVisible(false);

        add(schools, coordinatorsCard, addCard);
        refresh();
    }

    private HorizontalLayout schoolActions(DistrictService.SchoolSummary s) {
        Button manage = new Button(getTranslation("district.school.manageCoordinators"), e -> select(s));
        manage.setId("district-school-coordinators-" + s.id());
        manage.addThemeVariants(ButtonVariant.SMALL);
        Button archive = new Button(getTranslation(s.archived() ? "district.school.unarchive" : "district.school.archive"), e -> {
            district.setArchived(s.id(), !s.archived());
            FieldErrors.Notifications.success(getTranslation(s.archived() ? "district.school.unarchived" : "district.school.archived.done",
                    s.name()));
            refresh();
        });
        archive.setId("district-school-archive-" + s.id());
        archive.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        HorizontalLayout row = new HorizontalLayout(manage, archive);
        row.addClassName("ripple-row-actions");
        return row;
    }

    private Button coordinatorActions(DistrictService.Coordinator c) {
        Button remove = new Button(getTranslation("district.coordinator.remove"), e -> {
            DistrictService.@Nullable SchoolSummary s = selected;
            if (s != null) {
                district.removeCoordinator(s.id(), c.id());
                FieldErrors.Notifications.success(getTranslation("district.coordinator.removed", c.name()));
                refresh();
            }
        });
        remove.setId("district-coordinator-remove-" + c.id());
        remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        remove.setEnabled(c.active());
        return remove;
    }

    void select(DistrictService.SchoolSummary s) {
        selected = s;
        appointed.removeAll();
        FieldErrors.clear(Map.of("name", coordinatorName, "email", coordinatorEmail));
        refresh();
    }

    private void createSchool() {
        Map<String, HasValidation> fields = Map.of("schoolName", schoolName, "timeZone", timeZone, "language", language);
        try {
            district.createSchool(new DistrictService.SchoolForm(schoolName.getValue(),
                    timeZone.getValue() == null ? "" : timeZone.getValue(), language.getValue() == null ? "" : language.getValue()));
            FieldErrors.clear(fields);
            FieldErrors.Notifications.success(getTranslation("district.school.created", schoolName.getValue().strip()));
            schoolName.clear();
            refresh();
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, fields);
        }
    }

    private void appoint() {
        DistrictService.@Nullable SchoolSummary s = selected;
        if (s == null) {
            return;
        }
        Map<String, HasValidation> fields = Map.of("name", coordinatorName, "email", coordinatorEmail);
        try {
            DistrictService.Appointed a = district.appointCoordinator(s.id(), coordinatorName.getValue(), coordinatorEmail.getValue());
            FieldErrors.clear(fields);
            coordinatorName.clear();
            coordinatorEmail.clear();
            appointed.removeAll();
            if (a.oneTimePassword() == null) {
                appointed.add(new Paragraph(getTranslation("district.coordinator.invited", a.email(), s.name())));
            } else {
                Span code = new Span(a.oneTimePassword());
                code.setId("district-one-time-password");
                code.addClassName("ripple-code");
                appointed.add(new Paragraph(getTranslation("staff.otp.intro", a.email())), code,
                        new Paragraph(getTranslation("staff.otp.once")));
            }
            refresh();
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, fields);
        }
    }

    void refresh() {
        var all = district.schools();
        schools.setItems(all);
        DistrictService.@Nullable SchoolSummary s = selected == null ? null
                : all.stream().filter(x -> x.id() == selected.id()).findFirst().orElse(null);
        selected = s;
        coordinatorsCard.setVisible(s != null);
        if (s != null) {
            coordinatorsTitle.setText(getTranslation("district.coordinators.title", s.name()));
            coordinators.setItems(district.coordinators(s.id()));
            boolean open = !s.archived();
            coordinatorName.setEnabled(open);
            coordinatorEmail.setEnabled(open);
            appoint.setEnabled(open);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("district.nav.schools");
    }
}

package app.ripple.school;

import app.ripple.base.FieldErrors;
import app.ripple.base.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;

/** First run: name the school and create the first coordinator. Gone once anybody exists. */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
class SetupView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextField schoolName = new TextField();
    final ComboBox<String> timeZone = new ComboBox<>();
    final Select<String> language = new Select<>();
    final TextField coordinatorName = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final Button create = new Button();
    /** "One school" (today's flow) or "A district" (a district, its administrator, then its first school). */
    final com.vaadin.flow.component.radiobutton.RadioButtonGroup<String> kind = new com.vaadin.flow.component.radiobutton.RadioButtonGroup<>();
    final TextField districtName = new TextField();
    static final String ONE_SCHOOL = "school";
    static final String DISTRICT = "district";
    private final H2 schoolTitle = new H2();
    private final H2 personTitle = new H2();
    private final H2 districtTitle = new H2();
    private final Paragraph intro = new Paragraph();
    private FormLayout schoolForm = new FormLayout();
    private FormLayout personForm = new FormLayout();

    private final SetupService setup;
    private final Div card = new Div();

    SetupView(SetupService setup) {
        this.setup = setup;
        setId("setup-view");
        addClassName("ripple-center-page");

        card.addClassNames("ripple-card", "ripple-setup-card");
        card.add(new H1(getTranslation("setup.title")));
        intro.addClassName("ripple-muted");
        card.add(intro);

        kind.setLabel(getTranslation("district.setup.kind"));
        kind.setId("setup-kind");
        kind.setItems(ONE_SCHOOL, DISTRICT);
        kind.setItemLabelGenerator(k -> getTranslation(DISTRICT.equals(k) ? "district.setup.kind.district" : "district.setup.kind.school"));
        kind.setValue(ONE_SCHOOL);
        kind.addValueChangeListener(e -> arrange());
        districtName.setLabel(getTranslation("district.setup.districtName"));
        districtName.setId("setup-district-name");
        districtName.setMaxLength(120);
        districtName.setRequiredIndicatorVisible(true);
        // Outside a form layout: as wide as the fields of the forms below it.
        districtName.setWidthFull();

        schoolName.setLabel(getTranslation("setup.schoolName"));
        schoolName.setId("setup-school-name");
        schoolName.setMaxLength(120);
        schoolName.setRequiredIndicatorVisible(true);

        timeZone.setLabel(getTranslation("setup.timeZone"));
        timeZone.setId("setup-time-zone");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
                && !z.startsWith("SystemV/")).sorted().toList());
        timeZone.setValue(usableZone(TimeZone.getDefault().getID(), "Europe/London"));
        // Prefer the browser's zone: the person setting up is most likely at the school.
        getElement().getNode().runWhenAttached(ui -> ui.getPage().retrieveExtendedClientDetails(details ->
                timeZone.setValue(usableZone(details.getTimeZoneId(), timeZone.getValue()))));
        timeZone.setRequiredIndicatorVisible(true);

        SchoolFields.language(language, "setup-language",
                Languages.isSupported(getLocale().getLanguage()) ? getLocale().getLanguage() : "en");

        coordinatorName.setLabel(getTranslation("setup.coordinatorName"));
        coordinatorName.setId("setup-coordinator-name");
        coordinatorName.setMaxLength(100);
        coordinatorName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("setup.email"));
        email.setId("setup-email");
        email.setRequiredIndicatorVisible(true);
        password.setLabel(getTranslation("setup.password"));
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        password.setId("setup-password");
        password.setRequiredIndicatorVisible(true);

        create.setId("setup-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> submit());
        create.addClickShortcut(com.vaadin.flow.component.Key.ENTER);

        schoolForm = new FormLayout(schoolName, timeZone, language);
        schoolForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        personForm = new FormLayout(coordinatorName, email, password);
        personForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        districtTitle.setText(getTranslation("district.setup.section.district"));
        arrange();
        add(card);
    }

    /** One school: the school, then its coordinator (unchanged). A district: the district, its administrator, then its first school. */
    private void arrange() {
        boolean district = DISTRICT.equals(kind.getValue());
        card.getChildren().filter(c -> c == kind || c == schoolTitle || c == schoolForm || c == personTitle || c == personForm
                        || c == districtTitle || c == districtName || c == create)
                .toList().forEach(card::remove);
        intro.setText(getTranslation(district ? "district.setup.intro" : "setup.intro"));
        schoolTitle.setText(getTranslation(district ? "district.setup.section.school" : "setup.section.school"));
        personTitle.setText(getTranslation(district ? "district.setup.section.admin" : "setup.section.coordinator"));
        create.setText(getTranslation(district ? "district.setup.create" : "setup.create"));
        if (district) {
            card.add(kind, districtTitle, districtName, personTitle, personForm, schoolTitle, schoolForm, create);
        } else {
            card.add(kind, schoolTitle, schoolForm, personTitle, personForm, create);
        }
    }

    private static String usableZone(@org.jspecify.annotations.Nullable String zone, String fallback) {
        return zone != null && zone.contains("/") && !zone.startsWith("Etc/") && ZoneId.getAvailableZoneIds().contains(zone)
                ? zone : fallback;
    }

    private void submit() {
        Map<String, HasValidation> fields = Map.of("schoolName", schoolName, "timeZone", timeZone, "language", language,
                "coordinatorName", coordinatorName, "adminName", coordinatorName, "email", email, "password", password,
                "districtName", districtName);
        try {
            if (DISTRICT.equals(kind.getValue())) {
                setup.setUpDistrict(new SetupService.DistrictSetupForm(districtName.getValue(), coordinatorName.getValue(),
                        email.getValue(), password.getValue(), schoolName.getValue(),
                        timeZone.getValue() == null ? "" : timeZone.getValue(), language.getValue() == null ? "" : language.getValue()));
                getUI().ifPresent(ui -> ui.navigate("login"));
                return;
            }
            setup.setUp(new SetupService.SetupForm(schoolName.getValue(), timeZone.getValue() == null ? "" : timeZone.getValue(),
                    language.getValue() == null ? "" : language.getValue(), coordinatorName.getValue(), email.getValue(),
                    password.getValue()));
            getUI().ifPresent(ui -> ui.navigate("login"));
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, fields);
        } catch (SetupAlreadyDoneException e) {
            showAlreadyDone();
        }
    }

    /** Another submission (perhaps on another app node) won: say so plainly and offer the sign-in page. */
    private void showAlreadyDone() {
        create.setEnabled(false);
        Paragraph message = new Paragraph(getTranslation(SetupAlreadyDoneException.MESSAGE_KEY));
        message.setId("setup-already-done");
        message.getElement().setAttribute("role", "alert");
        com.vaadin.flow.component.html.Anchor signIn = new com.vaadin.flow.component.html.Anchor("login",
                getTranslation("nodes.setup.signIn"));
        signIn.setId("setup-sign-in");
        card.add(message, signIn);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!setup.isSetupNeeded()) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.pageTitle");
    }
}

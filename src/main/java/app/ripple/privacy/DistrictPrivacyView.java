package app.ripple.privacy;

import app.ripple.base.SchoolScope;
import app.ripple.school.DistrictService;
import app.ripple.school.DistrictService.SchoolSummary;
import app.ripple.security.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The district administrator's privacy requests: choose a school, then the coordinator's search,
 * export and erasure for that school ({@link StudentRequestsCard}), every call inside that school's
 * scope ({@code SchoolScope.of}) and audited in that school under the district administrator's name.
 * The services refuse a district administrator outside one school's scope, so nothing here ever
 * works on every school at once.
 */
@Route("district/privacy")
@RolesAllowed(Role.DISTRICT_ADMIN_NAME)
@Menu(order = 5, title = "district.nav.privacy", icon = "vaadin:lock")
class DistrictPrivacyView extends Main implements HasDynamicTitle {

    final Select<SchoolSummary> school = new Select<>();
    final Div requestsBox = new Div();
    @Nullable StudentRequestsCard requests;
    private final PrivacyService privacy;

    DistrictPrivacyView(PrivacyService privacy, DistrictService district) {
        this.privacy = privacy;
        setId("district-privacy-view");
        addClassName("ripple-page");
        Paragraph intro = new Paragraph(getTranslation("district.privacy.intro"));
        intro.addClassName("ripple-muted");
        List<SchoolSummary> schools = district.schools();
        school.setLabel(getTranslation("district.privacy.school"));
        school.setId("district-privacy-school");
        school.setItems(schools);
        school.setItemLabelGenerator(s -> s.archived() ? getTranslation("district.privacy.archivedSchool", s.name()) : s.name());
        school.setPlaceholder(getTranslation("district.privacy.choose"));
        school.addValueChangeListener(e -> show(e.getValue()));
        requestsBox.setId("district-privacy-requests");
        add(new H1(getTranslation("district.privacy.title")), intro, school, requestsBox);
    }

    private void show(@Nullable SchoolSummary s) {
        requestsBox.removeAll();
        requests = null;
        if (s == null) {
            return;
        }
        long schoolId = s.id();
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(zone(s.timeZone()));
        StudentRequestsCard card = new StudentRequestsCard(privacy, new StudentRequestsCard.Scope() {
            @Override
            public <T> T run(java.util.function.Supplier<T> work) {
                return SchoolScope.of(schoolId, work);
            }
        }, List.of(), dateTime, () -> { });
        card.setId("district-privacy-card");
        requests = card;
        requestsBox.add(new Paragraph(getTranslation("district.privacy.working", s.name())), card);
        card.refreshStudents();
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("district.privacy.title");
    }
}

package app.ripple.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.InvalidInputException;
import app.ripple.base.NotAllowedException;
import app.ripple.base.SchoolScope;
import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassRecords.ClassForm;
import app.ripple.classroom.ClassRecords.ClassSummary;
import app.ripple.classroom.ClassService;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The district administrator's service on real PostgreSQL with row-level security, and who may call it. */
@RippleTest
class DistrictServiceTest {

    static final String ADMIN_EMAIL = "district@test.example";

    @Autowired Fixtures fixtures;
    @Autowired DistrictService district;
    @Autowired ClassService classes;
    @Autowired SetupService setup;
    long coordinatorA;
    long teacherA;

    @BeforeEach
    void school() {
        fixtures.reset();
        coordinatorA = fixtures.school();
        teacherA = fixtures.teacher("Tess Teacher", "tess@test.example");
    }

    /** Turns the fixture school into a district (as its coordinator) and signs in as its administrator. */
    long districtAdmin() {
        fixtures.signIn(coordinatorA);
        district.turnIntoDistrict(new DistrictService.TurnIntoDistrictForm("Riverside District", "Dana District", ADMIN_EMAIL,
                Fixtures.PASSWORD));
        fixtures.signOut();
        long admin = fixtures.staffId(ADMIN_EMAIL);
        fixtures.signIn(admin);
        return admin;
    }

    String sql(String query, Object... params) {
        // The test's SQL sees every school, whoever is signed in for the service calls.
        return SchoolScope.allSchools(() -> fixtures.jdbc().sql(query).params(params).query(String.class).single());
    }

    /** Signs in as someone of any school (a signed-in person's own scope would not see another school's account). */
    void signInAs(long staffId) {
        fixtures.signOut();
        fixtures.signIn(staffId);
    }

    int count(String query) {
        return SchoolScope.allSchools(() -> fixtures.jdbc().sql(query).query(Integer.class).single());
    }

    @Test
    void aCoordinatorTurnsTheSchoolIntoADistrictOnlyOnce() {
        fixtures.signIn(coordinatorA);
        assertThat(district.districtAdminExists()).isFalse();
        district.turnIntoDistrict(new DistrictService.TurnIntoDistrictForm("  Riverside District ", "Dana District", "District@Test.Example",
                Fixtures.PASSWORD));

        assertThat(sql("select name from district")).isEqualTo("Riverside District");
        assertThat(sql("select role || '|' || coalesce(school_id::text, 'none') || '|' || must_change_password from staff_account where email = ?",
                ADMIN_EMAIL)).isEqualTo("DISTRICT_ADMIN|none|true");
        assertThat(district.districtAdminExists()).isTrue();
        assertThat(sql("select actor || '|' || coalesce(school_id::text, 'none') from audit_log where action = 'DISTRICT_CREATED'"))
                .isEqualTo(Fixtures.COORDINATOR_EMAIL + "|1");

        assertThatThrownBy(() -> district.turnIntoDistrict(new DistrictService.TurnIntoDistrictForm("Another", "Sam Second",
                "second@test.example", Fixtures.PASSWORD)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().getFirst().messageKey())
                        .isEqualTo("district.turn.alreadyDistrict"));
        assertThat(count("select count(*) from staff_account where role = 'DISTRICT_ADMIN'"))
                .isEqualTo(1);
        assertThat(sql("select name from district")).isEqualTo("Riverside District");
    }

    @Test
    void turningIntoADistrictChecksEveryFieldAndAnEmailTakenAnywhere() {
        fixtures.signIn(coordinatorA);
        assertThatThrownBy(() -> district.turnIntoDistrict(new DistrictService.TurnIntoDistrictForm(" ", "", "not an email", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.concerns("districtName")).isTrue();
                    assertThat(e.concerns("adminName")).isTrue();
                    assertThat(e.concerns("email")).isTrue();
                    // Email is off in tests: without a password there is no way to hand the account over.
                    assertThat(e.concerns("password")).isTrue();
                });
        assertThatThrownBy(() -> district.turnIntoDistrict(new DistrictService.TurnIntoDistrictForm("Riverside", "Dana",
                "TESS@test.example", Fixtures.PASSWORD)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().messageKey())
                        .isEqualTo("district.email.taken"));
        assertThat(count("select count(*) from staff_account where role = 'DISTRICT_ADMIN'"))
                .isZero();
    }

    @Test
    void coordinatorsAndTeachersMayNotCallTheDistrictAdministratorsMethods() {
        for (long who : List.of(coordinatorA, teacherA)) {
            fixtures.signIn(who);
            assertThatThrownBy(() -> district.schools()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> district.createSchool(new DistrictService.SchoolForm("Sneaky School", "Europe/Madrid", "en")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> district.setArchived(1, true)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> district.coordinators(1)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> district.appointCoordinator(1, "Eve", "eve@test.example")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> district.removeCoordinator(1, coordinatorA)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> district.recentAudit(10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> district.districtName()).isInstanceOf(AccessDeniedException.class);
        }
        fixtures.signIn(teacherA);
        assertThatThrownBy(() -> district.districtAdminExists()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> district.turnIntoDistrict(new DistrictService.TurnIntoDistrictForm("Mine", "Tess", "t2@test.example",
                Fixtures.PASSWORD))).isInstanceOf(AccessDeniedException.class);
        fixtures.signOut();
        assertThatThrownBy(() -> district.schools()).isInstanceOfAny(AccessDeniedException.class,
                org.springframework.security.core.AuthenticationException.class);
        assertThat(count("select count(*) from school")).isEqualTo(1);
    }

    @Test
    void aDistrictAdministratorCannotTurnTheInstallationIntoADistrictAgain() {
        districtAdmin();
        assertThatThrownBy(() -> district.turnIntoDistrict(new DistrictService.TurnIntoDistrictForm("Again", "Sam", "sam@test.example",
                Fixtures.PASSWORD))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAdministratorCreatesSchoolsListedAlphabeticallyWithDistrictLevelAuditEntries() {
        districtAdmin();
        long zinnia = district.createSchool(new DistrictService.SchoolForm(" Zinnia Primary ", "America/New_York", "en"));
        long acorn = district.createSchool(new DistrictService.SchoolForm("acorn school", "Europe/Madrid", "es"));

        assertThat(district.schools()).extracting(DistrictService.SchoolSummary::name)
                .containsExactly("acorn school", "Test School", "Zinnia Primary");
        DistrictService.SchoolSummary a = district.schools().getFirst();
        assertThat(a.id()).isEqualTo(acorn);
        assertThat(a.timeZone()).isEqualTo("Europe/Madrid");
        assertThat(a.defaultLanguage()).isEqualTo("es");
        assertThat(a.coordinators()).isZero();
        assertThat(district.schools().get(1).coordinators()).isEqualTo(1);
        assertThat(sql("select district_id::text from school where id = ?", zinnia)).isEqualTo(sql("select min(id)::text from district"));
        assertThat(sql("select actor || '|' || coalesce(school_id::text, 'none') || '|' || target from audit_log where action = 'SCHOOL_CREATED' order by id limit 1"))
                .isEqualTo(ADMIN_EMAIL + "|none|school:" + zinnia);
    }

    @Test
    void aNewSchoolIsValidatedLikeTheFirstRunForm() {
        districtAdmin();
        assertThatThrownBy(() -> district.createSchool(new DistrictService.SchoolForm("  ", "Mars/Olympus", "xx")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.concerns("schoolName")).isTrue();
                    assertThat(e.concerns("timeZone")).isTrue();
                    assertThat(e.concerns("language")).isTrue();
                });
        assertThatThrownBy(() -> district.createSchool(new DistrictService.SchoolForm("TEST SCHOOL", "Europe/Madrid", "en")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().messageKey())
                        .isEqualTo("district.school.nameTaken"));
        assertThat(district.schools()).hasSize(1);
    }

    @Test
    void anArchivedSchoolStopsItsJobsTakesNoCoordinatorAndComesBack() {
        districtAdmin();
        long b = district.createSchool(new DistrictService.SchoolForm("Birch School", "Europe/Madrid", "en"));
        district.setArchived(b, true);
        assertThat(district.schools()).filteredOn(s -> s.id() == b).singleElement()
                .extracting(DistrictService.SchoolSummary::archived).isEqualTo(true);
        assertThat(SchoolScope.openSchools(fixtures.jdbc())).doesNotContain(b);
        assertThatThrownBy(() -> district.appointCoordinator(b, "Bea Birch", "bea@test.example"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().messageKey())
                        .isEqualTo("district.school.archived"));
        assertThat(sql("select coalesce(school_id::text, 'none') from audit_log where action = 'SCHOOL_ARCHIVED'")).isEqualTo("none");

        district.setArchived(b, false);
        assertThat(SchoolScope.openSchools(fixtures.jdbc())).contains(b);
        assertThat(district.appointCoordinator(b, "Bea Birch", "bea@test.example").oneTimePassword()).isNotBlank();
        assertThatThrownBy(() -> district.setArchived(999_999, true)).isInstanceOf(NotAllowedException.class);
    }

    @Autowired StaffAuthentication staffAuthentication;

    private org.springframework.security.core.Authentication signInWith(String email, String password) {
        return staffAuthentication.authenticate(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void theStaffOfAnArchivedSchoolCannotSignInUntilItComesBack() {
        districtAdmin();
        long b = district.createSchool(new DistrictService.SchoolForm("Birch School", "Europe/Madrid", "en"));
        String password = district.appointCoordinator(b, "Bea Birch", "bea@test.example").oneTimePassword();
        assertThat(signInWith("bea@test.example", password).isAuthenticated()).isTrue();
        district.setArchived(b, true);
        assertThatThrownBy(() -> signInWith("bea@test.example", password))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
        district.setArchived(b, false);
        assertThat(signInWith("bea@test.example", password).isAuthenticated()).isTrue();
    }

    @Test
    void aCoordinatorAppointedToSchoolBWorksInSchoolBOnly() {
        long admin = districtAdmin();
        long b = district.createSchool(new DistrictService.SchoolForm("Birch School", "Europe/Madrid", "es"));
        DistrictService.Appointed bea = district.appointCoordinator(b, "Bea Birch", " Bea@Test.Example ");
        assertThat(bea.email()).isEqualTo("bea@test.example");
        assertThat(bea.oneTimePassword()).isNotBlank();
        assertThat(sql("select school_id::text || '|' || role || '|' || language || '|' || must_change_password from staff_account where id = ?",
                bea.staffId())).isEqualTo(b + "|COORDINATOR|es|true");
        assertThat(sql("select actor || '|' || school_id::text from audit_log where action = 'COORDINATOR_APPOINTED'"))
                .isEqualTo(ADMIN_EMAIL + "|" + b);
        assertThat(district.coordinators(b)).extracting(DistrictService.Coordinator::name).containsExactly("Bea Birch");
        assertThat(district.coordinators(1)).extracting(DistrictService.Coordinator::email).containsExactly(Fixtures.COORDINATOR_EMAIL);

        // An email is unique across the installation: school A's coordinator, a teacher, the administrator.
        for (String taken : List.of(Fixtures.COORDINATOR_EMAIL, "TESS@test.example", ADMIN_EMAIL)) {
            assertThatThrownBy(() -> district.appointCoordinator(b, "Copy Cat", taken))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().messageKey())
                            .isEqualTo("district.email.taken"));
        }

        // Each school's coordinator creates a class; each sees their own school's only.
        signInAs(coordinatorA);
        classes.create(new ClassForm("Acorn 1", AgeBand.AGES_9_11, null, List.of(coordinatorA), 120));
        signInAs(bea.staffId());
        classes.create(new ClassForm("Birch 3", AgeBand.AGES_6_8, null, List.of(bea.staffId()), 120));
        assertThat(classes.myClasses(true)).extracting(ClassSummary::name).containsExactly("Birch 3");
        signInAs(coordinatorA);
        assertThat(classes.myClasses(true)).extracting(ClassSummary::name).containsExactly("Acorn 1");

        signInAs(admin);
        assertThat(district.schools()).extracting(s -> s.name() + ":" + s.classes() + ":" + s.coordinators())
                .containsExactly("Birch School:1:1", "Test School:1:1");
    }

    @Test
    void removingACoordinatorDeactivatesTheAccountInThatSchoolOnly() {
        districtAdmin();
        long b = district.createSchool(new DistrictService.SchoolForm("Birch School", "Europe/Madrid", "en"));
        long bea = district.appointCoordinator(b, "Bea Birch", "bea@test.example").staffId();
        // School A's coordinator is not school B's to remove.
        assertThatThrownBy(() -> district.removeCoordinator(b, coordinatorA)).isInstanceOf(NotAllowedException.class);
        // A teacher is not a coordinator.
        assertThatThrownBy(() -> district.removeCoordinator(1, teacherA)).isInstanceOf(NotAllowedException.class);

        district.removeCoordinator(b, bea);
        assertThat(district.coordinators(b)).singleElement().extracting(DistrictService.Coordinator::active).isEqualTo(false);
        assertThat(sql("select active::text from staff_account where id = ?", coordinatorA)).isEqualTo("true");
        assertThat(sql("select school_id::text from audit_log where action = 'COORDINATOR_REMOVED'")).isEqualTo(Long.toString(b));
    }

    @Test
    void theDistrictAuditShowsDistrictEntriesAndEverySchoolsWithTheSchool() {
        districtAdmin();
        long b = district.createSchool(new DistrictService.SchoolForm("Birch School", "Europe/Madrid", "en"));
        district.appointCoordinator(b, "Bea Birch", "bea@test.example");
        List<DistrictService.DistrictAuditEntry> entries = district.recentAudit(50);
        assertThat(entries).extracting(e -> e.action() + "@" + e.school())
                .contains("COORDINATOR_APPOINTED@Birch School", "SCHOOL_CREATED@null", "DISTRICT_CREATED@Test School", "SETUP@Test School");
        assertThat(entries.getFirst().id()).isGreaterThan(entries.getLast().id());
    }

    @Test
    void theFirstRunOfADistrictCreatesTheDistrictItsAdministratorAndItsFirstSchool() {
        fixtures.reset();
        assertThatThrownBy(() -> setup.setUpDistrict(new SetupService.DistrictSetupForm("", "Dana", "dana@test.example", "short",
                "", "Nowhere/Town", "en")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.concerns("districtName")).isTrue();
                    assertThat(e.concerns("password")).isTrue();
                    assertThat(e.concerns("schoolName")).isTrue();
                    assertThat(e.concerns("timeZone")).isTrue();
                    assertThat(e.concerns("adminName")).isFalse();
                });
        assertThat(setup.isSetupNeeded()).isTrue();

        setup.setUpDistrict(new SetupService.DistrictSetupForm("Lakeside Trust", "Dana District", "Dana@Test.Example",
                Fixtures.PASSWORD, "Lakeside Primary", "Europe/London", "en"));
        assertThat(setup.isSetupNeeded()).isFalse();
        assertThat(sql("select string_agg(name, ',') from district")).isEqualTo("Lakeside Trust");
        assertThat(sql("select s.name || '|' || d.name from school s join district d on d.id = s.district_id"))
                .isEqualTo("Lakeside Primary|Lakeside Trust");
        assertThat(sql("select role || '|' || coalesce(school_id::text, 'none') || '|' || must_change_password from staff_account"))
                .isEqualTo("DISTRICT_ADMIN|none|false");
        assertThat(sql("select actor || '|' || action || '|' || coalesce(school_id::text, 'none') from audit_log"))
                .isEqualTo("dana@test.example|SETUP_DISTRICT|none");
        assertThatThrownBy(() -> setup.setUpDistrict(new SetupService.DistrictSetupForm("Again", "Eve", "eve@test.example",
                Fixtures.PASSWORD, "Again School", "Europe/London", "en"))).isInstanceOf(SetupAlreadyDoneException.class);
    }
}

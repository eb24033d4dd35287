package app.ripple.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.InvalidInputException;
import app.ripple.safeguarding.SafeguardingService;
import app.ripple.testsupport.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** District defaults: a school follows them unless it chose its own; the district's concern phrases. */
class DistrictDefaultsTest extends ViewTest {

    @Autowired DistrictDefaultsService defaults;
    @Autowired SafeguardingService safeguarding;

    long coordinatorA;
    long coordinatorB;
    long schoolA;
    long schoolB;
    long district;

    @BeforeEach
    void twoSchools() {
        fixtures.reset();
        coordinatorA = fixtures.school();
        schoolA = fixtures.jdbc().sql("select min(id) from school").query(Long.class).single();
        schoolB = fixtures.otherSchool("Hillside", "b@test.example");
        coordinatorB = fixtures.staffId("b@test.example");
        // School B chose its own paper and trusted-adult text.
        fixtures.jdbc().sql("update school set paper_size = 'LETTER', trusted_adult_text = 'Ask Mr B' where id = ?").param(schoolB).update();
        district = fixtures.districtAdmin("district@test.example");
    }

    private String column(String column, long school) {
        return fixtures.jdbc().sql("select " + column + "::text from school where id = ?").param(school).query(String.class)
                .optional().orElse(null);
    }

    @Test
    void aChangedDefaultReachesTheSchoolsThatHadTheOldOneOnly() {
        fixtures.signIn(district);
        DistrictDefaultsService.Applied applied = defaults.update(
                new DistrictDefaultsService.Defaults("en", "A4", 24, "Talk to your teacher or the school nurse"));
        // Retention (off → 24) reaches both; the text reaches A only: B had its own.
        assertThat(column("retention_months", schoolA)).isEqualTo("24");
        assertThat(column("retention_months", schoolB)).isEqualTo("24");
        assertThat(column("trusted_adult_text", schoolA)).isEqualTo("Talk to your teacher or the school nurse");
        assertThat(column("trusted_adult_text", schoolB)).isEqualTo("Ask Mr B");
        assertThat(applied.following()).isEqualTo(3);
        assertThat(applied.ownChoice()).isEqualTo(1);
        // Paper: A4 → LETTER reaches A (it had A4); B already had LETTER as its own.
        defaults.update(new DistrictDefaultsService.Defaults("en", "LETTER", 24, "Talk to your teacher or the school nurse"));
        assertThat(column("paper_size", schoolA)).isEqualTo("LETTER");
        assertThat(defaults.defaults().paperSize()).isEqualTo("LETTER");
        // A new school starts with the district's values.
        long c = app.ripple.base.SchoolScope.allSchools(() -> fixtures.jdbc().sql("select count(*) from school").query(Long.class).single());
        assertThat(c).isEqualTo(2);
    }

    @Test
    void badValuesAreRefusedFieldByFieldAndNothingChanges() {
        fixtures.signIn(district);
        assertThatThrownBy(() -> defaults.update(new DistrictDefaultsService.Defaults("xx", "A5", 500, "x".repeat(501))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .contains("language", "paperSize", "retentionMonths", "trustedAdult"));
        assertThat(column("retention_months", schoolA)).isNull();
    }

    @Test
    void onlyTheDistrictAdministratorChangesTheDefaults() {
        fixtures.signIn(coordinatorA);
        assertThatThrownBy(() -> defaults.update(new DistrictDefaultsService.Defaults("en", "A4", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> defaults.defaults()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDistrictsPhrasesReachEverySchoolAndASchoolsOwnStayThere() {
        fixtures.signIn(district);
        safeguarding.addPhrase("en", "District Words");
        fixtures.signIn(coordinatorA);
        assertThat(safeguarding.mayChangeDistrictList()).isFalse();
        assertThat(safeguarding.phrases()).anySatisfy(p -> {
            assertThat(p.phrase()).isEqualTo("district words");
            assertThat(p.districtWide()).isTrue();
        });
        safeguarding.addPhrase("en", "Only At A");
        // A's coordinator cannot remove the district's phrase.
        long districtPhrase = fixtures.jdbc().sql("select id from concern_phrase where phrase = 'district words'").query(Long.class).single();
        safeguarding.removePhrase(districtPhrase);
        assertThat(safeguarding.concerningPhrase("these are district words")).contains("district words");
        assertThat(safeguarding.concerningPhrase("this is only at a")).contains("only at a");
        fixtures.signIn(coordinatorB);
        assertThat(safeguarding.phrases()).extracting(SafeguardingService.Phrase::phrase).contains("district words")
                .doesNotContain("only at a");
        assertThat(safeguarding.concerningPhrase("this is only at a")).isEmpty();
        fixtures.signOut();
        fixtures.jdbc().sql("delete from concern_phrase where phrase in ('district words', 'only at a')").update();
    }

    @Test
    void withoutADistrictAdministratorTheCoordinatorKeepsManagingTheWholeList() {
        fixtures.jdbc().sql("delete from staff_account where id = ?").param(district).update();
        fixtures.signIn(coordinatorA);
        assertThat(safeguarding.mayChangeDistrictList()).isTrue();
        safeguarding.addPhrase("en", "Upgraded Words");
        assertThat(fixtures.jdbc().sql("select school_id from concern_phrase where phrase = 'upgraded words'").query(Long.class)
                .optional()).isEmpty();
        long id = fixtures.jdbc().sql("select id from concern_phrase where phrase = 'upgraded words'").query(Long.class).single();
        safeguarding.removePhrase(id);
        assertThat(fixtures.jdbc().sql("select count(*) from concern_phrase where phrase = 'upgraded words'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void aNewSchoolsFormStartsWithTheDistrictsLanguage() {
        fixtures.signIn(district);
        defaults.update(new DistrictDefaultsService.Defaults("es", "A4", null, null));
        signInAs(district);
        DistrictSchoolsView view = navigate(DistrictSchoolsView.class);
        assertThat(view.language.getValue()).isEqualTo("es");
    }

    @Test
    void theDistrictSettingsPageSavesAndSaysHowManyFollowed() {
        signInAs(district);
        DistrictSettingsView view = navigate(DistrictSettingsView.class);
        test(view.retentionMonths).setValue(12);
        test(view.save).click();
        assertThat(view.outcome.getText()).contains("2");
        assertThat(column("retention_months", schoolB)).isEqualTo("12");
        // Past the field's own limit (as a browser could send it): the service's message shows at the field.
        view.retentionMonths.setValue(500);
        test(view.save).click();
        assertThat(view.retentionMonths.isInvalid()).isTrue();
        assertThat(column("retention_months", schoolB)).isEqualTo("12");
    }
}

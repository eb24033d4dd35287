package app.ripple.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.InvalidInputException;
import app.ripple.base.NotAllowedException;
import app.ripple.base.SchoolScope;
import app.ripple.challenge.DistrictTemplateService.DistrictTemplate;
import app.ripple.challenge.DistrictTemplateService.TemplateForm;
import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.button.Button;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The district's challenge templates (docs/district.md, "Sharing with every school"): the district
 * administrator adds and archives them, every school's teachers start challenges from them; no school
 * writes them, through the service or by SQL in its own scope. The service on PostgreSQL, and the two
 * pages browserless.
 */
@Import(ChallengeFixtures.class)
class DistrictTemplatesTest extends ViewTest {

    @Autowired ChallengeFixtures f;
    @Autowired DistrictTemplateService templates;
    @Autowired ChallengeService challenges;
    @Autowired PlatformTransactionManager transactions;

    long schoolA;
    long coordinatorB;
    long admin;

    static TemplateForm form(String title) {
        return new TemplateForm(title, "Notice a classmate who is alone and ask them to join in.", 10, 2,
                EnumSet.of(Category.CONNECTION, Category.EMPATHY), List.of("sat_with_someone_new", "asked_someone_alone_to_play"), false);
    }

    @BeforeEach
    void twoSchoolsAndTheDistrict() {
        fixtures.reset();
        fixtures.school();
        schoolA = fixtures.jdbc().sql("select min(id) from school").query(Long.class).single();
        f.classWithTablet("tess@test.example", "4B");
        fixtures.signOut();
        fixtures.otherSchool("Hillside", "b@test.example");
        coordinatorB = fixtures.staffId("b@test.example");
        admin = fixtures.districtAdmin("district@test.example");
        fixtures.signOut();
    }

    private long added(String title) {
        fixtures.signIn(admin);
        long id = templates.add(form(title));
        fixtures.signOut();
        return id;
    }

    @Test
    void theDistrictAddsATemplateThatEverySchoolSeesUntilItIsArchived() {
        long id = added("Include someone week");
        fixtures.signIn(f.teacher);
        assertThat(templates.available()).singleElement().satisfies(t -> {
            assertThat(t.templateId()).isEqualTo("district:" + id);
            assertThat(t.title()).isEqualTo("Include someone week");
            assertThat(t.days()).isEqualTo(10);
            assertThat(t.goalPerStudent()).isEqualTo(2);
            assertThat(t.categories()).containsExactlyInAnyOrder(Category.CONNECTION, Category.EMPATHY);
            assertThat(t.suggestedActIds()).containsExactly("sat_with_someone_new", "asked_someone_alone_to_play");
        });
        fixtures.signIn(coordinatorB);
        assertThat(templates.available()).extracting(DistrictTemplate::id).containsExactly(id);

        fixtures.signIn(admin);
        assertThat(templates.templates()).extracting(DistrictTemplate::id).containsExactly(id);
        templates.archive(id);
        assertThat(templates.templates()).isEmpty();
        assertThatThrownBy(() -> templates.archive(id)).isInstanceOf(NotAllowedException.class);
        fixtures.signIn(f.teacher);
        assertThat(templates.available()).isEmpty();
        fixtures.signOut();
        assertThat(fixtures.jdbc().sql("select action || '|' || coalesce(school_id::text, 'district') from audit_log "
                + "where action like 'CHALLENGE_TEMPLATE%' order by id").query(String.class).list())
                .containsExactly("CHALLENGE_TEMPLATE_ADDED|district", "CHALLENGE_TEMPLATE_ARCHIVED|district");
    }

    @Test
    void onlyTheDistrictAdministratorWritesTemplatesAndBadInputIsRefusedByField() {
        fixtures.signIn(f.teacher);
        assertThatThrownBy(() -> templates.add(form("Sneaky"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.templates()).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(admin);
        assertThatThrownBy(() -> templates.available()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.add(new TemplateForm(" ", "", 0, 0, EnumSet.noneOf(Category.class), List.of("no_such_act"),
                false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .contains("title", "days", "goalPerStudent", "categories", "suggestedActIds"));
        assertThat(templates.templates()).isEmpty();
    }

    @Test
    void rowLevelSecurityRefusesASchoolsSqlOnTheDistrictsTemplates() {
        long id = added("Include someone week");
        var jdbc = fixtures.jdbc();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        SchoolScope.of(schoolA, () -> {
            assertThat((Integer) tx.execute(s -> jdbc.sql("select count(*) from district_challenge_template").query(Integer.class).single()))
                    .isEqualTo(1);
            int changed = tx.execute(s -> jdbc.sql("update district_challenge_template set title = 'hijacked' where id = ?").param(id)
                    .update() + jdbc.sql("delete from district_challenge_template").update());
            assertThat(changed).isZero();
            assertThatThrownBy(() -> tx.executeWithoutResult(s -> jdbc.sql("""
                    insert into district_challenge_template (title, days, goal_per_student, categories, created_by, created_at)
                    values ('Sneaky', 7, 1, 'CONNECTION', ?, now())""").param(f.teacher).update()))
                    .hasStackTraceContaining("row-level security");
        });
        assertThat(jdbc.sql("select title from district_challenge_template where id = ?").param(id).query(String.class).single())
                .isEqualTo("Include someone week");
    }

    @Test
    void theDistrictPageAddsAndArchivesTemplates() {
        signInAs(admin);
        DistrictChallengesView view = navigate(DistrictChallengesView.class);
        assertThat(view.none.isVisible()).isTrue();
        // Without a title: the message is next to the field and nothing is saved.
        test(view.add).click();
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(fixtures.jdbc().sql("select count(*) from district_challenge_template").query(Integer.class).single()).isZero();

        test(view.title).setValue("Include someone week");
        test(view.days).setValue(10);
        test(view.add).click();
        assertThat(view.title.isInvalid()).isFalse();
        assertThat(test(view.templates).size()).isEqualTo(1);
        assertThat(test(view.templates).getRow(0).title()).isEqualTo("Include someone week");
        long id = test(view.templates).getRow(0).id();
        Button archive = (Button) test(view.templates).getCellComponent(0, 3);
        assertThat(archive.getId()).hasValue("district-template-archive-" + id);
        test(archive).click();
        assertThat(view.none.isVisible()).isTrue();
        assertThat(fixtures.jdbc().sql("select archived_at is not null from district_challenge_template where id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aTeacherStartsAChallengeFromTheDistrictsTemplateOnTheClassPage() {
        long id = added("Include someone week");
        signInAs(f.teacher);
        open("classes/" + f.classId);
        test(find(Button.class).withId("challenge-new").single()).click();
        ChallengesSection.ChallengeDialog dialog = find(ChallengesSection.ChallengeDialog.class).single();
        test(dialog.template).selectItem("Include someone week (shared by the district)");
        assertThat(dialog.title.getValue()).isEqualTo("Include someone week");
        assertThat(dialog.description.getValue()).startsWith("Notice a classmate");
        assertThat(dialog.end.getValue()).isEqualTo(dialog.start.getValue().plusDays(9));
        assertThat(dialog.categories.getValue()).containsExactlyInAnyOrder(Category.CONNECTION, Category.EMPATHY);
        assertThat(dialog.suggestions.getValue()).extracting(ChallengeRecords.Suggestion::key)
                .containsExactlyInAnyOrder("lib:sat_with_someone_new", "lib:asked_someone_alone_to_play");
        test(dialog.save).click();
        fixtures.signIn(f.teacher);
        assertThat(challenges.challenges(f.classId)).filteredOn(c -> c.title().equals("Include someone week"))
                .singleElement().extracting(ChallengeRecords.ChallengeInfo::templateId).isEqualTo("district:" + id);
    }
}

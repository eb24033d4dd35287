package app.ripple.challenge.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.challenge.Category;
import app.ripple.challenge.Recipient;
import app.ripple.classroom.AgeBand;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActLibraryTest {

    @Test
    void thereAreAtLeast80ActsAndAtLeast12PerCategory() {
        assertThat(ActLibrary.all()).hasSizeGreaterThanOrEqualTo(80);
        Map<Category, Long> perCategory = ActLibrary.all().stream()
                .collect(Collectors.groupingBy(SuggestedAct::category, Collectors.counting()));
        assertThat(perCategory).containsOnlyKeys(Category.values());
        assertThat(perCategory.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(12));
    }

    @Test
    void idsAreUniqueLowercaseAsciiAndStable() {
        List<String> ids = ActLibrary.all().stream().map(SuggestedAct::id).toList();
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(ids).allMatch(id -> id.matches("[a-z][a-z0-9_]*"));
        // ids are stored in the database: these must never change
        assertThat(ids).startsWith("held_door", "gave_compliment", "helped_carry", "helped_neighbour_shopping",
                "shared_snack");
        assertThat(ActLibrary.byId("went_to_bed_on_time")).get().extracting(SuggestedAct::category)
                .isEqualTo(Category.KIND_TO_MYSELF);
        assertThat(ActLibrary.byId("asked_someone_alone_to_play")).get().extracting(SuggestedAct::category)
                .isEqualTo(Category.CONNECTION);
        assertThat(ActLibrary.byId("listened_to_sad_friend")).get().extracting(SuggestedAct::category)
                .isEqualTo(Category.EMPATHY);
        assertThat(ActLibrary.byId("kind_words_about_feelings")).get().extracting(SuggestedAct::category)
                .isEqualTo(Category.STANDING_UP_TO_STIGMA);
        assertThat(ActLibrary.byId("no_such_act")).isEmpty();
    }

    @Test
    void textKeysFollowTheIds() {
        assertThat(ActLibrary.all()).allSatisfy(a -> assertThat(a.textKey()).isEqualTo("act." + a.id()));
    }

    @Test
    void everyActHasAnAgeBandAndEveryBandHasAtLeast25Acts() {
        assertThat(ActLibrary.all()).allSatisfy(a -> assertThat(a.ageBands()).isNotEmpty());
        for (AgeBand band : AgeBand.values()) {
            assertThat(ActLibrary.forAgeBand(band)).as(band.code()).hasSizeGreaterThanOrEqualTo(25)
                    .allMatch(a -> a.ageBands().contains(band));
        }
    }

    @ParameterizedTest
    @EnumSource(AgeBand.class)
    void everyCategoryHasEnoughActsForEveryAgeBand(AgeBand band) {
        for (Category c : Category.values()) {
            assertThat(ActLibrary.forCategories(Set.of(c), band)).as(c + " " + band.code()).hasSizeGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void forCategoriesFiltersByCategoryAndBandInDisplayOrder() {
        Set<Category> cats = EnumSet.of(Category.EMPATHY, Category.CONNECTION);
        List<SuggestedAct> acts = ActLibrary.forCategories(cats, AgeBand.AGES_6_8);
        assertThat(acts).isNotEmpty().allMatch(a -> cats.contains(a.category()) && a.suits(AgeBand.AGES_6_8));
        assertThat(acts).isEqualTo(ActLibrary.all().stream()
                .filter(a -> cats.contains(a.category()) && a.suits(AgeBand.AGES_6_8)).toList());
        assertThat(ActLibrary.forCategories(Set.of(), AgeBand.AGES_9_11)).isEmpty();
    }

    @Test
    void onlyKindToMyselfIsPrivate() {
        assertThat(EnumSet.allOf(Category.class).stream().filter(Category::isPrivate).toList())
                .containsExactly(Category.KIND_TO_MYSELF);
        assertThat(Category.KIND_TO_OTHERS.nameKey()).isEqualTo("category.KIND_TO_OTHERS");
        assertThat(Recipient.SOMEONE_AT_SCHOOL.nameKey()).isEqualTo("recipient.SOMEONE_AT_SCHOOL");
    }

    @Test
    void everyPictureIdResolves() {
        assertThat(ActLibrary.all()).allSatisfy(a -> assertThat(ActPictures.picture(a.pictureId())).as(a.id()).isPresent());
        assertThat(Category.values()).allSatisfy(c -> assertThat(ActPictures.picture(c.pictureId())).as(c.name()).isPresent());
        assertThat(Recipient.values()).allSatisfy(r -> assertThat(ActPictures.picture(r.pictureId())).as(r.name()).isPresent());
        assertThat(ActPictures.recipients().stream().map(p -> p.id()).toList())
                .isEqualTo(List.of(Recipient.values()).stream().map(Recipient::pictureId).toList());
    }

    @Test
    void everyActPictureIsUsed() {
        Set<String> used = ActLibrary.all().stream().map(SuggestedAct::pictureId).collect(Collectors.toSet());
        assertThat(ActPictures.all()).allSatisfy(p -> assertThat(used).as(p.id()).contains(p.id()));
    }

    @Test
    void templatesAreTheFourWithTheRightLengths() {
        Map<String, ChallengeTemplate> byId = ChallengeTemplates.all().stream()
                .collect(Collectors.toMap(ChallengeTemplate::id, Function.identity()));
        assertThat(ChallengeTemplates.all()).hasSize(4);
        assertThat(byId.get("kindness_week").days()).isEqualTo(7);
        assertThat(byId.get("kindness_calendar_30").days()).isEqualTo(30);
        assertThat(byId.get("self_care_fortnight").days()).isEqualTo(14);
        assertThat(byId.get("stigma_week").days()).isEqualTo(7);
        assertThat(byId.get("kindness_week").classGoal(25)).isEqualTo(75);
    }

    @Test
    void templateActsExistMatchTheCategoriesAndSuitEveryAge() {
        for (ChallengeTemplate t : ChallengeTemplates.all()) {
            assertThat(t.suggestedActIds()).as(t.id()).hasSizeBetween(8, 15).doesNotHaveDuplicates();
            assertThat(t.suggestedActIds()).allSatisfy(id -> assertThat(ActLibrary.byId(id)).as(id).isPresent());
            assertThat(t.suggestedActs()).allSatisfy(a -> assertThat(t.categories()).as(a.id()).contains(a.category()));
            assertThat(t.suggestedActs().stream().map(SuggestedAct::category).collect(Collectors.toSet()))
                    .as("every category of " + t.id() + " has a suggestion").isEqualTo(t.categories());
            for (AgeBand band : AgeBand.values()) {
                assertThat(t.suggestedActs().stream().filter(a -> a.suits(band)).count()).as(t.id() + " " + band.code())
                        .isGreaterThanOrEqualTo(6);
            }
            assertThat(t.suggestedGoalPerStudent()).isPositive();
        }
    }

    @Test
    void onlySelfCareCountsSelfKindness() {
        assertThat(ChallengeTemplates.all().stream().filter(ChallengeTemplate::selfKindnessCountsTowardGoal)
                .map(ChallengeTemplate::id)).containsExactly("self_care_fortnight");
        assertThat(ChallengeTemplates.byId("self_care_fortnight")).get().extracting(ChallengeTemplate::categories)
                .isEqualTo(Set.of(Category.KIND_TO_MYSELF));
    }
}
